import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { buildView } from '../../src/view/build-view.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';
import { examples, exampleView } from '../helpers/examples.js';


/** The page's text as a reader sees it: tags dropped, entities decoded, white space squashed. */
function pageText(html: string): string {
  const decoded = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  return decoded.replace(/\s+/g, ' ');
}
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe.each(examples)('the web page of examples/%s', (name) => {
  it('holds the whole plan in semantic, self-contained markup', async () => {
    const view = await exampleView(name);
    const html = renderHtml(view);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
    expect(html).toContain(`<html lang="${view.language}">`);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    for (const tag of ['<header', '<nav', '<main>', '<footer>']) expect(html).toContain(tag);
    // Nothing to load from elsewhere and nothing to run.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    expect(html).not.toMatch(/href="(?!#)/);
    // Every chapter and section has its heading and anchor, in document order, and the contents links to it.
    let at = 0;
    for (const c of view.chapters) {
      const h = new RegExp(`<h${c.level + 1} id="${c.id.replace(/\./g, '\\.')}">`);
      const found = h.exec(html.slice(at));
      expect(found, c.id).not.toBeNull();
      at += found!.index;
      if (c.id !== 'contents') expect(html).toContain(`<a href="#${c.id}">`);
    }
    const text = pageText(html);
    for (const m of view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures))) expect(text, m.title).toContain(squash(m.title));
    expect(text).toContain(view.budget.total.text.replace(/\s+/g, ' '));
    // Every table heads its columns, and every chart is named and described.
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(5);
    expect(html.match(/<thead><tr><th scope="col"/g)).toHaveLength(tables);
    expect(html).not.toMatch(/<th>/);
    const charts = html.match(/<svg role="img"/g)?.length ?? 0;
    expect(charts).toBe(2);
    expect(html.match(/<svg role="img" viewBox="[^"]+" aria-labelledby="(\S+)-title \1-desc"/g)).toHaveLength(charts);
    expect(html.match(/<desc id="[^"]+">[^<]{20,}<\/desc>/g)).toHaveLength(charts);
    expect(html).toContain('@media print');
    expect(html).toContain('name="viewport"');
  });
});

describe('renderHtml', () => {
  it('escapes the plan text, so that it can never become markup', () => {
    const plan = minimalPlan();
    plan.plan.title = 'Plan <script>alert("x")</script> & "Čačak"';
    measureOf(plan).title = '<img src=x onerror=alert(1)> Roma mediators';
    const html = renderHtml(buildView(plan));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Plan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Čačak&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Roma mediators');
  });

  it('gives the same page for the same view', () => {
    const plan = minimalPlan();
    expect(renderHtml(buildView(plan))).toBe(renderHtml(buildView(plan)));
  });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

// A real browser: phone and desktop widths without page-level horizontal scrolling, and axe-core's
// WCAG 2.1 A and AA rules.
describe.skipIf(CHROMIUM === undefined)('the web page in Chromium (skipped: Debian chromium is not installed)', () => {
  it('fits a phone and a desktop and has no WCAG 2.1 A or AA violation', { timeout: 180_000 }, async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { createRequire } = await import('node:module');
    const axeSource = (await import('node:fs')).readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const browser = await puppeteer.launch({ executablePath: CHROMIUM!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      // The page must need nothing from outside itself.
      await page.setRequestInterception(true);
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
        void r.continue();
      });
      for (const name of examples) {
        const html = renderHtml(await exampleView(name));
        for (const width of [375, 1280]) {
          await page.setViewport({ width, height: 800 });
          await page.setContent(html, { waitUntil: 'load' });
          // Strings, because the test is type-checked without the DOM library.
          const { scroll, client } = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })')) as { scroll: number; client: number };
          expect(scroll, `${name} at ${width} px`).toBeLessThanOrEqual(client);
        }
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))))`)) as string[];
        expect(violations, name).toEqual([]);
      }
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the web page of a plan with every field a reviewer looks for', () => {
  it('has the new chapters and shows risks, commitments, secured funding, outcome indicators and targets', async () => {
    const loaded = await loadPlan(new URL('../fixtures/valid/reviewer-content.yaml', import.meta.url).pathname);
    const view = buildView(loaded.plan!);
    const html = renderHtml(view);
    for (const id of ['cross-cutting', 'targets', 'risks', 'budget-secured', 'implementation-sustainability']) expect(html).toContain(`id="${id}"`);
    const text = pageText(html);
    expect(text).toContain('Donor funding for the water network is delayed medium high Phase the works');
    expect(text).toContain('Measures that serve it: no measure yet');
    expect(text).toContain('Donors (Roma Education Fund): €2,000 — to be sought');
    expect(text).toContain('2026 €6,000 €4,000 67%');
    expect(text).toContain('Outcome indicators: Roma children completing primary school');
    expect(text).toContain('Roma children in preschool (female, aged 3-6)');
    expect(text).toContain('90 % of Roma children enrolled in and completing primary education (Poznan 2019)');
    expect(text).toContain('Budget for monitoring and evaluation €3,000');
    expect(text).toContain('Risks and how they are handled: The post stays vacant after the first call; Staff turnover in the administration');
  });
});
