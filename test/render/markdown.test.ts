import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { buildView } from '../../src/view/build-view.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';
import { structureProblems } from './markdown-structure.js';

const md = new MarkdownIt({ html: true });

/** Text that breaks Markdown when pasted in unescaped: every construct that can start markup. */
const HOSTILE = 'Roma | mediators # 1 *now* {{x}} <script>alert(1)</script>\n# second line';
const HOSTILE_SEEN = 'Roma | mediators # 1 *now* {{x}} <script>alert(1)</script> # second line';

function hostilePlan(): Plan {
  const plan = minimalPlan();
  const m = measureOf(plan, 'education');
  m.title = HOSTILE;
  m.lead = '1. Lead | office';
  m.partners = ['- partner', '> quoted'];
  m.description = '# Not a heading\n\n1. not a list\n<div>raw</div>';
  m.risks = ['*risk* | one'];
  m.indicators[0]!.name = 'Share | of `pupils`';
  plan.areas.education.objectives![0]!.title = 'Objective ## with | pipe';
  plan.areas.education.situation = '---\nA situation <img src=x onerror=alert(1)>';
  plan.areas.education.needs = ['2. need', '[link](javascript:alert(1))'];
  plan.municipality.name = 'Town_with_*marks*';
  return plan;
}

const render = (plan: Plan) => renderMarkdown(buildView(plan));

describe('renderMarkdown', () => {
  it('renders the same bytes twice', () => {
    const plan = hostilePlan();
    const first = render(plan);
    expect(render(structuredClone(plan))).toBe(first);
    expect(renderMarkdown(buildView(plan))).toBe(first);
  });

  it('ends with exactly one newline, has no trailing spaces and no double blank lines', () => {
    const out = render(hostilePlan());
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out).not.toMatch(/[ \t]+$/m);
    expect(out).not.toMatch(/\n\n\n/);
    expect(out).not.toMatch(/^\n/);
  });

  it('gives every chapter of the outline a heading with its anchor, in order', () => {
    const view = buildView(hostilePlan());
    const out = renderMarkdown(view);
    let last = -1;
    for (const c of view.chapters) {
      const at = out.indexOf(`<a id="${c.id}"></a>`);
      expect(at, c.id).toBeGreaterThan(last);
      last = at;
    }
    const headings = md.parse(out, {}).filter((t) => t.type === 'heading_open');
    expect(headings.filter((h) => h.tag === 'h1')).toHaveLength(1);
    expect(headings.filter((h) => h.tag === 'h2')).toHaveLength(view.chapters.filter((c) => c.level === 1).length);
  });

  it('keeps hostile plan text literal: headings stay headings, tables keep their columns', () => {
    const out = render(hostilePlan());
    // No raw HTML from the plan, every table row as wide as its header, one title, one chart.
    expect(structureProblems(out)).toEqual([]);
    // The measure heading shows the title as typed (line break as a space).
    const rendered = md.render(out);
    expect(rendered).toContain(`<h4>5.1.1 ${escapeHtml(HOSTILE_SEEN)}</h4>`);
    // In a table cell the line break stays a line break.
    const cellText = escapeHtml(HOSTILE).replace('\n', '<br>');
    // The measure's risks follow its title in the same cell, as literal as the title.
    expect(rendered).toContain(`<td>5.1.1</td>\n<td>${cellText}<br>Risks and how they are handled: *risk* | one</td>\n<td>1. Lead | office</td>\n<td>- partner<br>&gt; quoted</td>`);
    expect(rendered).toContain('<h3><a id="objective-5.1"></a>5.1 Objective ## with | pipe</h3>');
    expect(rendered).toContain('<p># Not a heading</p>\n<p>1. not a list\n&lt;div&gt;raw&lt;/div&gt;</p>');
    expect(rendered).toContain('<p>---\nA situation &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(rendered).toContain('<li>2. need</li>\n<li>[link](javascript:alert(1))</li>');
    expect(rendered).toContain('<h1>Local Action Plan for Roma Inclusion 2026-2030</h1>');
    expect(rendered).toContain('Town_with_*marks*');
    expect(rendered).not.toMatch(/<(script|img|div|em|strong>\*)/);
  });

  it('escapes list-like text only where it starts a line, so dates such as "2026. február" stay readable', () => {
    const plan = minimalPlan();
    plan.plan.version = '1. draft';
    plan.governance.coordinator.role = '2. Officer for Roma issues';
    plan.areas.health.needs = ['3. A doctor'];
    const out = render(plan);
    expect(out).toContain('- **Version:** 1. draft\n');
    expect(out).toContain('\n2\\. Officer for Roma issues\n');
    expect(out).toContain('\n1. 3\\. A doctor\n');
    const html = md.render(out);
    expect(html).toContain('<li><strong>Version:</strong> 1. draft</li>');
    expect(html).toContain('<p>2. Officer for Roma issues</p>');
    expect(html).toContain('<li>3. A doctor</li>');
  });

  it('emits the timeline as a mermaid gantt block', () => {
    const out = render(hostilePlan());
    const fences = md.parse(out, {}).filter((t) => t.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(fences[0]!.info).toBe('mermaid');
    expect(fences[0]!.content).toMatch(/^gantt\n/);
    expect(fences[0]!.content).toContain('section 5. Education');
    expect(fences[0]!.content).not.toContain('<script>');
  });

  it('says why an area is not applicable', () => {
    const plan = minimalPlan();
    plan.areas['living-conditions'] = { applicable: false, reason: 'No Roma neighbourhood is segregated (2025 mapping).' };
    const out = render(plan);
    const chapter = out.slice(out.indexOf('<a id="area-living-conditions">'), out.indexOf('<a id="budget">'));
    expect(chapter).toContain('*This priority area is not applicable in the municipality.*');
    expect(chapter).toContain('No Roma neighbourhood is segregated (2025 mapping).');
    expect(chapter).not.toContain('| No. |');
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
