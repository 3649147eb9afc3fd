import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RomaPlanError, UsageError } from '../../errors.js';
import { formatMessage } from '../../i18n/messages.js';
import { schemaReferenceFrom } from '../../io/package-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { loadPlan, loadPlanText } from '../../plan/load.js';
import { patchPlanText } from '../../plan/patch-text.js';
import { readPlanFile } from '../../io/read-text.js';
import { draftPathFor, draftProgress } from '../../wizard/draft.js';
import { formatPlanYaml } from '../../wizard/format-plan.js';
import { wizardLanguage } from '../../wizard/messages.js';
import { SECTION_IDS } from '../../wizard/sections/index.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { chosenLanguage } from '../language.js';
import { interview } from '../init-interview.js';
import { removeDraft, shellQuote } from '../init-files.js';
import { offerRender } from '../init-render.js';
import { commandLine } from '../invocation.js';
import { formatIssues } from '../report.js';
import { languageOf, wizardTerminal } from '../wizard-terminal.js';

export interface EditCliOptions {
  lang?: string;
  output?: string;
  force?: boolean;
  resume?: boolean;
}

/**
 * `roma-plan edit plan.yaml`: the wizard's review screen on a saved plan. The person changes single
 * answers (or goes through a section), and the plan is saved atomically with only what changed
 * edited in the file, so its comments and layout stay; the previous version is kept as
 * `plan.yaml.bak`, or the plan goes to `--output` and the file is left as it was. Ctrl+C saves the
 * changes so far as a draft beside the plan, which `--resume` continues.
 */
export async function runEdit(file: string, opts: EditCliOptions, ctx: CliContext): Promise<number> {
  if (opts.lang !== undefined) ctx.lang = chosenLanguage(opts.lang, ctx.env);
  const target = opts.output ?? file;
  const draftFile = draftPathFor(target);
  const loaded = await loadPlan(file, ctx.lang !== undefined ? { lang: ctx.lang } : {});
  if (loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color, ...(ctx.lang !== undefined ? { lang: ctx.lang } : {}) }));
    return ExitCode.failure;
  }
  // The text as read, for patching: loadPlan keeps it.
  const original = loaded.text ?? (await readPlanFile(file));
  if (opts.lang === undefined) ctx.lang = languageOf(loaded.data) ?? ctx.lang;
  if (ctx.stdin.isTTY !== true) {
    // Like the wizard without a terminal: a usage error (exit 2).
    throw new UsageError('roma-plan edit needs a terminal', undefined, { key: 'fatal.editNoTerminal', params: { file } });
  }
  if (opts.output !== undefined && opts.force !== true && existsSync(opts.output)) {
    throw new RomaPlanError('FILE_EXISTS', `${opts.output} already exists`, { key: 'fatal.fileExists', params: { file: opts.output } });
  }

  let language = wizardLanguage(opts.lang ?? languageOf(loaded.data) ?? 'en');
  const follow = (data: unknown) => {
    if (opts.lang === undefined) language = wizardLanguage(languageOf(data) ?? 'en');
  };
  const stop = new AbortController();
  const ask = await wizardTerminal(ctx, stop, () => language.messages, () => language.help);


  // A draft of an interrupted edit continues with --resume; the file itself is the starting point otherwise.
  let data: unknown = loaded.data;
  if (opts.resume && existsSync(draftFile)) {
    const text = await readFile(draftFile, 'utf8');
    const draft = loadPlanText(text, draftFile);
    if (draft.data !== null && typeof draft.data === 'object' && draftProgress(text) !== undefined) data = draft.data;
  }
  const resume = commandLine(['edit', file, ...(opts.output !== undefined ? ['--output', opts.output] : []), '--resume', ...(opts.lang !== undefined ? ['--lang', opts.lang] : [])], ctx.startedWith);
  const draft = { file: draftFile, written: opts.resume === true };
  const result = await interview(
    ask,
    stop,
    { data, done: [...SECTION_IDS] },
    { target, draft, lang: opts.lang, follow, speak: (l) => (language = l), messages: () => language.messages, resume, startAt: 'review' },
    ctx,
  );
  if (typeof result === 'number') return result;

  const patched = patchPlanText(original, result);
  const text = patched ?? formatPlanYaml(result, { schema: schemaReferenceFrom(dirname(resolve(target))) });
  const shown = (f: string) => shellQuote(f, ctx.startedWith);
  if (target === file && text === original) {
    if (draft.written) await removeDraft(draftFile);
    ctx.stderr.write(`${formatMessage(ctx.lang, 'cli.edit.unchanged', { file: shown(file) })}\n`);
    return ExitCode.ok;
  }
  const backup = `${file}.bak`;
  if (target === file) await writeFileAtomic(backup, original, { force: true });
  await writeFileAtomic(target, text, { force: true });
  if (draft.written) await removeDraft(draftFile);
  if (patched === undefined) ctx.stderr.write(`${formatMessage(ctx.lang, 'cli.edit.rewritten')}\n`);
  ctx.stderr.write(
    `${target === file ? formatMessage(ctx.lang, 'cli.edit.saved', { file: shown(file), backup: shown(backup) }) : formatMessage(ctx.lang, 'cli.edit.savedAs', { file: shown(target), original: shown(file) })}\n`,
  );
  await offerRender(target, result, ask, ctx, language.messages);
  return ExitCode.ok;
}
