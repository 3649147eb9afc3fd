/**
 * The batch's default processor: what one worker does with one plan. The render modules are
 * imported once per worker (when the worker imports this module), and they keep their fonts and
 * compiled templates in module-level caches, so the second plan onwards pays only for its own work.
 */
import type { Issue } from '../plan/issue.js';
import { applyOverrides } from '../plan/overrides.js';
import { loadPlan } from '../plan/load.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { renderMarkdown } from '../render/markdown/render-markdown.js';
import { checkGlyphCoverage } from '../render/pdf/glyph-coverage.js';
import { renderPdf } from '../render/pdf/render-pdf.js';
import { renderCsv } from '../render/xlsx/render-csv.js';
import { renderXlsx } from '../render/xlsx/render-xlsx.js';
import { buildView } from '../view/build-view.js';
import { summarizePlan } from './plan-summary.js';
import { summarizeProgress } from './progress-summary.js';
import type { PlanOutcome, PlanTask } from './types.js';

/** Reads, validates and renders one plan; returns the outputs for the main thread to write. */
export async function processPlan(task: PlanTask): Promise<PlanOutcome> {
  const overrides = task.overrides;
  const loaded = await loadPlan(task.file, overrides.length > 0 ? { transform: (data) => applyOverrides(data, overrides) } : {});
  if (!loaded.ok || !loaded.plan) {
    return { ok: false, issues: loaded.issues, summary: summarizePlan(loaded.data), outputs: [], ...(loaded.text === undefined ? {} : { text: loaded.text }) };
  }
  const plan = loaded.plan;
  try {
    const view = buildView(plan, { issues: loaded.issues, ...(task.date === undefined ? {} : { date: task.date }) });
    const outputs: PlanOutcome['outputs'] = [];
    if (task.formats.includes('md')) outputs.push({ format: 'md', data: renderMarkdown(view, task.templateDir === undefined ? {} : { templateDir: task.templateDir }) });
    // Characters the PDF font lacks are reported with the plan's other warnings (PDF only: the Markdown keeps them).
    const glyphs: Issue[] = [];
    if (task.formats.includes('pdf')) {
      outputs.push({ format: 'pdf', data: await renderPdf(view) });
      glyphs.push(...(await checkGlyphCoverage(plan)));
    }
    if (task.formats.includes('docx')) outputs.push({ format: 'docx', data: await renderDocx(view) });
    if (task.formats.includes('html')) outputs.push({ format: 'html', data: renderHtml(view) });
    if (task.formats.includes('xlsx')) outputs.push({ format: 'xlsx', data: await renderXlsx(view) });
    if (task.formats.includes('csv')) outputs.push({ format: 'csv', data: renderCsv(view) });
    const progress = await summarizeProgress(loaded, view, task.progressDir);
    const extra = [...glyphs, ...progress.issues];
    return { ok: true, issues: extra.length > 0 ? [...loaded.issues, ...extra] : loaded.issues, summary: summarizePlan(plan, view, plan.currency, progress.summary), outputs };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: true,
      issues: loaded.issues,
      summary: summarizePlan(plan),
      outputs: [],
      failure: { code: 'RENDER_FAILED', message: `the plan is valid but could not be rendered (${message}). This is a bug in roma-plan; please report it with the plan file.` },
    };
  }
}
