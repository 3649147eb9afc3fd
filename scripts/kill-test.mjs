// The reliability promise, tested the hard way: `roma-plan batch` is killed with SIGKILL at random
// moments, and every Markdown and PDF file it left in the output folder must be complete. Run
// `npm run build` first; test/batch/kill.test.ts runs this script.
//
//   node scripts/kill-test.mjs [--kills 20] [--plans 200] [--jobs 2] [--seed n] [--from plan.yaml ...] [--json] [--keep]
//
// 1. --plans plans are made from the --from plans (default: the examples), each with its own title
//    and municipality name, so that a file holding another plan's output would be caught.
// 2. A reference run renders them all to Markdown and PDF and gives the batch's normal duration.
//    Its Markdown must equal a fresh in-process render of each plan, its PDFs must parse (pdfinfo).
// 3. --kills times, `roma-plan batch` is started and killed with SIGKILL at a random moment between
//    0.2 s and 95 % of the normal duration. Odd kills start in a fresh folder (no --force: each name
//    is created), even kills run again into the previous folder with --force (each file replaced).
//    After each kill, every file in the folder is checked: a plan's .md and .pdf must be byte for
//    byte the reference (a PDF that is not must still start with %PDF-, end with %%EOF and parse
//    with pdfinfo), index.md and report.json too if the run got that far, and nothing else may be
//    there but writeFileAtomic's dot-prefixed temporary files, which are counted, and the run's
//    folder lock (.report.json.lock), which the next run takes over.
// 4. A recovery run into the folder with the most temporary files (else the last one), once they
//    are over a minute old, must complete every output and remove them.
// Exits with 1 when anything corrupt or unexpected was found.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'roma-plan.js');
const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    plans: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '2' },
    seed: { type: 'string' },
    from: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const KILLS = Number(args.kills);
const PLANS = Number(args.plans);
const JOBS = String(Number(args.jobs));
const SEED = args.seed === undefined ? Date.now() % 2 ** 31 : Number(args.seed);
const sources = (args.from ?? readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join('examples', f))).map((f) => join(root, f));
// With --json the last line of stdout is the summary; the narration goes to stderr.
const say = (line) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

const lib = await import(new URL('../dist/index.js', import.meta.url).href).catch((err) => {
  throw new Error('dist/ is missing or broken: run `npm run build` first', { cause: err });
});
try {
  execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('pdfinfo is missing: install poppler-utils (apt-get install -y poppler-utils)');
}

/** mulberry32: a small seeded generator, so that a failing run can be replayed with --seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = random(SEED);

const work = mkdtempSync(join(tmpdir(), 'roma-plan-kill-'));
const plansDir = join(work, 'plans');
mkdirSync(plansDir);

// 1. The plans.
const texts = sources.map((file) => ({ stem: basename(file).replace(/\.(ya?ml|json)$/, ''), text: readFileSync(file, 'utf8') }));
for (let i = 0; i < PLANS; i++) {
  const { stem, text } = texts[i % texts.length];
  const plan = lib.loadPlanText(text).plan;
  if (!plan) throw new Error(`${stem} does not validate`);
  const n = String(i + 1).padStart(4, '0');
  const sets = [`plan.title="${plan.plan.title.replace(/"/g, "'")} (${n})"`, `municipality.name="${plan.municipality.name} ${n}"`];
  const varied = lib.applyOverridesToText(text, sets.map(lib.parseOverride));
  if (varied.issues.length > 0) throw new Error(`plan ${n}: ${varied.issues[0].message}`);
  writeFileSync(join(plansDir, `${stem}-${n}.yaml`), varied.text);
}

/** Runs the batch into `out`; kills it with SIGKILL after `killAfter` ms unless it ends first. */
function batch(out, { force, killAfter }) {
  const argv = [bin, 'batch', plansDir, '--out', out, '--format', 'md,pdf', '--jobs', JOBS, ...(force ? ['--force'] : [])];
  const started = performance.now();
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started, stderr });
    });
  });
}

// 2. The reference run.
const refDir = join(work, 'reference');
const ref = await batch(refDir, { force: false });
if (ref.code !== 0) throw new Error(`the reference run failed (exit ${ref.code}):\n${ref.stderr.slice(-2000)}`);
const report = JSON.parse(readFileSync(join(refDir, 'report.json'), 'utf8'));
if (report.summary.rendered !== PLANS) throw new Error(`the reference run rendered ${report.summary.rendered} of ${PLANS} plans`);
/** Output path relative to the folder -> its reference bytes. */
const expected = new Map();
for (const name of ['index.md', 'report.json']) expected.set(name, readFileSync(join(refDir, name)));
let freshlyCompared = 0;
for (const p of report.plans) {
  const md = readFileSync(join(refDir, p.outputs.md));
  const pdf = readFileSync(join(refDir, p.outputs.pdf));
  const loaded = await lib.loadPlan(p.file);
  const fresh = lib.renderMarkdown(lib.buildView(loaded.plan, { issues: loaded.issues }));
  if (!md.equals(Buffer.from(fresh))) throw new Error(`${p.outputs.md} of the reference run differs from a fresh render of ${p.file}`);
  freshlyCompared++;
  const problem = pdfProblem(pdf, join(refDir, p.outputs.pdf));
  if (problem) throw new Error(`${p.outputs.pdf} of the reference run: ${problem}`);
  expected.set(p.outputs.md, md);
  expected.set(p.outputs.pdf, pdf);
}
const normalMs = ref.ms;
say(`roma-plan kill test: ${PLANS} plans from ${texts.map((t) => t.stem).join(', ')}, --jobs ${JOBS}, seed ${SEED}`);
say(`reference run: ${(normalMs / 1000).toFixed(1)} s; ${freshlyCompared} Markdown files equal a fresh render, ${report.plans.length} PDFs parse with pdfinfo`);

/** Why a PDF is not a complete PDF, or undefined. */
function pdfProblem(bytes, file) {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'does not start with %PDF-';
  if (!/%%EOF\s*$/.test(bytes.subarray(-32).toString('latin1'))) return 'does not end with %%EOF';
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (!/^Pages:\s+[1-9]/m.test(info)) return 'pdfinfo finds no pages';
  } catch (err) {
    return `pdfinfo cannot parse it (${String(err.stderr ?? err.message).trim().split('\n')[0]})`;
  }
  return undefined;
}

const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Every temporary file seen after a kill, by path (a later kill may see it again). */
const temporaryFiles = new Set();

/** Checks every file in an output folder against the reference. */
function checkFolder(dir) {
  const found = { md: 0, pdf: 0, reports: 0, temporary: 0, notIdentical: 0, corrupt: [] };
  // A kill before the batch created its output folder leaves nothing to check, which is fine.
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const name = relative(dir, file).split('\\').join('/');
    if (TEMP_FILE.test(entry.name)) {
      found.temporary++;
      temporaryFiles.add(file);
      continue;
    }
    // The output folder's lock of the killed run; the next run takes it over (its pid is gone).
    if (entry.name === '.report.json.lock' && entry.parentPath === dir) continue;
    const want = expected.get(name);
    if (want === undefined) {
      found.corrupt.push(`${name}: not an output of this batch`);
      continue;
    }
    const bytes = readFileSync(file);
    if (name.endsWith('.pdf')) {
      found.pdf++;
      if (bytes.equals(want)) continue;
      // Not the reference bytes: still acceptable only as a complete PDF (it never happened so far).
      const problem = pdfProblem(bytes, file);
      if (problem) found.corrupt.push(`${name}: ${problem} (${bytes.length} of ${want.length} bytes)`);
      else found.notIdentical++;
    } else {
      if (name === 'index.md' || name === 'report.json') found.reports++;
      else found.md++;
      if (!bytes.equals(want)) found.corrupt.push(`${name}: ${bytes.length} bytes, not the ${want.length} bytes of a complete render`);
    }
  }
  return found;
}

// 3. The kills.
const totals = { kills: 0, finishedFirst: 0, md: 0, pdf: 0, reports: 0, notIdentical: 0, corrupt: [] };
let dir = '';
/** Output folder -> temporary files in it after its last kill. */
const leftIn = new Map();
const latest = Math.max(300, normalMs * 0.95);
for (let k = 1; k <= KILLS; k++) {
  const fresh = k % 2 === 1;
  if (fresh) dir = join(work, `run-${String(k).padStart(2, '0')}`);
  const at = 200 + rng() * (latest - 200);
  const run = await batch(dir, { force: !fresh, killAfter: at });
  const killed = run.signal === 'SIGKILL';
  if (killed) totals.kills++;
  else totals.finishedFirst++;
  if (!killed && run.code !== 0) totals.corrupt.push(`kill ${k}: the batch failed on its own (exit ${run.code}): ${run.stderr.slice(-500)}`);
  const found = checkFolder(dir);
  for (const key of ['md', 'pdf', 'reports', 'notIdentical']) totals[key] += found[key];
  leftIn.set(dir, found.temporary);
  totals.corrupt.push(...found.corrupt.map((c) => `kill ${k}: ${c}`));
  say(
    `kill ${String(k).padStart(2)} at ${(at / 1000).toFixed(2).padStart(5)} s (${fresh ? 'new folder' : '--force over the last one'}): ${killed ? 'killed' : 'had finished'}; ` +
      `${found.md} .md and ${found.pdf} .pdf complete, ${found.temporary} temporary file${found.temporary === 1 ? '' : 's'} in the folder, ${found.corrupt.length} corrupt`,
  );
}

// 4. The recovery run: the killed runs' temporary files, once stale, are removed.
dir = [...leftIn].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [dir, leftIn.get(dir) ?? 0])[0];
const old = new Date(Date.now() - 120_000);
let staleBefore = 0;
for (const entry of existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }) : []) {
  if (entry.isFile() && TEMP_FILE.test(entry.name)) {
    utimesSync(join(entry.parentPath, entry.name), old, old);
    staleBefore++;
  }
}
const recovery = await batch(dir, { force: true });
const after = checkFolder(dir);
const recovered = recovery.code === 0 && after.md === PLANS && after.pdf === PLANS && after.reports === 2 && after.temporary === 0 && after.corrupt.length === 0;
if (!recovered) totals.corrupt.push(`recovery run: exit ${recovery.code}, ${after.md} .md, ${after.pdf} .pdf, ${after.reports} reports, ${after.temporary} temporary files left; ${after.corrupt.join('; ')}`);
say(`recovery run over ${relative(work, dir)}: ${staleBefore} stale temporary files before, ${after.temporary} after; ${after.md} .md and ${after.pdf} .pdf complete`);

const summary = {
  seed: SEED,
  plans: PLANS,
  jobs: Number(JOBS),
  normalSeconds: Number((normalMs / 1000).toFixed(1)),
  kills: totals.kills,
  finishedBeforeKill: totals.finishedFirst,
  filesChecked: totals.md + totals.pdf + totals.reports,
  markdownChecked: totals.md,
  pdfChecked: totals.pdf,
  reportsChecked: totals.reports,
  pdfNotIdentical: totals.notIdentical,
  temporaryFilesLeft: temporaryFiles.size,
  staleRemovedByRecovery: staleBefore - after.temporary,
  recovered,
  corrupt: totals.corrupt.length,
  problems: totals.corrupt.slice(0, 20),
};
say(
  `\n${summary.kills} kills (${summary.finishedBeforeKill} runs finished before their kill), ${summary.filesChecked} files checked ` +
    `(${summary.markdownChecked} .md, ${summary.pdfChecked} .pdf, ${summary.reportsChecked} reports), corrupt found: ${summary.corrupt}; ` +
    `${summary.temporaryFilesLeft} temporary files left by kills (dot-files, never an output name)`,
);
for (const p of summary.problems) say(`  ${p}`);
if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
if (args.keep) say(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = summary.corrupt === 0 ? 0 : 1;
