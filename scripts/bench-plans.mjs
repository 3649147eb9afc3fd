// The plans the batch benchmarks render: made from the four examples (hu, mk, sr, en) with the
// variations a trainer's or an NGO's --set values would give (name, population, title, version,
// and for every other plan the status). Shared by bench.mjs and bench-tagged.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `count` valid plans into `plansDir/<language>/`; throws if any does not validate. */
export function generatePlans(lib, root, plansDir, count) {
  const bin = join(root, 'bin', 'roma-plan.js');
  const names = ['pecs-hu', 'kumanovo-mk', 'novi-becej-sr', 'ostrava-en'];
  const texts = Object.fromEntries(names.map((n) => [n, readFileSync(join(root, 'examples', `${n}.yaml`), 'utf8')]));
  // Each example becomes a template once (the library's own --set editing, with placeholders), then
  // every plan fills the placeholders in.
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
  for (let i = 0; i < count; i++) {
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
}
