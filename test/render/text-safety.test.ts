/*
 * User text can never break the output: Markdown, Mermaid and Handlebars syntax in plan text is
 * rendered literally, control characters never reach either document, and characters the PDF font
 * lacks are reported with their path and shown as [U+XXXX] markers instead of empty boxes.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBatch } from '../../src/batch/run-batch.js';
import type { Plan } from '../../src/plan/types.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { checkGlyphCoverage, glyphMarker } from '../../src/render/pdf/glyph-coverage.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { cleanStrings, cleanText } from '../../src/view/clean-text.js';
import { mermaidText } from '../../src/view/timeline.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';
import { root, runCli } from '../helpers/run-cli.js';
import { structureProblems } from './markdown-structure.js';
import { pageTexts, squash } from './pdf-tools.js';

const md = new MarkdownIt({ html: true });

/** What a reader sees of inline Markdown: rendered, tags removed, entities decoded. */
const seen = (inline: string): string =>
  md
    .renderInline(inline)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every construct that starts Markdown, Mermaid or Handlebars syntax, with a line break. */
const MEASURE_TITLE = 'Mediators | # 1 *now* [x](y) <script>alert(1)</script> `code` --- {{x}} {{{x}}} a: b; c %%% d section e\nsecond line';
const MEASURE_TITLE_SEEN = MEASURE_TITLE.replace('\n', ' ');
/** Short enough to reach the gantt chart uncut: every character Mermaid reads as syntax in a task line. */
const GANTT_TITLE = 'Phase: one; #2 %%% done section 5 %%{init: x}%% end';
const OBJECTIVE_TITLE = '## Objective | with pipe\n---';
/** A bell, an ANSI colour sequence and a right-to-left override, as pasted from a terminal or a chat. */
const DIRTY_TITLE = 'Alarm\u0007 plan \u001b[31mred\u001b[0m \u202eevil\u202c end';
const CLEAN_TITLE = 'Alarm plan red evil end';
/** 🚀 U+1F680 and 中文 U+4E2D U+6587: not in DejaVu Sans (which does have 😀, Hebrew and Arabic). */
const NO_GLYPH_TEXT = 'Launch 🚀 of the 中文 course';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const HEALTH_MEASURE = 'areas.health.objectives[0].measures[0]';

function hostilePlan(): Plan {
  const plan = minimalPlan();
  plan.plan.title = DIRTY_TITLE;
  const m = measureOf(plan, 'health');
  m.title = MEASURE_TITLE;
  m.lead = 'Health centre | clinic\n# not a heading';
  m.partners = ['- partner', '1. first', '> quoted | piped'];
  m.description = `# Not a heading\n\n---\n<div>raw</div> {{x}} ${NO_GLYPH_TEXT}`;
  m.indicators[0]!.name = 'Share | of `children`\nvaccinated';
  plan.areas.health.objectives![0]!.title = OBJECTIVE_TITLE;
  plan.areas.health.needs = ['2. need', '[link](javascript:alert(1))'];
  measureOf(plan, 'culture').title = NO_GLYPH_TEXT;
  measureOf(plan, 'education').title = GANTT_TITLE;
  return plan;
}

describe('cleanText', () => {
  it.each([
    ['a\u0007b', 'ab'],
    ['x \u001b[31mred\u001b[0m', 'x red'],
    ['title\u001b]0;window\u0007 set', 'title set'],
    ['ab\u202ecd\u202c', 'abcd'],
    ['x\u2066isolated\u2069', 'xisolated'],
    ['bom\uFEFFinside', 'bominside'],
    ['del\u007f and c1\u0085\u009b', 'del and c1'],
    ['crlf\r\nand cr\rend', 'crlf\nand cr\nend'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
  ])('cleans %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([
    'tab\tand\nnewline',
    'Hebrew שָׁלוֹם and Arabic مرحبا',
    'combining e\u0301 and Romani čhib',
    'marks \u200E\u200F, joiners \u200C\u200D',
    'emoji 👍🏽 and 🚀',
  ])('keeps %j as written', (text) => {
    expect(cleanText(text)).toBe(text);
  });

  it('returns a plan without odd characters as it is, without copying it', () => {
    const plan = minimalPlan();
    expect(cleanStrings(plan)).toBe(plan);
    plan.areas.health.objectives![0]!.measures[0]!.title = 'bell\u0007';
    const cleaned = cleanStrings(plan);
    expect(cleaned).not.toBe(plan);
    expect(cleaned.areas.health.objectives![0]!.measures[0]!.title).toBe('bell');
    expect(cleaned.areas.education).toBe(plan.areas.education);
    expect(plan.areas.health.objectives![0]!.measures[0]!.title).toBe('bell\u0007');
  });
});

describe('hostile plan text in the Markdown', () => {
  let out: string;
  beforeAll(() => {
    out = renderMarkdown(buildView(hostilePlan()));
  });

  it('keeps every table at its column count, one title, one mermaid block and no raw HTML', () => {
    expect(structureProblems(out)).toEqual([]);
  });

  it('keeps headings on one line and shows their text literally', () => {
    const tokens = md.parse(out, {});
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [{ tag: t.tag, text: seen(tokens[i + 1]!.content) }] : []));
    expect(headings).toContainEqual({ tag: 'h1', text: CLEAN_TITLE });
    expect(headings).toContainEqual({ tag: 'h3', text: `3.1 ${OBJECTIVE_TITLE.replace('\n', ' ')}` });
    expect(headings).toContainEqual({ tag: 'h4', text: `3.1.1 ${MEASURE_TITLE_SEEN}` });
    // Neither title's own `#`, `---` nor its second line became a heading or a rule of its own.
    expect(headings.filter((h) => /Objective|second line|not a heading/.test(h.text))).toHaveLength(2);
    expect(tokens.filter((t) => t.type === 'hr')).toHaveLength(0);
  });

  it('shows the measure title literally, line break included, in the action matrix and the timeline table', () => {
    const cells = [...md.render(out).matchAll(/<td>(Mediators[^]*?)<\/td>/g)].map((m) => m[1]);
    const expected = MEASURE_TITLE.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace('\n', '<br>');
    expect(cells).toEqual([expected, expected]);
  });

  it('keeps Handlebars syntax in user text literal', () => {
    expect(out).toContain('{{x}} {{{x}}}');
    expect(md.render(out)).toContain('{{x}} {{{x}}}');
  });

  it('keeps the mermaid gantt block valid: every line is a header, a section or a task of the expected shape', () => {
    const fence = md.parse(out, {}).find((t) => t.type === 'fence' && t.info === 'mermaid');
    const lines = fence!.content.trimEnd().split('\n');
    const header = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %Y', '  todayMarker off'];
    const title = /^ {2}title [^#;\n%]+$/;
    const section = /^ {2}section \d\. [^#:;\n%]+$/;
    const task = /^ {4}(\d+\.\d+\.\d+) [^#:;\n]+ :(\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2})$/;
    const odd = lines.filter((l) => !header.includes(l) && !title.test(l) && !section.test(l) && !task.test(l));
    expect(odd).toEqual([]);
    expect(lines.filter((l) => title.test(l))).toEqual([`  title ${CLEAN_TITLE}`]);
    expect(lines.filter((l) => section.test(l))).toHaveLength(7);
    const tasks = lines.filter((l) => task.test(l));
    expect(tasks.map((l) => task.exec(l)![1])).toEqual(['1.1.1', '2.1.1', '3.1.1', '4.1.1', '5.1.1', '6.1.1', '7.1.1']);
    // `%%` starts a comment anywhere in a Mermaid line: a run of three must not leave two behind.
    expect(fence!.content).not.toContain('%%');
    expect(tasks.find((l) => l.includes('3.1.1'))).toContain('3.1.1 Mediators | 1 *now* [x](y) ‹script›alert(1)‹/script›');
    expect(tasks.find((l) => l.includes('5.1.1'))).toBe('    5.1.1 Phase one 2 % done section 5 %{init x}% end :2026-01-01, 2031-01-01');
  });

  it('has no control characters, ANSI sequences or bidi overrides left', () => {
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toContain('[31m');
    expect(out).toContain(`# ${CLEAN_TITLE}\n`);
  });

  it('keeps characters the PDF font lacks', () => {
    expect(out).toContain(NO_GLYPH_TEXT);
    expect(out).not.toContain('[U+');
  });
});

describe('mermaidText', () => {
  it.each([
    ['a %% b', 'a % b'],
    ['a %%% b %%%% c', 'a % b % c'],
    ['name: x; y # z', 'name x y z'],
    ['`code` <b>', "'code' ‹b›"],
    ['two\nlines', 'two lines'],
  ])('makes %j safe in a gantt line', (text, expected) => {
    expect(mermaidText(text, 80)).toBe(expected);
  });
});

describe('hostile plan text in the PDF', () => {
  let text: string;
  beforeAll(async () => {
    text = squash(pageTexts(await renderPdf(buildView(hostilePlan()))).join('\n'));
  }, 60_000);

  it('has no control characters, ANSI sequences or bidi overrides left', () => {
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain('[31m');
    expect(text).toContain(CLEAN_TITLE);
  });

  it('shows characters the font lacks as [U+XXXX] markers, not as empty boxes', () => {
    expect(text).toContain('Launch [U+1F680] of the [U+4E2D][U+6587] course');
    expect(text).not.toContain('🚀');
    expect(text).not.toContain('中');
  });

  it('prints Markdown and Handlebars syntax as written', () => {
    expect(text).toContain('3.1.1 Mediators | # 1 *now* [x](y) <script>alert(1)</script> `code` --- {{x}} {{{x}}} a: b; c %%% d section e');
  });
});

describe('checkGlyphCoverage', () => {
  it('warns once per text that holds characters the font lacks, with its path', async () => {
    const issues = await checkGlyphCoverage(hostilePlan());
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['warning', 'MISSING_GLYPH', `${HEALTH_MEASURE}.description`],
      ['warning', 'MISSING_GLYPH', 'areas.culture.objectives[0].measures[0].title'],
    ]);
    expect(issues[0]!.message).toBe('the PDF font has no glyphs for U+1F680 (🚀), U+4E2D (中) and U+6587 (文)');
    expect(issues[0]!.hint).toContain('[U+1F680]');
    expect(issues[0]!.hint).toContain('the Markdown keeps the characters');
  });

  it('finds nothing in a plan the font covers, right-to-left, combining and control characters included', async () => {
    const plan = minimalPlan();
    expect(await checkGlyphCoverage(plan)).toEqual([]);
    measureOf(plan).title = 'Hebrew שָׁלוֹם, Arabic مرحبا, combining e\u0301, Romani čhib, Куманово, 😀, bell\u0007, rlo\u202e';
    expect(await checkGlyphCoverage(plan)).toEqual([]);
  });

  it('names at most eight characters and counts the rest', async () => {
    const plan = minimalPlan();
    measureOf(plan).title = '一二三四五六七八九十';
    const [issue] = await checkGlyphCoverage(plan);
    expect(issue!.message).toMatch(/^the PDF font has no glyphs for U\+4E00 \(一\), .*U\+516B \(八\) and 2 more$/);
  });

  it('is cheap enough for a batch of a thousand plans', async () => {
    const plan = hostilePlan();
    await checkGlyphCoverage(plan);
    const started = performance.now();
    for (let i = 0; i < 100; i++) await checkGlyphCoverage(plan);
    // Under a millisecond a plan; the bound only catches an accidental per-call font parse or cache miss.
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });

  it('writes markers in the form [U+XXXX], at least four hex digits', () => {
    expect(glyphMarker(0x1f680)).toBe('[U+1F680]');
    expect(glyphMarker(0x915)).toBe('[U+0915]');
  });
});

describe('the CLI reports characters the PDF font lacks', () => {
  let dir: string;
  let plan: string;
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'roma-plan-text-safety-'));
    plan = join(dir, 'hostile.yaml');
    writeFileSync(plan, stringify(hostilePlan()));
  });

  it('render --format pdf prints a MISSING_GLYPH warning with the path, and still renders', () => {
    const r = runCli(['render', plan, '--format', 'pdf', '--out', join(dir, 'pdf')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`hostile.yaml  warning  MISSING_GLYPH  ${HEALTH_MEASURE}.description`);
    expect(r.stderr).toContain('the PDF font has no glyphs for U+1F680 (🚀), U+4E2D (中) and U+6587 (文)');
    expect(r.stderr).toContain('MISSING_GLYPH  areas.culture.objectives[0].measures[0].title');
    expect(squash(pageTexts(readFileSync(join(dir, 'pdf', 'hostile.pdf'))).join('\n'))).toContain('[U+1F680]');
  });

  it('render --format md does not: the Markdown keeps the characters', () => {
    const r = runCli(['render', plan, '--format', 'md', '--out', join(dir, 'md')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('MISSING_GLYPH');
    expect(readFileSync(join(dir, 'md', 'hostile.md'), 'utf8')).toContain(NO_GLYPH_TEXT);
  });

  it('batch puts the warnings in the plan report when it renders PDF', async () => {
    const report = await runBatch([plan], { outDir: join(dir, 'batch'), formats: ['md', 'pdf'], jobs: 1 });
    const [result] = report.plans;
    expect(result!.status).toBe('warnings');
    expect(result!.issues.filter((i) => i.code === 'MISSING_GLYPH').map((i) => i.path)).toEqual([`${HEALTH_MEASURE}.description`, 'areas.culture.objectives[0].measures[0].title']);
    const json = JSON.parse(readFileSync(join(dir, 'batch', 'report.json'), 'utf8')) as { plans: { issues: { code: string }[] }[] };
    expect(json.plans[0]!.issues.some((i) => i.code === 'MISSING_GLYPH')).toBe(true);
  });
});
