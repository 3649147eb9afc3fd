// What tagging costs in a batch: `roma-plan batch <plans> --format md,pdf` of generated plans (see
// bench-plans.mjs), untagged and tagged, run alternately on the same plans; wall time and the
// process's CPU time (user + system of the main thread and every worker thread), best of --runs.
// Run `npm run build` first. Prints figures, asserts nothing.
//
//   node scripts/bench-tagged.mjs [--plans 200] [--runs 3] [--against <built checkout>]
//
// The untagged run is this build with ROMA_PLAN_PDF_UNTAGGED=1, which leaves the structure tree,
// the marked content and the artifacts out and changes nothing else. --against also times the
// tagged batch of another built checkout (for example the previous version) in every round.
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePlans } from './bench-plans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { plans: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' }, against: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const PLANS = Number(args.plans);
const RUNS = Number(args.runs);

const lib = await import(join(root, 'dist', 'index.js'));
const work = mkdtempSync(join(tmpdir(), 'roma-plan-bench-tagged-'));
const plansDir = join(work, 'plans');
generatePlans(lib, root, plansDir, PLANS);

const cpuHook = join(work, 'cpu-time.cjs');
writeFileSync(cpuHook, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.userCPUTime + u.systemCPUTime) / 1e6)); });\n");
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');

const variants = [
  { name: 'untagged', root, env: { ROMA_PLAN_PDF_UNTAGGED: '1' } },
  { name: 'tagged', root, env: {} },
  ...(args.against ? [{ name: `tagged (${args.against})`, root: resolve(args.against), env: {} }] : []),
];
const results = new Map(variants.map((v) => [v.name, []]));
const batch = (v) => {
  const out = join(work, 'out');
  const cpuFile = join(work, 'cpu.txt');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', cpuHook, join(v.root, 'bin', 'roma-plan.js'), 'batch', plansDir, '--out', out, '--format', 'md,pdf', '--force'], {
    encoding: 'utf8',
    env: { ...process.env, ...v.env, BENCH_CPU_FILE: cpuFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${v.name}: batch failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  rmSync(out, { recursive: true, force: true });
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')), load: load() };
};

console.log(`${PLANS} plans, --format md,pdf, Node ${process.version}, ${new Date().toISOString()}, load ${load()}`);
for (let run = 1; run <= RUNS; run++) {
  for (const v of variants) {
    const r = batch(v);
    results.get(v.name).push(r);
    console.log(`run ${run} ${v.name.padEnd(10)} wall ${r.wall.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s, load ${r.load}`);
  }
}
// Best of the runs, as the other figures in BENCHMARKS.md; the median of the rounds' own ratios
// too, since on a shared machine the speed changes from one run to the next.
const best = (rs, key) => Math.min(...rs.map((r) => r[key]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = results.get('untagged');
for (const [name, rs] of results) {
  const cpu = best(rs, 'cpu');
  const ratios = rs.map((r, i) => r.cpu / base[i].cpu);
  const over = (x) => `${((x - 1) * 100).toFixed(0)} %`;
  console.log(`best of ${RUNS}: ${name.padEnd(10)} wall ${best(rs, 'wall').toFixed(1)} s, CPU ${cpu.toFixed(1)} s${name === 'untagged' ? ' (reference)' : `, ${over(cpu / best(base, 'cpu'))} CPU over untagged; per round ${ratios.map(over).join(', ')} (median ${over(median(ratios))})`}`);
}
if (!args.keep) rmSync(work, { recursive: true, force: true });
