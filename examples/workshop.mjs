// A workshop in one script: every participant gets a starting plan for their own municipality,
// made from an example plan and checked; the trainer gets a preview for the projector, an exercise
// with mistakes to find, and all the plans rendered to Markdown and PDF with an index.
//
//   npm run build                       (once, in a checkout; not needed for an installed package)
//   node examples/workshop.mjs [folder] (default folder: workshop-out)
//
// Adapt the three constants below. Everything comes from the roma-plan library; nothing here is
// special to this script.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyOverrides,
  applyOverridesToText,
  buildView,
  loadPlanText,
  parseOverride,
  readExample,
  renderMarkdown,
  renderPdf,
  runBatch,
  validatePlan,
} from 'roma-plan';

/** The example every participant starts from (`roma-plan new --list` shows them all). */
const EXAMPLE = 'novi-becej-sr';
/** One entry per participant: who, and the municipality their plan is for. */
const PARTICIPANTS = [
  { participant: 'Jelena', municipality: 'Bečej', region: 'Južnobački okrug' },
  { participant: 'Dragan', municipality: 'Kikinda', region: 'Severnobanatski okrug' },
  { participant: 'Mirjana', municipality: 'Zrenjanin', region: 'Srednjebanatski okrug' },
  { participant: 'Stefan', municipality: 'Pančevo', region: 'Južnobanatski okrug' },
];
/** The same for everyone: a fresh draft, dated for the workshop so every run gives the same files. */
const COMMON = ['plan.status=draft', 'plan.version="0.1"'];
const DATE = '2026-03-01';

const out = process.argv[2] ?? 'workshop-out';
const example = await readExample(EXAMPLE);

// 1. One starting plan per participant: the example with their municipality, checked like any plan.
await mkdir(join(out, 'plans'), { recursive: true });
const plans = [];
for (const p of PARTICIPANTS) {
  const overrides = [
    `municipality.name=${p.municipality}`,
    `municipality.region=${p.region}`,
    `plan.title="Lokalni akcioni plan za inkluziju Roma i Romkinja, ${p.municipality} 2026-2029"`,
    ...COMMON,
  ].map(parseOverride);
  const file = join(out, 'plans', `${slug(p.municipality)}.yaml`);
  const loaded = loadPlanText(example, file, { transform: (data) => applyOverrides(data, overrides) });
  if (!loaded.ok) {
    for (const i of loaded.issues) console.error(`${file}:${i.line ?? 1}:${i.column ?? 1} ${i.code} ${i.message}`);
    process.exitCode = 1;
    continue;
  }
  // The file keeps the example's comments, so participants see what each field is for.
  await writeFile(file, applyOverridesToText(example, overrides).text);
  plans.push({ ...p, file, plan: loaded.plan, issues: loaded.issues });
  console.log(`${p.participant}: ${file}`);
}

// 2. A preview of the first plan for the projector, rendered directly from the building blocks.
const first = plans[0];
if (first) {
  const view = buildView(first.plan, { date: DATE, issues: first.issues });
  await writeFile(join(out, 'preview.md'), renderMarkdown(view));
  await writeFile(join(out, 'preview.pdf'), await renderPdf(view, { date: DATE }));
  console.log(`preview: ${join(out, 'preview.pdf')} (${view.meta.municipality}, ${view.budget.total.text})`);

  // 3. An exercise: the same plan with three mistakes; validatePlan says what the groups must find.
  const broken = structuredClone(first.plan);
  broken.plan.period.to = broken.plan.period.from - 1;
  broken.monitoring.frequency = 'sometimes';
  delete broken.governance.coordinator;
  const found = validatePlan(broken).issues.filter((i) => i.severity === 'error');
  const lines = found.map((i) => `- \`${i.path}\`: ${i.message}${i.hint ? `. Hint: ${i.hint}` : ''}`);
  await writeFile(join(out, 'exercise-answers.md'), `# What is wrong with this plan?\n\n${lines.join('\n')}\n`);
  console.log(`exercise: ${found.length} errors to find, answers in ${join(out, 'exercise-answers.md')}`);
}

// 4. Everything at once, in parallel, with an index for the wall: what a trainer runs after each session.
const report = await runBatch([join(out, 'plans')], { outDir: join(out, 'rendered'), formats: ['md', 'pdf'], date: DATE, force: true });
const s = report.summary;
console.log(`rendered ${s.rendered} of ${s.plans} plans (${s.invalid} invalid, ${s.failed} failed): ${join(out, 'rendered', 'index.md')}`);
if (s.invalid + s.failed > 0) process.exitCode = 1;

/** 'Pančevo' -> 'pancevo': a file name that works on every participant's computer. */
function slug(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
