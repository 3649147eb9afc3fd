import { Argument, Command } from 'commander';
import type { CliContext } from './context.js';
import { readFileSync } from 'node:fs';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Builds the command tree. Only commander is loaded here: each action imports its command module
 * (and with it ajv, yaml, pdfkit, inquirer...) when it runs, so `--help` stays fast.
 */
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
  $ roma-plan validate examples                   check every plan in a folder
  $ roma-plan render examples/pecs-hu.yaml --out out
  $ roma-plan batch 'plans/**/*.yaml' --out out   validate and render hundreds of plans
  $ roma-plan new plan.yaml --example kumanovo-mk --set municipality.name=Štip
  $ roma-plan catalogue practices                 the good practices to start from

Exit codes: 0 ok, 1 invalid input or failed work, 2 usage error, 130 cancelled, 70 internal error.`,
    );

  program
    .command('validate')
    .description('check plan files against the plan format and its rules')
    .argument('<inputs...>', 'plan files, folders or glob patterns; - reads standard input')
    .option('--json', 'print a machine-readable report')
    .option('--strict', 'treat warnings as errors')
    .option('-q, --quiet', 'print only errors and the summary')
    .option('--set <path=value>', 'override a field before validating (repeatable)', collect)
    .addHelpText('after', '\nExamples:\n  $ roma-plan validate examples/pecs-hu.yaml\n  $ roma-plan validate plans/ --json > report.json\n  $ cat plan.yaml | roma-plan validate -')
    .action(async (inputs: string[], opts: ValidateCliOptions) => {
      const { runValidate } = await import('./commands/validate.js');
      ctx.exitCode = await runValidate(inputs, opts, ctx);
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
    .description('list the priority areas, policy goals and good practices')
    .addArgument(new Argument('[section]', 'what to list').choices(['areas', 'goals', 'eu', 'practices']))
    .option('--json', 'print as JSON')
    .option('--area <id>', 'only the practices for this area')
    .addHelpText('after', '\nExamples:\n  $ roma-plan catalogue goals\n  $ roma-plan catalogue practices --area education')
    .action(async (section: string | undefined, opts: { json?: boolean; area?: string }) => {
      const { runCatalogue } = await import('./commands/catalogue.js');
      ctx.exitCode = await runCatalogue(section, opts, ctx);
    });

  return program;
}

export interface ValidateCliOptions {
  json?: boolean;
  strict?: boolean;
  quiet?: boolean;
  set?: string[];
}
