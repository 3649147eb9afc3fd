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
  if (edited.issues.length > 0 || !loaded.ok) {
    const issues = [...edited.issues, ...loaded.issues.filter((i) => i.severity === 'error')];
    ctx.stderr.write(`${formatIssues({ file: name, issues, text }, { color: stderrColor(ctx) })}\n`);
    ctx.stderr.write(`Nothing was written: with these --set values the plan would not be valid. Fix the values and run the command again.\n`);
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
  const changed = opts.set?.length ? ` with ${opts.set.length} field${opts.set.length === 1 ? '' : 's'} changed` : '';
  const run = (...args: string[]) => commandLine(args, ctx.startedWith);
  ctx.stdout.write(`Wrote ${file} from the example ${opts.example}${changed}.\nNext: edit it, then  ${run('validate', file)}  and  ${run('render', file, '--out', 'out')}\n`);
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
  ctx.stdout.write(`\nStart from one with: ${commandLine(['new', 'plan.yaml', '--example', examples[0]?.name ?? '<name>'], ctx.startedWith)}\n`);
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
