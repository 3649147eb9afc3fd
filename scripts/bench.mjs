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
//    --loop-sample files and extrapolated to --plans, clearly labelled as such;
// 6. the annual report of the largest example with five years of progress against the plan's own
//    render (Markdown + PDF), in-process warm and as CLI processes;
// 7. collect of 20 filled-in progress workbooks, as a CLI process and in-process.
//
// `--only follow-up` runs 6 and 7 alone (a minute, against half an hour for everything).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePlans } from './bench-plans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'roma-plan.js');
const { values: args } = parseArgs({
  options: { plans: { type: 'string', default: '1000' }, 'loop-sample': { type: 'string', default: '50' }, runs: { type: 'string', default: '7' }, keep: { type: 'boolean', default: false }, only: { type: 'string', default: 'all' } },
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

const wall = (argv) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
};
// CPU time (user + system) of a fresh process, from a --require hook at its exit: on a busy shared
// machine it varies much less than the wall time, which includes waiting for a core.
const cpuHook = join(work, 'cpu-time.cjs');
writeFileSync(cpuHook, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.BENCH_CPU_FILE, String((u.userCPUTime + u.systemCPUTime) / 1000)); });\n");
const cpuOf = (argv) => {
  const file = join(work, 'cpu-time.txt');
  const r = spawnSync(process.execPath, ['--require', cpuHook, ...argv], { encoding: 'utf8', env: { ...process.env, BENCH_CPU_FILE: file } });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  return Number(readFileSync(file, 'utf8'));
};
const timeIt = async (fn, n = 15) => {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
};

if (args.only !== 'follow-up') {
  // 1. Start-up.
  const bare = median(Array.from({ length: RUNS }, () => wall(['-e', '0'])));
  const help = median(Array.from({ length: RUNS }, () => wall([bin, '--help'])));
  row('start-up: node -e 0', ms(bare), `median of ${RUNS}`);
  row('start-up: roma-plan --help', ms(help), `+${ms(help - bare)} over bare node`);

  // 2. Validate one plan in-process.
  const example = join(root, 'examples', 'pecs-hu.yaml');
  let t = performance.now();
  const loaded = await lib.loadPlan(example);
  const firstLoad = performance.now() - t;
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
  generatePlans(lib, root, plansDir, PLANS);
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
  console.log(`\nbatch summaries: ${both.summary} / ${mdOnly.summary}\n`);

}

// 6. The annual report with five years of progress against the plan's own render.
{
  const { stringify, parse } = await import('yaml');
  const { loadReport } = await import(join(root, 'dist', 'report', 'load-report.js'));
  const { renderDocumentMarkdown } = await import(join(root, 'dist', 'render', 'markdown', 'render-document.js'));
  const { renderDocumentPdf } = await import(join(root, 'dist', 'render', 'pdf', 'render-document.js'));
  const { collectProgress } = lib;
  const planFile = join(root, 'examples', 'pecs-hu.yaml');
  const planText = readFileSync(planFile, 'utf8');
  const plan = lib.loadPlanText(planText).plan;
  const { from, to } = plan.plan.period;
  const measures = Object.values(plan.areas).flatMap((a) => (a.objectives ?? []).flatMap((o) => o.measures));
  const years = [];
  for (let y = from; y <= to; y++) {
    const share = (y - from + 1) / (to - from + 1);
    years.push({
      year: y,
      measures: measures.map((m, i) => ({
        measure: m.id,
        status: i % 5 === 0 && y > from ? 'delayed' : 'on-track',
        implemented: `Work done in ${y} as planned for the year.`,
        spent: (m.cost.sources ?? []).map((src) => ({ type: src.type, ...(src.name ? { name: src.name } : {}), amount: Math.round((src.amount / (to - from + 1)) * (i % 5 === 0 ? 0.6 : 1)) })),
        reached: { total: 100 + i, roma: 80 + i, women: 50 },
        indicators: m.indicators.map((ind, k) => ({ indicator: k + 1, value: ind.baseline + (ind.target - ind.baseline) * share * 0.9, date: `${y}-12-31`, source: 'Annual monitoring' })),
        ...(i % 5 === 0 && y > from ? { deviation: 'Procurement took longer than planned.', correctiveAction: 'A second call is published.' } : {}),
        ...(i % 7 === 0 ? { community: { by: 'Community action group', rating: 'delayed', comment: 'Slower than the official report says.' } } : {}),
      })),
    });
  }
  const reportDir = join(work, 'report');
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'pecs-hu.yaml'), planText);
  const progressFile = join(reportDir, 'pecs-hu.progress.yaml');
  writeFileSync(progressFile, stringify({ schemaVersion: 1, plan: { file: 'pecs-hu.yaml' }, years }));
  const checked = await lib.loadProgress(progressFile);
  if (!checked.ok) throw new Error(`the generated progress file is not valid: ${checked.issues.find((i) => i.severity === 'error')?.message}`);

  const planAll = async () => {
    const l = await lib.loadPlan(join(reportDir, 'pecs-hu.yaml'));
    const v = lib.buildView(l.plan, { issues: l.issues });
    lib.renderMarkdown(v);
    await lib.renderPdf(v);
  };
  const reportAll = async () => {
    const r = await loadReport(join(reportDir, 'pecs-hu.yaml'), progressFile, { year: to });
    renderDocumentMarkdown(r.document);
    await renderDocumentPdf(r.document);
  };
  await planAll();
  await reportAll();
  const planMs = await timeIt(planAll, 7);
  const reportMs = await timeIt(reportAll, 7);
  row('plan pecs-hu: load + view + Markdown + PDF, warm', ms(planMs), 'median of 7, in-process');
  row(`report pecs-hu ${to}, five years of progress: same, warm`, ms(reportMs), `${(reportMs / planMs).toFixed(2)}x the plan's render`);
  const cliRender = median(Array.from({ length: RUNS }, () => wall([bin, 'render', join(reportDir, 'pecs-hu.yaml'), '--out', join(reportDir, 'out'), '--force'])));
  const cliReport = median(Array.from({ length: RUNS }, () => wall([bin, 'report', join(reportDir, 'pecs-hu.yaml'), progressFile, '--out', join(reportDir, 'out'), '--force'])));
  const cpuRender = median(Array.from({ length: RUNS }, () => cpuOf([bin, 'render', join(reportDir, 'pecs-hu.yaml'), '--out', join(reportDir, 'out'), '--force'])));
  const cpuReport = median(Array.from({ length: RUNS }, () => cpuOf([bin, 'report', join(reportDir, 'pecs-hu.yaml'), progressFile, '--out', join(reportDir, 'out'), '--force'])));
  row('roma-plan render pecs-hu (md + pdf), process', `${ms(cliRender)} wall, ${ms(cpuRender)} CPU`, `median of ${RUNS}`);
  row('roma-plan report pecs-hu (md + pdf), five years, process', `${ms(cliReport)} wall, ${ms(cpuReport)} CPU`, `${(cliReport / cliRender).toFixed(2)}x the render (CPU ${(cpuReport / cpuRender).toFixed(2)}x)`);

  // 7. collect of 20 workbooks: pecs-hu with its 22 measures led by 20 institutions.
  const data = parse(planText);
  let n = 0;
  for (const area of Object.values(data.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.lead = `Institution ${String((n++ % 20) + 1).padStart(2, '0')}`;
  const collectDir = join(work, 'collect');
  const sheetsDir = join(collectDir, 'sheets');
  mkdirSync(collectDir, { recursive: true });
  const plan20 = join(collectDir, 'plan-20.yaml');
  writeFileSync(plan20, stringify(data));
  const year = from + 1;
  const made = spawnSync(process.execPath, [bin, 'sheets', plan20, '--year', String(year), '--out', sheetsDir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`sheets failed: ${made.stderr}`);
  const { default: ExcelJS } = await import('exceljs');
  const files = readdirSync(sheetsDir).filter((f) => f.endsWith('.xlsx'));
  if (files.length !== 20) throw new Error(`expected 20 workbooks, got ${files.length}`);
  for (const f of files) {
    // Filled in as an institution would: a status, the spending, people and every indicator value.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sheetsDir, f));
    const [, m, ind] = wb.worksheets;
    const keys = (ws) => ws.getRow(2).values;
    const mk = keys(m);
    for (let r = 3; r <= m.rowCount; r++) {
      mk.forEach((k, c) => {
        const cell = m.getRow(r).getCell(c);
        if (k === 'status') cell.value = 'Terv szerint halad';
        else if (k === 'implemented') cell.value = 'Megvalósult a tervek szerint.';
        else if (String(k).startsWith('spent:') && cell.protection?.locked === false) cell.value = 1000000;
        else if (k === 'reached.total') cell.value = 120;
        else if (k === 'reached.roma') cell.value = 90;
      });
    }
    const ik = keys(ind);
    for (let r = 3; r <= ind.rowCount; r++) {
      ik.forEach((k, c) => {
        const cell = ind.getRow(r).getCell(c);
        if (k === 'value') cell.value = 10;
        else if (k === 'date') cell.value = `${year}-12-31`;
        else if (k === 'source') cell.value = 'Nyilvántartás';
      });
    }
    await wb.xlsx.writeFile(join(sheetsDir, f));
  }
  const collectOnce = () => wall([bin, 'collect', sheetsDir, '--plan', plan20, '--year', String(year), '--out', join(collectDir, 'plan-20.progress.yaml'), '--force']);
  const cliCollect = median(Array.from({ length: RUNS }, collectOnce));
  const parsedPlan = (await lib.loadPlan(plan20)).plan;
  const buffers = files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(sheetsDir, f))) }));
  const first = await collectProgress(buffers, parsedPlan, year);
  if (first.issues.length > 0 || first.measures.length !== 22) throw new Error(`collect found ${first.issues.length} issues, ${first.measures.length} measures: ${first.issues[0]?.message}`);
  const inProcess = await timeIt(() => collectProgress(buffers, parsedPlan, year), 7);
  const cpuCollect = median(Array.from({ length: RUNS }, () => cpuOf([bin, 'collect', sheetsDir, '--plan', plan20, '--year', String(year), '--out', join(collectDir, 'plan-20.progress.yaml'), '--force'])));
  row('roma-plan collect, 20 workbooks (22 measures), process', `${ms(cliCollect)} wall, ${ms(cpuCollect)} CPU`, `median of ${RUNS}, start-up included`);
  row('collectProgress, 20 workbooks, warm', ms(inProcess), 'median of 7, in-process');
}

console.log('\nMarkdown table:\n\n| measurement | result | note |\n|---|---|---|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
console.log(`load average at the end: ${load()}, reference loop ${reference()} (lower is a faster machine)`);
if (args.keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
