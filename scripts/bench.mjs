// `npm run bench` (builds first): the figures behind BENCHMARKS.md, measured on this machine.
//
//   node scripts/bench.mjs [--plans 1000] [--loop-sample 50] [--runs 7] [--keep]
//
// 1. start-up: `roma-plan --help` against a bare `node -e 0` (median of --runs fresh processes);
// 2. validate one plan: loadPlan in-process after start-up, first call and warm median;
// 3. render one plan to Markdown and to PDF, warm, in-process (median);
// 4. batch: --plans plans made from the examples with --set-style variations, rendered by the real
//    CLI (`roma-plan batch`) to Markdown and PDF, then to Markdown only: wall time, plans per second
//    and peak memory (getrusage maxRSS of the batch process: the main thread and every worker
//    thread share it, so it is the whole batch);
// 5. the shell loop a user would write without batch (`roma-plan render` once per file), timed on
//    --loop-sample files and extrapolated to --plans, clearly labelled as such.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'roma-plan.js');
const { values: args } = parseArgs({
  options: { plans: { type: 'string', default: '1000' }, 'loop-sample': { type: 'string', default: '50' }, runs: { type: 'string', default: '7' }, keep: { type: 'boolean', default: false } },
});
const PLANS = Number(args.plans);
const SAMPLE = Math.min(Number(args['loop-sample']), PLANS);
const RUNS = Number(args.runs);

const lib = await import(join(root, 'dist', 'index.js'));
const work = mkdtempSync(join(tmpdir(), 'roma-plan-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const s = (x) => `${(x / 1000).toFixed(1)} s`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const rows = [];
const row = (what, figure, note = '') => {
  rows.push([what, figure, note]);
  console.log(`${what.padEnd(52)} ${figure.padEnd(26)} ${note}`);
};

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
// A fixed piece of JavaScript (best of 3): on a shared virtual machine the same code runs at
// different speeds from one minute to the next, and this says how fast the machine was.
const reference = () => {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = process.cpuUsage();
    let x = 0;
    for (let i = 0; i < 1e8; i++) x += i % 7;
    const c = process.cpuUsage(t0);
    if (x < 0) throw new Error('unreachable');
    best = Math.min(best, c.user / 1000);
  }
  return `${best.toFixed(0)} ms`;
};
// Other work on the machine slows every figure down; the load average says how busy it was.
console.log(`roma-plan benchmark: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${mb(totalmem() / 1024)} RAM, ${new Date().toISOString().slice(0, 10)}, load average ${load()}, reference loop ${reference()}\n`);

// 1. Start-up.
const wall = (argv) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
};
const bare = median(Array.from({ length: RUNS }, () => wall(['-e', '0'])));
const help = median(Array.from({ length: RUNS }, () => wall([bin, '--help'])));
row('start-up: node -e 0', ms(bare), `median of ${RUNS}`);
row('start-up: roma-plan --help', ms(help), `+${ms(help - bare)} over bare node`);

// 2. Validate one plan in-process.
const example = join(root, 'examples', 'pecs-hu.yaml');
let t = performance.now();
const loaded = await lib.loadPlan(example);
const firstLoad = performance.now() - t;
const timeIt = async (fn, n = 15) => {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
};
row('validate pecs-hu.yaml (loadPlan), first call', ms(firstLoad), 'in-process, after start-up');
row('validate pecs-hu.yaml (loadPlan), warm', ms(await timeIt(() => lib.loadPlan(example))), 'median of 15');

// 3. Render one plan, warm.
const view = lib.buildView(loaded.plan, { issues: loaded.issues });
row('view (buildView), warm', ms(await timeIt(() => lib.buildView(loaded.plan, { issues: loaded.issues }))), 'median of 15');
lib.renderMarkdown(view);
row('render Markdown (renderMarkdown), warm', ms(await timeIt(() => lib.renderMarkdown(view))), 'median of 15');
await lib.renderPdf(view);
row('render PDF (renderPdf), warm', ms(await timeIt(() => lib.renderPdf(view), 7)), 'median of 7, 22 measures, ~35 pages');

// 4. The batch: plans made from the examples with --set-style variations.
const plansDir = join(work, 'plans');
const names = ['pecs-hu', 'kumanovo-mk', 'novi-becej-sr', 'ostrava-en'];
const texts = Object.fromEntries(names.map((n) => [n, readFileSync(join(root, 'examples', `${n}.yaml`), 'utf8')]));
// Each example becomes a template once (the library's own --set editing, with placeholders), then
// every plan fills the placeholders in: name, population, title, version, and for every other plan
// the status, as a trainer's or an NGO's --set values would.
const templates = Object.fromEntries(
  names.map((n) => {
    const plan = lib.loadPlanText(texts[n]).plan;
    const sets = ['municipality.name=@@NAME@@', 'municipality.population.total=987654321', 'plan.title="@@TITLE@@"', 'plan.version="@@VERSION@@"', 'plan.status=@@STATUS@@'];
    const { text, issues } = lib.applyOverridesToText(texts[n], sets.map(lib.parseOverride));
    if (issues.length > 0) throw new Error(`${n}: ${issues[0].message}`);
    return [n, { text, plan }];
  }),
);
const statuses = ['draft', 'consultation'];
for (let i = 0; i < PLANS; i++) {
  const base = names[i % names.length];
  const { text, plan } = templates[base];
  const status = i % 2 === 1 ? statuses[i % 4 === 1 ? 0 : 1] : plan.plan.status;
  const filled = text
    .replace('@@NAME@@', `${plan.municipality.name} ${i + 1}`)
    .replace('987654321', String(plan.municipality.population.total + i * 7))
    .replace('@@TITLE@@', `${plan.plan.title} (${i + 1})`)
    .replace('@@VERSION@@', `1.${i % 10}`)
    .replace('@@STATUS@@', status);
  const dir = join(plansDir, base.split('-').pop());
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${base}-${String(i + 1).padStart(4, '0')}.yaml`), filled);
}
const check = spawnSync(process.execPath, [bin, 'validate', '--quiet', plansDir], { encoding: 'utf8' });
if (check.status !== 0) throw new Error(`the generated plans do not validate:\n${check.stdout.slice(-2000)}`);
console.log(`\n(${PLANS} plans generated from the 4 examples in ${plansDir}; all valid)\n`);

const preload = join(work, 'max-rss.cjs');
writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
const batch = (formats) => {
  const out = join(work, `out-${formats.replace(',', '-')}`);
  const rssFile = join(work, `rss-${formats}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, bin, 'batch', plansDir, '--out', out, '--format', formats, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const took = performance.now() - t0;
  if (r.status !== 0) throw new Error(`batch failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { took, maxRss: Number(readFileSync(rssFile, 'utf8')), summary: r.stdout.trim().split('\n').pop() };
};
const both = batch('md,pdf');
row(`batch ${PLANS} plans -> Markdown + PDF: wall`, s(both.took), `${(PLANS / (both.took / 1000)).toFixed(1)} plans/s`);
row(`batch ${PLANS} plans -> Markdown + PDF: peak memory`, mb(both.maxRss), 'maxRSS, main + workers');
const mdOnly = batch('md');
row(`batch ${PLANS} plans -> Markdown: wall`, s(mdOnly.took), `${(PLANS / (mdOnly.took / 1000)).toFixed(1)} plans/s`);
row(`batch ${PLANS} plans -> Markdown: peak memory`, mb(mdOnly.maxRss), 'maxRSS, main + workers');

// 5. The shell loop, on a sample.
const loopOut = join(work, 'loop');
const sample = spawnSync('bash', ['-c', `ls "${plansDir}"/*/*.yaml | head -n ${SAMPLE} > "${work}/sample.txt"`]);
if (sample.status !== 0) throw new Error('could not list the sample');
const t1 = performance.now();
const loop = spawnSync('bash', ['-c', `set -e; while read -r f; do node "${bin}" render "$f" --out "${loopOut}" --format md,pdf --force 2>/dev/null; done < "${work}/sample.txt"`], { encoding: 'utf8' });
const loopTook = performance.now() - t1;
if (loop.status !== 0) throw new Error(`the shell loop failed: ${loop.stderr}`);
const perFile = loopTook / SAMPLE;
row(`shell loop, render once per file (${SAMPLE} timed)`, `${ms(perFile)} per plan`, `${(1000 / perFile).toFixed(1)} plans/s`);
row(`shell loop, ${PLANS} plans (extrapolated)`, s(perFile * PLANS), `batch is ${((perFile * PLANS) / both.took).toFixed(1)}x faster`);

console.log('\nMarkdown table:\n\n| measurement | result | note |\n|---|---|---|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
console.log(`\nbatch summaries: ${both.summary} / ${mdOnly.summary}`);
console.log(`load average at the end: ${load()}, reference loop ${reference()} (lower is a faster machine)`);
if (args.keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
