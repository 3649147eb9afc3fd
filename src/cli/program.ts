import { Argument, Command } from 'commander';
import type { CliContext } from './context.js';
import type { EditCliOptions } from './commands/edit.js';
import type { InitCliOptions } from './commands/init.js';
import type { RenderCliOptions } from './commands/render.js';
import type { BatchCliOptions } from './commands/batch.js';
import type { NewCliOptions } from './commands/new.js';
import type { ReportCliOptions } from './commands/report.js';
import type { DiffCliOptions } from './commands/diff.js';
import type { SheetsCliOptions } from './commands/sheets.js';
import type { CollectCliOptions } from './commands/collect.js';
import type { ReviewCliOptions } from './commands/review.js';
import type { ProgressCliOptions } from './commands/progress.js';
import { readFileSync } from 'node:fs';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Builds the command tree. Only commander is loaded here: each action imports its command module
 * (and with it ajv, yaml, pdfkit, inquirer...) when it runs, so `--help` stays fast.
 */
const LANG_HELP = "language of the messages, e.g. en, hu, ro, sr-Latn (default: LC_ALL/LC_MESSAGES/LANG, else the plan's language)";

export function createProgram(ctx: CliContext): Command {
  const program = new Command('roma-plan')
    .description('Write, check and publish local Roma inclusion action plans.')
    .version(version, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces and internal details')
    .option('--no-color', 'do not colour the output (also: NO_COLOR=1)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ roma-plan init plan.yaml                      answer questions, get a plan and its PDF
  $ roma-plan edit plan.yaml                      change a saved plan, one answer at a time
  $ roma-plan validate examples                   check every plan in a folder
  $ roma-plan review examples/pecs-hu.yaml        the reviewer's checklist and its score
  $ roma-plan render examples/pecs-hu.yaml --out out
  $ roma-plan batch 'plans/**/*.yaml' --out out   validate and render hundreds of plans
  $ roma-plan new plan.yaml --example kumanovo-mk --set municipality.name=Štip
  $ roma-plan catalogue practices                 the good practices to start from

Exit codes: 0 ok, 1 invalid input or failed work, 2 usage error, 130 cancelled, 70 internal error.`,
    );

  program
    .command('init')
    .description('answer questions in plain language and get a plan (the wizard)')
    .argument('[file]', 'where to save the plan', 'plan.yaml')
    .option('--lang <tag>', 'language of the questions, e.g. en, hu, sr-Latn (default: the language of the plan)')
    .option('--answers <file>', 'start from a partial plan: only what is missing is asked; complete, nothing is asked')
    .option('--resume', 'continue the draft an interrupted run saved next to the plan')
    .option('--force', 'replace an existing plan file without asking')
    .addHelpText(
      'after',
      '\nExamples:\n  $ roma-plan init pecs.yaml --lang hu\n  $ roma-plan init pecs.yaml --resume                 after Ctrl+C\n  $ roma-plan init pecs.yaml --answers answers.yaml   a trainer\'s script: no questions when complete\n\nKeys: Esc back one question · F1 or ? help on the question · Ctrl+E a long answer in your editor · Ctrl+C stop (the draft is saved).\nWithout a terminal (CI, pipes) nothing is asked: the command lists the missing answers and exits 2.',
    )
    .action(async (file: string, opts: InitCliOptions) => {
      const { runInit } = await import('./commands/init.js');
      ctx.exitCode = await runInit(file, opts, ctx);
    });

  program
    .command('edit')
    .description("change a saved plan: the wizard's review screen on it, one answer at a time")
    .argument('<file>', 'the plan to change')
    .option('--lang <tag>', 'language of the questions (default: the language of the plan)')
    .option('--output <file>', 'save the changed plan here and leave <file> as it is')
    .option('--force', 'with --output: replace that file if it exists')
    .option('--resume', 'continue the changes an interrupted run saved next to the plan')
    .addHelpText(
      'after',
      '\nExamples:\n  $ roma-plan edit pecs.yaml                          the previous version is kept as pecs.yaml.bak\n  $ roma-plan edit pecs.yaml --output pecs-2027.yaml\n\nOnly what changed is edited in the file: its comments and layout stay.',
    )
    .action(async (file: string, opts: EditCliOptions) => {
      const { runEdit } = await import('./commands/edit.js');
      ctx.exitCode = await runEdit(file, opts, ctx);
    });

  program
    .command('validate')
    .description('check plan files against the plan format and its rules')
    .argument('<inputs...>', 'plan files, folders or glob patterns; - reads standard input')
    .option('--json', 'print a machine-readable report')
    .option('--strict', 'treat warnings as errors')
    .option('-q, --quiet', 'print only errors and the summary')
    .option('--set <path=value>', 'override a field before validating (repeatable)', collect)
    .option('--plan <file>', 'the plan that *.progress.yaml files report on (default: the file they name)')
    .option('--lang <tag>', LANG_HELP)
    .addHelpText('after', '\nExamples:\n  $ roma-plan validate examples/pecs-hu.yaml\n  $ roma-plan validate examples/pecs-hu.progress.yaml   a progress report, against its plan\n  $ roma-plan validate plans/ --json > report.json\n  $ cat plan.yaml | roma-plan validate -')
    .action(async (inputs: string[], opts: ValidateCliOptions) => {
      const { runValidate } = await import('./commands/validate.js');
      ctx.exitCode = await runValidate(inputs, opts, ctx);
    });

  program
    .command('review')
    .description("the reviewer's checklist of a plan: each check met or not, why, what to do, and a score")
    .argument('<inputs...>', 'plan files, folders or glob patterns; - reads standard input')
    .option('--json', 'print the checklist as JSON')
    .option('--min-score <percent>', 'exit 1 when a plan scores below this percentage (for CI)')
    .option('--lang <tag>', LANG_HELP)
    .addHelpText(
      'after',
      "\nExamples:\n  $ roma-plan review examples/pecs-hu.yaml\n  $ roma-plan review plans/ --json > review.json\n  $ roma-plan review plan.yaml --min-score 60   fail a CI job below 60 %\n\nThe checks follow the criteria reviewers assess plans by (see the README: Reviewer's checklist).\nExit 0 for a valid plan whatever its score (unless --min-score); 1 when a plan is invalid.",
    )
    .action(async (inputs: string[], opts: ReviewCliOptions) => {
      const { runReview } = await import('./commands/review.js');
      ctx.exitCode = await runReview(inputs, opts, ctx);
    });

  program
    .command('schema')
    .description('print the plan JSON Schema (for editors and other tools)')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      ctx.exitCode = await runSchema(ctx);
    });

  program
    .command('catalogue')
    .description('list the priority areas, policy goals and good practices; `targets`: the EU 2030 and Poznan targets an indicator may contribute to; `countries`: the country profiles of the council decision, with their sources')
    .addArgument(new Argument('[section]', 'what to list').choices(['areas', 'goals', 'eu', 'practices', 'targets', 'countries']))
    .option('--json', 'print as JSON')
    .option('--area <id>', 'only the practices for this area')
    .option('--lang <tag>', LANG_HELP)
    .addHelpText('after', '\nExamples:\n  $ roma-plan catalogue goals\n  $ roma-plan catalogue practices --area education\n  $ roma-plan catalogue targets --lang mk\n  $ roma-plan catalogue countries --lang hu')
    .action(async (section: string | undefined, opts: { json?: boolean; area?: string; lang?: string }) => {
      const { runCatalogue } = await import('./commands/catalogue.js');
      ctx.exitCode = await runCatalogue(section, opts, ctx);
    });

  program
    .command('render')
    .description('turn a valid plan into the document a council adopts (Markdown and PDF)')
    .argument('<plan>', 'the plan file; - reads standard input')
    .option('--format <list>', 'md, pdf, docx, html, xlsx, csv, comma-separated (default: md,pdf, or what --out names)')
    .option('--out <dir|file>', "output folder (default: the plan's folder), one file named by its extension (.md, .pdf, .docx, .html, .xlsx, .csv), or - for Markdown on standard output")
    .option('--template <dir>', 'a folder of *.md.hbs files replacing built-in templates of the same name (see roma-plan templates)')
    .option('--date <YYYY-MM-DD>', 'the document date (default: SOURCE_DATE_EPOCH, else the adoption or latest consultation date)')
    .option('--force', 'overwrite existing output files')
    .option('--set <path=value>', 'override a field before rendering (repeatable)', collect)
    .option('--lang <tag>', LANG_HELP)
    .option('--review', 'also write the notes for reviewers alone, as <name>.review.md')
    .option('--review-notes', 'put the notes for reviewers in the document even when the plan is adopted')
    .addHelpText(
      'after',
      '\nExamples:\n  $ roma-plan render plans/pecs.yaml                 writes plans/pecs.md and plans/pecs.pdf\n  $ roma-plan render plans/pecs.yaml --out out --format pdf\n  $ roma-plan render plans/pecs.yaml --out - | less\n  $ roma-plan render plans/pecs.yaml --template my-templates --out pecs.md',
    )
    .action(async (plan: string, opts: RenderCliOptions) => {
      const { runRender } = await import('./commands/render.js');
      ctx.exitCode = await runRender(plan, opts, ctx);
    });

  program
    .command('report')
    .description('the annual implementation report of a plan from its progress file (Markdown, PDF, Word, HTML, XLSX, CSV)')
    .argument('<plan>', 'the plan file')
    .argument('<progress>', 'the progress file (see the README: the progress format)')
    .option('--year <year>', 'the reporting year (default: the latest year of the progress file)')
    .option('--format <list>', 'md, pdf, docx, html, xlsx, csv, comma-separated (default: md,pdf, or what --out names)')
    .option('--out <dir|file>', "output folder (default: the progress file's folder), a .md or .pdf file, or - for Markdown on standard output")
    .option('--date <YYYY-MM-DD>', "the document date (default: the year's reportDate)")
    .option('--lang <tag>', LANG_HELP)
    .option('--force', 'overwrite existing output files')
    .addHelpText('after', '\nExamples:\n  $ roma-plan report examples/pecs-hu.yaml examples/pecs-hu.progress.yaml --year 2026 --out out\n  $ roma-plan report plan.yaml plan.progress.yaml --out - | less')
    .action(async (plan: string, progress: string, opts: ReportCliOptions) => {
      const { runReport } = await import('./commands/report.js');
      ctx.exitCode = await runReport(plan, progress, opts, ctx);
    });

  program
    .command('sheets')
    .description('one progress spreadsheet (XLSX) per lead institution, to fill in for a year')
    .argument('<plan>', 'the plan file')
    .requiredOption('--year <year>', 'the reporting year')
    .requiredOption('--out <dir>', 'the folder for the workbooks')
    .option('--date <YYYY-MM-DD>', 'the creation date written into the workbooks (default: 31 December of the year)')
    .option('--force', 'overwrite existing workbooks')
    .option('--lang <tag>', LANG_HELP)
    .addHelpText('after', '\nExamples:\n  $ roma-plan sheets examples/pecs-hu.yaml --year 2027 --out sheets-2027\n\nThen send each institution its file, and read them back with roma-plan collect.')
    .action(async (plan: string, opts: SheetsCliOptions) => {
      const { runSheets } = await import('./commands/sheets.js');
      ctx.exitCode = await runSheets(plan, opts, ctx);
    });

  program
    .command('collect')
    .description('read the filled-in progress spreadsheets back into the progress file')
    .argument('<dir>', 'the folder with the returned .xlsx files')
    .requiredOption('--plan <file>', 'the plan the sheets were written from')
    .requiredOption('--year <year>', 'the reporting year')
    .option('--out <file>', "the progress file (default: <plan>.progress.yaml beside the plan)")
    .option('--partial', 'write the measures without errors even when other cells have errors, and list what was left out')
    .option('--force', "replace the collected measures of this year in an existing progress file (other years, other measures and community assessments are kept)")
    .option('--lang <tag>', LANG_HELP)
    .addHelpText('after', '\nExamples:\n  $ roma-plan collect sheets-2027 --plan pecs.yaml --year 2027\n  $ roma-plan collect sheets-2027 --plan pecs.yaml --year 2027 --out pecs.progress.yaml --force\n\nEvery bad cell is reported as file.xlsx:Sheet!C7 with a code; exit 1 and nothing written while any remains (unless --partial).')
    .action(async (dir: string, opts: CollectCliOptions) => {
      const { runCollect } = await import('./commands/collect.js');
      ctx.exitCode = await runCollect(dir, opts, ctx);
    });

  program
    .command('progress')
    .description("record a year's progress measure by measure, without spreadsheets (a wizard)")
    .argument('<plan>', 'the plan reported on')
    .requiredOption('--year <year>', 'the reporting year')
    .option('--out <file>', 'the progress file (default: <plan>.progress.yaml beside the plan)')
    .option('--lang <tag>', 'language of the questions, e.g. en, hu, sr-Latn (default: the language of the plan)')
    .option('--answers <file>', "start from the year's answers, shaped like one year of the progress file: only what is missing is asked; complete, nothing is asked")
    .option('--resume', 'continue the draft an interrupted run saved next to the progress file')
    .option('--force', 'replace the year in the progress file without asking (other years are kept)')
    .addHelpText(
      'after',
      "\nExamples:\n  $ roma-plan progress pecs.yaml --year 2027\n  $ roma-plan progress pecs.yaml --year 2027 --resume                after Ctrl+C\n  $ roma-plan progress pecs.yaml --year 2027 --answers 2027.yaml     a trainer's script: no questions when complete\n\nThe year is added to pecs.progress.yaml (created with the plan's file, version and digest when missing).\nWithout a terminal (CI, pipes) nothing is asked: the command lists the missing answers and exits 2.",
    )
    .action(async (plan: string, opts: ProgressCliOptions) => {
      const { runProgress } = await import('./commands/progress.js');
      ctx.exitCode = await runProgress(plan, opts, ctx);
    });

  program
    .command('diff')
    .description('what a new version of a plan changes, in council terms, with a draft amendment decision')
    .argument('<old>', 'the plan in force')
    .argument('<new>', 'the amended plan')
    .option('--format <list>', 'also write the amendment document: md, pdf, docx, html, comma-separated')
    .option('--out <dir|file>', "where to write the amendment document (default: the new plan's folder), a .md or .pdf file, or - for Markdown on standard output")
    .option('--json', 'print the changes as JSON')
    .option('--date <YYYY-MM-DD>', 'the document date (default: SOURCE_DATE_EPOCH, else the new plan\'s own)')
    .option('--force', 'overwrite existing output files')
    .addHelpText('after', '\nExamples:\n  $ roma-plan diff plan-2026.yaml plan-2028.yaml\n  $ roma-plan diff plan-2026.yaml plan-2028.yaml --format md,pdf --out amendment\n  $ roma-plan diff plan-2026.yaml plan-2028.yaml --json\n\nExit 0 whether or not the plans differ; 1 when either plan is invalid.')
    .action(async (before: string, after: string, opts: DiffCliOptions) => {
      const { runDiff } = await import('./commands/diff.js');
      ctx.exitCode = await runDiff(before, after, opts, ctx);
    });

  program
    .command('batch')
    .description('validate and render many plans at once, in parallel, with an index and a report')
    .argument('[inputs...]', 'plan files, folders or quoted glob patterns (with --merge: the shard reports)')
    .requiredOption('--out <dir>', 'output folder: one output per plan (mirroring the input folders), index.md, report.json')
    .option('--format <list>', 'md, pdf, docx, html, xlsx, csv, comma-separated', 'md,pdf')
    .option('--jobs <n>', 'worker threads (default: one per CPU core)')
    .option('--fail-fast', 'stop at the first invalid or failed plan')
    .option('--json', 'print the report (report.json) on standard output')
    .option('--shard <i/n>', 'process only the i-th of n stable parts, e.g. 2/4 on the second of four machines')
    .option('--merge', 'merge the shard reports given as inputs into report.json and index.md in --out')
    .option('--timeout <seconds>', 'time limit per plan; a plan that takes longer fails', '60')
    .option('--set <path=value>', 'override a field in every plan before validating (repeatable)', collect)
    .option('--date <YYYY-MM-DD>', 'the document date of every plan (default: SOURCE_DATE_EPOCH, else each plan\'s own)')
    .option('--template <dir>', 'a folder of *.md.hbs files replacing built-in templates of the same name')
    .option('--progress <dir>', 'a folder of progress files named after the plans (default: beside each plan)')
    .option('--lang <tag>', 'language of index.md and the messages (default: LC_ALL/LC_MESSAGES/LANG, else English)')
    .option('--force', 'overwrite existing outputs and reports')
    .addHelpText(
      'after',
      `
Examples:
  $ roma-plan batch plans/ --out out
  $ roma-plan batch 'plans/**/*.yaml' --out out --format pdf --jobs 4
  $ roma-plan batch plans/ --out out --shard 1/2     (on one machine; 2/2 on another)
  $ roma-plan batch --merge out/report.shard-*.json --out out

Outputs mirror the input folders below their common folder (plans/hu/pecs.yaml -> out/hu/pecs.md).
Exit code 1 when any plan is invalid or failed; Ctrl+C stops cleanly with exit code 130.`,
    )
    .action(async (inputs: string[], opts: BatchCliOptions) => {
      const { runBatchCommand } = await import('./commands/batch.js');
      ctx.exitCode = await runBatchCommand(inputs, opts, ctx);
    });

  program
    .command('new')
    .description('start a plan from one of the example plans')
    .argument('[file]', 'where to write the plan; none or - writes it to standard output')
    .option('--example <name>', 'the example to start from (see --list)')
    .option('--list', 'list the examples')
    .option('--json', 'with --list: print as JSON')
    .option('--set <path=value>', 'change a field, e.g. municipality.name=Štip (repeatable)', collect)
    .option('--force', 'overwrite an existing file')
    .addHelpText(
      'after',
      "\nExamples:\n  $ roma-plan new --list\n  $ roma-plan new plan.yaml --example kumanovo-mk --set municipality.name=Štip --set plan.status=draft\n  $ roma-plan new --example pecs-hu > plan.yaml",
    )
    .action(async (file: string | undefined, opts: NewCliOptions) => {
      const { runNew } = await import('./commands/new.js');
      ctx.exitCode = await runNew(file, opts, ctx);
    });

  program
    .command('templates')
    .description('list the built-in Markdown templates and partials that --template can override')
    .option('--template <dir>', 'also show which of them this folder overrides')
    .option('--json', 'print as JSON')
    .action(async (opts: { template?: string; json?: boolean }) => {
      const { runTemplates } = await import('./commands/templates.js');
      ctx.exitCode = await runTemplates(opts, ctx);
    });

  program
    .command('doctor')
    .description('check that this installation can do its work: Node.js, fonts, templates, schema, output folder')
    .option('--out <dir>', 'the output folder to check for writing (default: the current folder)')
    .option('--json', 'print the results as JSON')
    .addHelpText('after', '\nExamples:\n  $ roma-plan doctor\n  $ roma-plan doctor --out /srv/plans/out --json\n\nExit 0 when every check passes, 1 when one found a problem (each says what to do).')
    .action(async (opts: { out?: string; json?: boolean }) => {
      const { runDoctor } = await import('./commands/doctor.js');
      ctx.exitCode = await runDoctor(opts, ctx);
    });

  return program;
}

export interface ValidateCliOptions {
  json?: boolean;
  strict?: boolean;
  quiet?: boolean;
  set?: string[];
  lang?: string;
  plan?: string;
}
