import { UsageError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { loadPlan, loadPlanBytes, type LoadedPlan } from '../../plan/load.js';
import { loadProgress, PROGRESS_FILE, type LoadedProgress } from '../../progress/load.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import type { ValidateCliOptions } from '../program.js';
import { t } from '../../i18n/messages.js';
import { localizeIssues } from '../../plan/issue-text.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { readStdin } from '../read-stdin.js';
import { countStatuses, fileStatus, formatIssues, formatSummary, issueJson } from '../report.js';
import { overridesFromCli } from '../overrides.js';

export async function runValidate(inputs: string[], opts: ValidateCliOptions, ctx: CliContext): Promise<number> {
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const { files, unmatched } = await expandInputs(inputs);
  if (unmatched.length > 0) throw new UsageError(`no plan files match ${unmatched.map((u) => `"${u}"`).join(', ')}`, 'Give .yaml, .yml or .json files, a folder that holds them, or a quoted glob such as "plans/**/*.yaml".', { key: 'fatal.noPlanFiles', params: { patterns: unmatched.map((u) => `"${u}"`).join(', ') } });
  const transform = overridesFromCli(opts.set);
  const results: (LoadedPlan | LoadedProgress)[] = [];
  for (const file of files) {
    // A progress file named on the command line is checked against the plan it names.
    const r = PROGRESS_FILE.test(file)
      ? await loadProgress(file, opts.plan ? { plan: opts.plan } : {})
      : file === '-'
        ? loadPlanBytes(await readStdin(ctx.stdin), '-', { transform })
        : await loadPlan(file, { transform });
    // Each plan speaks its own language unless one was asked for.
    results.push({ ...r, issues: localizeIssues(r.issues, planLanguage(chosen, dataOf(r))) });
  }
  const statuses = results.map((r) => fileStatus(r, opts.strict));
  const counts = countStatuses(statuses);
  if (opts.json) {
    const report = {
      version: 1,
      summary: { files: results.length, ...counts },
      files: results.map((r, i) => ({
        file: r.file,
        status: statuses[i],
        errors: r.issues.filter((x) => x.severity === 'error').length,
        warnings: r.issues.filter((x) => x.severity === 'warning').length,
        issues: r.issues.map(issueJson),
      })),
    };
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const [i, r] of results.entries()) {
      const text = formatIssues(r, { color: ctx.color, quiet: opts.quiet, lang: planLanguage(chosen, dataOf(r)) });
      if (text) ctx.stdout.write(text + '\n');
      else if (!opts.quiet && statuses[i] === 'valid') ctx.stdout.write(`${t(planLanguage(chosen, dataOf(r)), 'cli.ok', { file: r.file })}\n`);
    }
    ctx.stdout.write(formatSummary(counts, ctx.color, chosen));
  }
  return counts.invalid > 0 ? ExitCode.failure : ExitCode.ok;
}

/** The plan data whose language a file's messages follow: the plan itself, or the plan a progress file reports on. */
function dataOf(r: LoadedPlan | LoadedProgress): unknown {
  if ('data' in r) return r.data;
  const plan = (r as LoadedProgress).plan;
  return plan && 'data' in plan ? plan.data : undefined;
}
