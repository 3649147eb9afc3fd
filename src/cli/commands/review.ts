import { UsageError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { localizeIssues } from '../../plan/issue-text.js';
import { loadPlan, loadPlanBytes } from '../../plan/load.js';
import { buildReview } from '../../review/build-review.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { readStdin } from '../read-stdin.js';
import { formatIssues, issueJson } from '../report.js';
import { formatReview, reviewJson } from '../review-report.js';

export interface ReviewCliOptions {
  json?: boolean;
  lang?: string;
  minScore?: string;
}

/**
 * `roma-plan review`: the reviewer's checklist of each plan. Exit 0 for valid plans whatever their
 * score, unless --min-score names a percentage one falls below; 1 when a plan is invalid (its
 * errors are printed as `validate` prints them).
 */
export async function runReview(inputs: string[], opts: ReviewCliOptions, ctx: CliContext): Promise<number> {
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const minScore = opts.minScore === undefined ? undefined : Number(opts.minScore);
  if (minScore !== undefined && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 100)) throw new UsageError(`--min-score must be a percentage from 0 to 100, not "${opts.minScore}"`, 'Give the lowest score a plan may have, e.g. --min-score 60.');
  const { files, unmatched } = await expandInputs(inputs);
  if (unmatched.length > 0) throw new UsageError(`no plan files match ${unmatched.map((u) => `"${u}"`).join(', ')}`, 'Give .yaml, .yml or .json files, a folder that holds them, or a quoted glob such as "plans/**/*.yaml".');
  let failed = false;
  const json: Record<string, unknown>[] = [];
  for (const file of files) {
    const loaded = file === '-' ? loadPlanBytes(await readStdin(ctx.stdin), '-') : await loadPlan(file);
    const lang = planLanguage(chosen, loaded.data);
    if (!loaded.ok || !loaded.plan) {
      failed = true;
      if (opts.json) json.push({ file, valid: false, issues: localizeIssues(loaded.issues, lang).map(issueJson) });
      else ctx.stdout.write(`${formatIssues(loaded, { color: ctx.color, lang })}\n`);
      continue;
    }
    const review = buildReview(loaded.plan, { locale: lang });
    if (minScore !== undefined && review.score.percent < minScore) failed = true;
    if (opts.json) json.push(reviewJson(file, review));
    else ctx.stdout.write(`${formatReview(file, review, ctx.color)}\n`);
  }
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ version: 1, ...(minScore === undefined ? {} : { minScore }), plans: json }, null, 2)}\n`);
  return failed ? ExitCode.failure : ExitCode.ok;
}
