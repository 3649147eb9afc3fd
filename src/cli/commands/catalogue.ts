import { Chalk } from 'chalk';
import { catalogue, countryProfiles, isAreaId, targets } from '../../catalogue/index.js';
import { messagesFor } from '../../i18n/index.js';
import { UsageError } from '../../errors.js';
import { countryProfileLines } from '../catalogue-countries.js';
import type { CliContext } from '../context.js';
import { chosenLanguage } from '../language.js';
import { ExitCode } from '../exit-codes.js';

export async function runCatalogue(section: string | undefined, opts: { json?: boolean; area?: string; lang?: string }, ctx: CliContext): Promise<number> {
  if (opts.area !== undefined && !isAreaId(opts.area)) throw new UsageError(`--area ${opts.area}: not a priority area`, `Use one of: ${catalogue.areas.map((a) => a.id).join(', ')}`);
  const practices = catalogue.practices.filter((p) => opts.area === undefined || (p.areas as string[]).includes(opts.area));
  if (opts.json) {
    const data = section === 'countries' ? countryProfiles : section === 'targets' ? targets : section === 'areas' ? catalogue.areas : section === 'goals' ? catalogue.goals : section === 'eu' ? catalogue.euObjectives : section === 'practices' ? practices : { ...catalogue, practices };
    ctx.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return ExitCode.ok;
  }
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const show = (s: string) => section === undefined || section === s;
  if (show('areas')) {
    out.push(c.bold('Priority areas') + c.dim('  (keys of `areas:`; all seven are required)'));
    for (const a of catalogue.areas) out.push(`  ${String(a.number).padStart(2)}. ${c.cyan(a.id.padEnd(20))} ${a.title}`);
    out.push('');
  }
  if (show('goals')) {
    out.push(c.bold('Policy goals') + c.dim('  (keys of `goals:` and values of a measure\'s `goals:`)'));
    for (const g of catalogue.goals) out.push(`  ${String(g.number).padStart(2)}. ${c.cyan(g.id.padEnd(22))} ${g.title}`);
    out.push('');
  }
  if (show('eu')) {
    out.push(c.bold('EU framework objectives') + c.dim('  (values of a measure\'s `euObjectives:`)'));
    for (const e of catalogue.euObjectives) out.push(`  ${c.cyan(e.id.padEnd(14))} ${e.title}`);
    out.push('');
  }
  if (show('practices')) {
    out.push(c.bold('Good practices') + c.dim('  (values of a measure\'s `practice:`)'));
    for (const p of practices) {
      out.push(`  ${c.cyan(p.id)}  ${c.bold(p.title)}`);
      out.push(`    areas: ${p.areas.join(', ')}; goals: ${p.goals.join(', ')}`);
      out.push(`    ${p.description}`);
      out.push(c.dim(`    source: ${p.source.title}${p.source.publisher ? `, ${p.source.publisher}` : ''}`));
    }
    out.push('');
  }
  if (section === 'targets') {
    // The titles in the language asked for; the sources as they are published.
    const content = messagesFor(chosenLanguage(opts.lang, ctx.env) ?? 'en').content;
    out.push(c.bold('Targets') + c.dim("  (values of an indicator's `contributesTo:`)"));
    for (const target of targets) {
      const framework = target.framework === 'eu-2030' ? content.labels.frameworkEu2030 : content.labels.frameworkPoznan2019;
      out.push(`  ${c.cyan(target.id.padEnd(28))} ${framework}: ${content.targets[target.id]}`);
      out.push(c.dim(`    ${target.source.title}, ${target.source.publisher ?? ''}`.replace(/, $/, '')));
    }
    out.push('');
  }
  // Only when asked for: the profiles are about council decisions, not the plan's ids.
  if (section === 'countries') out.push(...countryProfileLines(chosenLanguage(opts.lang, ctx.env) ?? 'en', c));
  ctx.stdout.write(out.join('\n'));
  return ExitCode.ok;
}
