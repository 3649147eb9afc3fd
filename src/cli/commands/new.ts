import { dirname, resolve } from 'node:path';
import { FileExistsError, RomaPlanError, UsageError } from '../../errors.js';
import { schemaReferenceFrom } from '../../io/package-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { exampleNames, listExamples, readExample } from '../../plan/examples.js';
import { loadPlanText } from '../../plan/load.js';
import { applyOverridesToText } from '../../plan/override-text.js';
import { parseOverride } from '../../plan/overrides.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { commandLine } from '../invocation.js';
import { stderrColor } from '../batch-progress.js';
import { formatIssues } from '../report.js';
import { formatMessage } from '../../i18n/messages.js';
import { chosenLanguage, planLanguage } from '../language.js';

export interface NewCliOptions {
  example?: string;
  list?: boolean;
  json?: boolean;
  set?: string[];
  force?: boolean;
}

export async function runNew(file: string | undefined, opts: NewCliOptions, ctx: CliContext): Promise<number> {
  if (opts.list) return listCommand(opts, ctx);
  if (opts.example === undefined) throw new UsageError('choose the example to start from with --example <name>', `The examples are: ${(await exampleNames()).join(', ')} (roma-plan new --list describes them).`);
  const toStdout = file === undefined || file === '-';
  const edited = applyOverridesToText(await readExample(opts.example), (opts.set ?? []).map(parseOverride));
  const text = pointAtSchema(edited.text, toStdout ? undefined : file);
  const name = toStdout ? `${opts.example}.yaml` : file;
  const loaded = loadPlanText(text, name);
  const lang = planLanguage(chosenLanguage(undefined, ctx.env), loaded.data);
  if (edited.issues.length > 0 || !loaded.ok) {
    const issues = [...edited.issues, ...loaded.issues.filter((i) => i.severity === 'error')];
    ctx.stderr.write(`${formatIssues({ file: name, issues, text }, { color: stderrColor(ctx) })}\n`);
    ctx.stderr.write(`${formatMessage(lang, 'cli.new.notWritten')}\n`);
    return ExitCode.failure;
  }
  if (toStdout) {
    ctx.stdout.write(text);
    return ExitCode.ok;
  }
  try {
    await writeFileAtomic(file, text, { force: Boolean(opts.force) });
  } catch (err) {
    if (err instanceof FileExistsError) throw new RomaPlanError('FILE_EXISTS', `${file} already exists`, { hint: 'Use --force to replace it, or give another file name.', key: 'fatal.fileExists', params: { file } });
    throw err;
  }
  const fields = opts.set?.length ?? 0;
  const wrote = fields > 0 ? formatMessage(lang, 'cli.new.wroteChanged', { file, example: opts.example, fields }) : formatMessage(lang, 'cli.new.wrote', { file, example: opts.example });
  const run = (...args: string[]) => commandLine(args, ctx.startedWith);
  ctx.stdout.write(`${wrote}\n${formatMessage(lang, 'cli.new.next', { validate: run('validate', file), render: run('render', file, '--out', 'out') })}\n`);
  return ExitCode.ok;
}

async function listCommand(opts: NewCliOptions, ctx: CliContext): Promise<number> {
  const examples = await listExamples();
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(examples, null, 2)}\n`);
    return ExitCode.ok;
  }
  const rows = [['name', 'municipality', 'country', 'language', 'status'], ...examples.map((e) => [e.name, e.municipality, e.country, e.language, e.status])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...r[col]!].length)));
  for (const row of rows) ctx.stdout.write(`${row.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join('  ').trimEnd()}\n`);
  const lang = chosenLanguage(undefined, ctx.env) ?? 'en';
  ctx.stdout.write(`\n${formatMessage(lang, 'cli.new.startFrom', { command: commandLine(['new', 'plan.yaml', '--example', examples[0]?.name ?? '<name>'], ctx.startedWith) })}\n`);
  return ExitCode.ok;
}

/**
 * The examples point editors at the schema relative to the package (`../schemas/...`); a copy
 * elsewhere must point at the installed schema instead, or the editor loses completion and checks.
 */
function pointAtSchema(text: string, target: string | undefined): string {
  const schema = schemaReferenceFrom(target === undefined ? process.cwd() : dirname(resolve(target)));
  return text.replace(/^(# yaml-language-server: \$schema=).*$/m, `$1${schema}`);
}
