// Times PDF rendering of the largest example inside one warm process (fonts parsed once), as the
// render command and batch workers run it. Run `npm run build` first; prints figures, asserts nothing.
//
//   node scripts/bench-pdf.mjs [runs]
import { readdirSync } from 'node:fs';
import { loadPlan } from '../dist/plan/load.js';
import { renderPdf } from '../dist/render/pdf/render-pdf.js';
import { buildView } from '../dist/view/build-view.js';

const runs = Number(process.argv[2] ?? 30);
const dir = new URL('../examples/', import.meta.url);
const views = [];
for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const loaded = await loadPlan(new URL(name, dir).pathname);
  if (!loaded.ok) throw new Error(`${name} does not validate`);
  const view = buildView(loaded.plan, { issues: loaded.issues });
  const measures = view.areas.reduce((n, a) => n + a.objectives.reduce((m, o) => m + o.measures.length, 0), 0);
  views.push({ name, view, measures });
}
const largest = views.reduce((a, b) => (b.measures > a.measures ? b : a));
const ms = (t0) => performance.now() - t0;

let t0 = performance.now();
const bytes = await renderPdf(largest.view);
const cold = ms(t0);
// Other plans first: a batch worker meets a new plan with the fonts warm but its words unseen.
const firstOfPlan = [];
for (const v of views.filter((v) => v !== largest)) {
  t0 = performance.now();
  await renderPdf(v.view);
  firstOfPlan.push(`${v.name} ${ms(t0).toFixed(0)} ms`);
}
const times = [];
const cpu = [];
for (let i = 0; i < runs; i += 1) {
  t0 = performance.now();
  const c0 = process.cpuUsage();
  await renderPdf(largest.view);
  const c = process.cpuUsage(c0);
  times.push(ms(t0));
  cpu.push((c.user + c.system) / 1000);
}
// CPU time is reported too: on a busy machine wall time mostly measures the other processes.
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(1);
const at = (q) => quantile(times, q);
console.log(`largest example: ${largest.name} (${largest.measures} measures, ${(bytes.length / 1024).toFixed(0)} KiB)`);
console.log(`cold (font parsing included): ${cold.toFixed(0)} ms`);
console.log(`first render of the other examples, warm process: ${firstOfPlan.join(', ')}`);
console.log(`warm, ${runs} runs: median ${at(0.5)} ms, min ${at(0)} ms, p90 ${at(0.9)} ms wall; median ${quantile(cpu, 0.5)} ms CPU`);
