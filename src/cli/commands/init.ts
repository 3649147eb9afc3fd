import { chosenLanguage } from '../language.js';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { localizeIssues } from '../../plan/issue-text.js';
import { RomaPlanError, UsageError } from '../../errors.js';
import { fill } from '../../i18n/index.js';
import { schemaReferenceFrom } from '../../io/package-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import type { Plan } from '../../plan/types.js';
import { validatePlan } from '../../plan/validate.js';
import { draftPathFor } from '../../wizard/draft.js';
import { formatPlanYaml } from '../../wizard/format-plan.js';
import { wizardLanguage, type WizardLanguage, type WizardMessages } from '../../wizard/messages.js';
import { missingAnswers, unanswerable } from '../../wizard/missing.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { offerRender } from '../init-render.js';
import { readStart, removeDraft, shellQuote } from '../init-files.js';
import { commandLine } from '../invocation.js';
import { languageOf, wizardTerminal } from '../wizard-terminal.js';
import { interview } from '../init-interview.js';
import type { Ask } from '../../wizard/ask.js';
import { formatIssues } from '../report.js';

export interface InitCliOptions {
  lang?: string;
  answers?: string;
  resume?: boolean;
  force?: boolean;
}

/**
 * `roma-plan init [file]`: the interview on a terminal, or, without one, a plan from a complete
 * answers file (and the list of what is missing otherwise). Drafts are saved after every section
 * and on Ctrl+C; an existing plan is replaced only when confirmed or with --force.
 */
export async function runInit(file: string | undefined, opts: InitCliOptions, ctx: CliContext): Promise<number> {
  if (opts.resume && opts.answers !== undefined) throw new UsageError('--resume and --answers cannot be used together', '--resume continues the draft saved next to the plan; --answers starts from a file of your own.');
  const target = file ?? 'plan.yaml';
  const draftFile = draftPathFor(target);
  const interactive = ctx.stdin.isTTY === true;
  // An unknown --lang stops here (exit 2, listing the languages), as in every other command.
  if (opts.lang !== undefined) ctx.lang = chosenLanguage(opts.lang, ctx.env);
  // Without --lang the questions start in the environment's language (LANG=hu_HU.UTF-8), and the
  // language question proposes it, until the plan's language is chosen.
  const initialLang = opts.lang === undefined ? chosenLanguage(undefined, ctx.env) : undefined;
  let m = wizardLanguage(opts.lang ?? initialLang ?? 'en').messages;
  let h = wizardLanguage(opts.lang ?? initialLang ?? 'en').help;
  const follow = (data: unknown) => {
    if (opts.lang === undefined) ({ messages: m, help: h } = wizardLanguage(languageOf(data) ?? initialLang ?? 'en'));
    ctx.lang = opts.lang === undefined ? (languageOf(data) ?? ctx.lang) : ctx.lang;
  };
  // Ctrl+C while a question is open is inquirer's to handle; between questions (while the draft is
  // being saved, say) the terminal sends SIGINT, which ends the interview the same way.
  const stop = new AbortController();
  // inquirer and the interview load only on a terminal, so that the answer without one comes at once.
  const ask: Ask | undefined = interactive
    ? await wizardTerminal(ctx, stop, () => m, () => h)
    : undefined;

  let start = await readStart(opts, draftFile, ctx, m);
  if (!start) return ExitCode.failure;
  if (ask && !opts.resume && opts.answers === undefined && existsSync(draftFile)) {
    if (await ask.confirm({ name: 'draft', message: fill(m.cli.draftFound, { draft: draftFile }), default: true })) start = await readStart({ resume: true }, draftFile, ctx, m);
    if (!start) return ExitCode.failure;
  }
  follow(start.data);
  if (ask && start.done !== undefined) ask.show(fill(m.cli.resuming, { draft: draftFile }));
  const refused = unanswerable(start.data);
  if (refused.length > 0) {
    ctx.stderr.write(`${fill(m.cli.invalidAnswers, { file: start.from ?? target })}\n${formatIssues({ file: start.from ?? target, issues: refused }, { color: ctx.color, lang: wizardLanguage(opts.lang ?? languageOf(start.data) ?? 'en').locale })}`);
    return ExitCode.failure;
  }
  if (!interactive) {
    const missing = localizeIssues(missingAnswers(start.data), wizardLanguage(opts.lang ?? languageOf(start.data) ?? 'en').locale);
    if (missing.length > 0) return reportMissing(target, missing, ctx, m);
  }

  let replace = opts.force === true;
  if (!replace && existsSync(target)) {
    // Without a terminal nothing is asked: say how to change the plan instead, or to replace it.
    if (!ask) throw new RomaPlanError('FILE_EXISTS', `${target} already exists`, { hint: `To change it: roma-plan edit ${target}; to replace it, add --force.`, key: 'fatal.planExists', params: { file: target } });
    if (!(await ask.confirm({ name: 'replace', message: fill(m.cli.exists, { file: target }), default: false }))) {
      ctx.stderr.write(`${fill(m.cli.notReplaced, { file: target })}\n`);
      return ExitCode.failure;
    }
    replace = true;
  }

  const given = { schemaVersion: 1, ...(start.data as object | undefined) };
  const nothingToAsk = start.done === undefined && validatePlan(given).ok;
  const draft = { file: draftFile, written: opts.resume === true || start.done !== undefined };
  let plan: Plan;
  if (!ask || nothingToAsk) plan = given as Plan;
  else {
    const speak = (l: WizardLanguage) => ({ messages: m, help: h } = l);
    const result = await interview(ask, stop, start, { target, draft, lang: opts.lang, ...(initialLang !== undefined ? { initialLang } : {}), follow, speak, messages: () => m }, ctx);
    if (typeof result === 'number') return result;
    plan = result;
  }

  const text = formatPlanYaml(plan, { schema: schemaReferenceFrom(dirname(resolve(target))) });
  try {
    await writeFileAtomic(target, text, { force: replace });
  } catch (err) {
    ctx.stderr.write(`${fill(m.cli.planNotSaved, { file: target, reason: err instanceof Error ? err.message : String(err) })}\n`);
    ctx.stdout.write(text);
    return ExitCode.failure;
  }
  if (draft.written) await removeDraft(draftFile);
  const warnings = validatePlan(plan).issues.filter((i) => i.severity === 'warning').length;
  ctx.stderr.write(`${fill(warnings > 0 ? m.cli.savedWarnings : m.cli.saved, { file: shellQuote(target, ctx.startedWith) })}\n`);
  if (ask && !nothingToAsk) await offerRender(target, plan, ask, ctx, m);
  return ExitCode.ok;
}

function reportMissing(target: string, missing: readonly { path: string; code: string; message: string; hint?: string }[], ctx: CliContext, m: WizardMessages): number {
  const width = Math.min(48, Math.max(...missing.map((i) => i.path.length)));
  const lines = missing.map((i) => `  ${i.path.padEnd(width)}  ${i.code === 'MISSING_FIELD' && i.hint ? i.hint : `${i.message}${i.hint ? `. ${i.hint}` : ''}`}`);
  ctx.stderr.write(
    [
      `roma-plan init: ${m.cli.noTerminal}`,
      fill(m.cli.missing, { file: target, count: missing.length }),
      ...lines,
      '',
      m.cli.supply,
      `  ${commandLine(['init', target, '--answers', 'answers.yaml'], ctx.startedWith)}`,
      '',
    ].join('\n'),
  );
  return ExitCode.usage;
}
