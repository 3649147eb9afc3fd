import { Chalk } from 'chalk';
import { checkEnvironment } from '../../doctor/check-environment.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface DoctorCliOptions {
  out?: string;
  json?: boolean;
}

export async function runDoctor(opts: DoctorCliOptions, ctx: CliContext): Promise<number> {
  const results = await checkEnvironment(opts.out === undefined ? {} : { outDir: opts.out });
  const problems = results.filter((r) => !r.ok).length;
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ version: 1, ok: problems === 0, checks: results.map((r) => ({ id: r.id, label: r.label, ok: r.ok, detail: r.detail, fix: r.fix ?? null })) }, null, 2)}\n`);
  } else {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const width = Math.max(...results.map((r) => r.label.length));
    for (const r of results) {
      ctx.stdout.write(`${r.ok ? c.green('ok     ') : c.red.bold('PROBLEM')}  ${r.label.padEnd(width)}  ${r.detail}\n`);
      if (r.fix) ctx.stdout.write(`${' '.repeat(9 + width + 2)}${c.green('fix:')} ${r.fix}\n`);
    }
    ctx.stdout.write(problems === 0 ? `\nAll ${results.length} checks passed.\n` : `\n${problems} of ${results.length} checks found a problem.\n`);
  }
  return problems === 0 ? ExitCode.ok : ExitCode.failure;
}
