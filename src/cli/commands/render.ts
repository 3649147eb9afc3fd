import { existsSync } from 'node:fs';
import { FileExistsError, UsageError } from '../../errors.js';
import { outputTargets, parseFormats, RENDER_FORMATS, refuseInputAsOutput, type OutputTarget } from '../../io/output-paths.js';
import { loadPlan, loadPlanBytes } from '../../plan/load.js';
import { renderDocx } from '../../render/docx/render-docx.js';
import { renderHtml } from '../../render/html/render-html.js';
import { renderMarkdown } from '../../render/markdown/render-markdown.js';
import { renderReviewMarkdown } from '../../render/markdown/render-review.js';
import { renderCsv } from '../../render/xlsx/render-csv.js';
import { renderXlsx } from '../../render/xlsx/render-xlsx.js';
import { checkGlyphCoverage } from '../../render/pdf/glyph-coverage.js';
import { resolveTemplates } from '../../render/markdown/templates.js';
import { buildView } from '../../view/build-view.js';
import { dateFromEpoch, isIsoDate } from '../../view/document-date.js';
import type { View } from '../../view/types.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { overridesFromCli } from '../overrides.js';
import { readStdin } from '../read-stdin.js';
import { formatIssues } from '../report.js';
import { formatMessage } from '../../i18n/messages.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { writeOutputs } from './write-document.js';

export interface RenderCliOptions {
  format?: string;
  out?: string;
  template?: string;
  date?: string;
  force?: boolean;
  set?: string[];
  lang?: string;
  review?: boolean;
  reviewNotes?: boolean;
}

/** `roma-plan render <plan>`: refuses an invalid plan with the validate report, shows warnings, writes the outputs. */
export async function runRender(input: string, opts: RenderCliOptions, ctx: CliContext): Promise<number> {
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const targets = outputTargets(input, opts.out, opts.format === undefined ? undefined : parseFormats(opts.format, RENDER_FORMATS));
  refuseInputAsOutput([input, ...(opts.template === undefined ? [] : [opts.template])], targets);
  const date = documentDateOption(opts.date, ctx.env['SOURCE_DATE_EPOCH']);
  // A wrong --template folder is a mistake in the command: report it before reading the plan or
  // refusing to overwrite an output, not after.
  if (opts.template !== undefined && targets.some((t) => t.format === 'md')) resolveTemplates(opts.template);
  const transform = overridesFromCli(opts.set);
  const loaded = input === '-' ? loadPlanBytes(await readStdin(ctx.stdin), '-', { transform }) : await loadPlan(input, { transform });
  const lang = planLanguage(chosen, loaded.data);
  ctx.lang = lang;
  if (!loaded.ok || !loaded.plan) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color, lang }));
    const errors = loaded.issues.filter((i) => i.severity === 'error').length;
    ctx.stderr.write(`${formatMessage(lang, 'cli.notRendered', { file: loaded.file, errors })}\n`);
    return ExitCode.failure;
  }
  const view = buildView(loaded.plan, { issues: loaded.issues, ...(date === undefined ? {} : { date }), ...(opts.reviewNotes ? { reviewNotes: true } : {}) });
  // Characters the PDF font lacks concern the PDF only; the Markdown keeps them.
  const notes = view.reviewNotes ?? view.warnings;
  const warnings = targets.some((t) => t.format === 'pdf') ? [...notes, ...(await checkGlyphCoverage(loaded.plan))] : notes;
  if (warnings.length > 0) ctx.stderr.write(formatIssues({ file: loaded.file, issues: warnings, ...(loaded.text === undefined ? {} : { text: loaded.text }) }, { color: ctx.color, lang }));
  // Check every target before writing any, so that a refusal never leaves half of the outputs behind.
  if (!opts.force) for (const t of targets) if (t.path !== '-' && existsSync(t.path)) throw new FileExistsError(t.path);
  const review = opts.review ? reviewTarget(input, targets) : undefined;
  if (review && !opts.force && existsSync(review.path)) throw new FileExistsError(review.path);
  const outputs: { target: OutputTarget; data: string | Uint8Array }[] = [];
  for (const target of targets) outputs.push({ target, data: await render(view, target, opts) });
  if (review) outputs.push({ target: review, data: renderReviewMarkdown(view) });
  await writeOutputs(outputs, Boolean(opts.force), ctx, lang);
  return ExitCode.ok;
}

async function render(view: View, target: OutputTarget, opts: RenderCliOptions): Promise<string | Uint8Array> {
  if (target.format === 'md') return renderMarkdown(view, opts.template === undefined ? {} : { templateDir: opts.template });
  if (target.format === 'html') return renderHtml(view);
  if (target.format === 'docx') return renderDocx(view);
  if (target.format === 'csv') return renderCsv(view);
  if (target.format === 'xlsx') return renderXlsx(view);
  // pdfkit and the fonts load only when a PDF is asked for.
  const { renderPdf } = await import('../../render/pdf/render-pdf.js');
  return renderPdf(view, { date: view.meta.date });
}

/**
 * `--review`: the notes alone, as `<name>.review.md` beside the document (`pecs.md` ->
 * `pecs.review.md`); in the plan's folder when the document goes to standard output.
 */
function reviewTarget(input: string, targets: readonly OutputTarget[]): OutputTarget {
  const file = targets.find((t) => t.path !== '-')?.path ?? (input === '-' ? 'plan.yaml' : input);
  return { format: 'md', path: file.replace(/(\.[^./\\]*)?$/, '.review.md') };
}

/** --date wins over SOURCE_DATE_EPOCH; neither means the date comes from the plan. */
function documentDateOption(date: string | undefined, epoch: string | undefined): string | undefined {
  if (date !== undefined) {
    if (!isIsoDate(date)) throw new UsageError(`--date ${date}: expected a real date written YYYY-MM-DD`, 'For example --date 2026-03-26.', { key: 'fatal.badDate', params: { value: date } });
    return date;
  }
  return epoch ? dateFromEpoch(epoch) : undefined;
}
