import { relative } from 'node:path';
import { builtInTemplateDir, listTemplates } from '../../render/markdown/templates.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';

/** `roma-plan templates`: the built-in Markdown templates and partials a `--template` folder can override. */
export async function runTemplates(opts: { template?: string; json?: boolean }, ctx: CliContext): Promise<number> {
  const templates = listTemplates(opts.template);
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
    return ExitCode.ok;
  }
  const builtIn = builtInTemplateDir();
  ctx.stdout.write(`Templates in ${builtIn}${opts.template ? `, with overrides from ${opts.template}` : ''}:\n`);
  for (const t of templates) {
    const name = t.kind === 'main' ? `${t.name} (the main template)` : relative(builtIn, t.path.startsWith(builtIn) ? t.path : `${builtIn}/partials/${t.name}`);
    ctx.stdout.write(`\n  ${name}${t.overridden ? `  [overridden by ${t.path}]` : ''}\n      ${t.description}\n`);
  }
  ctx.stdout.write(
    '\nTo change one, copy it into a folder of your own, edit it, and render with --template <folder>;\n' +
      'files you leave out keep the built-in version. Partials are included as {{> name}}.\n',
  );
  return ExitCode.ok;
}
