import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { packagePath, packageRoot } from '../io/package-paths.js';
import { loadPlan } from '../plan/load.js';
import { failed, passed, type CheckResult } from './check-result.js';

const REINSTALL = 'Reinstall roma-plan (npm ci in a checkout, or npm install -g roma-plan); the package files are incomplete or changed.';

/** Where the package keeps what these checks read; tests point them elsewhere. */
export interface ResourcePaths {
  schemaFile?: string;
  templateDir?: string;
  /** A complete plan rendered end to end (default: examples/pecs-hu.yaml, shipped with the package). */
  samplePlan?: string;
}

const shown = (path: string): string => (path.startsWith(packageRoot) ? relative(packageRoot, path) : path);

/** The published schema parses, compiles with ajv in strict mode and accepts the sample plan. */
export async function checkSchemaFile(paths: ResourcePaths = {}): Promise<CheckResult> {
  const file = paths.schemaFile ?? packagePath('schemas', 'plan.schema.json');
  const label = 'Plan schema';
  let schema: unknown;
  try {
    schema = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `is not valid JSON (${err.message})` : `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    return failed('schema', label, `${shown(file)} ${why}`, REINSTALL);
  }
  const [{ Ajv2020 }, formats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  formats.default.default(ajv);
  let validate;
  try {
    validate = ajv.compile(schema as object);
  } catch (err) {
    return failed('schema', label, `${shown(file)} does not compile: ${err instanceof Error ? err.message : String(err)}`, REINSTALL);
  }
  const sample = await loadPlan(paths.samplePlan ?? packagePath('examples', 'pecs-hu.yaml'));
  if (sample.data !== undefined && !validate(sample.data)) {
    return failed('schema', label, `${shown(file)} rejects the sample plan ${shown(sample.file)}: ${validate.errors?.[0]?.instancePath} ${validate.errors?.[0]?.message}`, REINSTALL);
  }
  return passed('schema', label, `${shown(file)} compiles and accepts ${basename(sample.file)}`);
}

/** The Markdown templates are there, compile, and render the sample plan; then the PDF renders too. */
export async function checkRendering(paths: ResourcePaths = {}): Promise<CheckResult[]> {
  const sample = await loadPlan(paths.samplePlan ?? packagePath('examples', 'pecs-hu.yaml'));
  if (!sample.ok || !sample.plan) {
    const why = `the sample plan ${shown(sample.file)} does not validate (${sample.issues.find((i) => i.severity === 'error')?.code ?? 'unknown'})`;
    return [failed('templates', 'Templates', why, REINSTALL), failed('pdf', 'PDF', why, REINSTALL)];
  }
  const [{ buildView }, templates, { renderMarkdown }] = await Promise.all([
    import('../view/build-view.js'),
    import('../render/markdown/templates.js'),
    import('../render/markdown/render-markdown.js'),
  ]);
  const view = buildView(sample.plan, { issues: sample.issues });
  const out: CheckResult[] = [];
  try {
    const dir = paths.templateDir;
    const list = templates.listTemplates(dir);
    const empty = [];
    for (const t of list) if ((await readFile(t.path, 'utf8')).trim() === '') empty.push(t.name);
    if (empty.length > 0) throw new Error(`empty template files: ${empty.join(', ')}`);
    const markdown = renderMarkdown(view, dir === undefined ? {} : { templateDir: dir });
    out.push(passed('templates', 'Templates', `${list.length} templates in ${shown(dir ?? templates.builtInTemplateDir())}; ${basename(sample.file)} renders to ${markdown.split('\n').length} lines of Markdown`));
  } catch (err) {
    out.push(failed('templates', 'Templates', err instanceof Error ? err.message : String(err), paths.templateDir === undefined ? REINSTALL : 'Fix the template named above, or leave out --template to use the built-in ones.'));
  }
  try {
    const { renderPdf } = await import('../render/pdf/render-pdf.js');
    const pdf = await renderPdf(view);
    out.push(passed('pdf', 'PDF', `${basename(sample.file)} renders to a PDF of ${Math.round(pdf.length / 1024)} KB`));
  } catch (err) {
    out.push(failed('pdf', 'PDF', err instanceof Error ? err.message : String(err), 'Reinstall roma-plan; if this persists, report it with the output of roma-plan doctor --json.'));
  }
  return out;
}
