import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { RomaPlanError } from '../../errors.js';
import { packagePath } from '../../io/package-paths.js';

/** The main template; every other template is a partial named after its file (`cover.md.hbs` -> `cover`). */
export const MAIN_TEMPLATE = 'plan.md.hbs';
const EXTENSION = '.md.hbs';

export interface TemplateInfo {
  /** File name, e.g. 'cover.md.hbs'; the name a `--template` folder overrides it by. */
  name: string;
  /** 'main' for plan.md.hbs; partials are included as `{{> cover}}`. */
  kind: 'main' | 'partial';
  /** What the template renders (its opening comment). */
  description: string;
  /** Where it was read from: inside the package, or the override folder. */
  path: string;
  /** True when it comes from the `--template` folder. */
  overridden: boolean;
}

/** The folder of the built-in templates, resolved from src/ and dist/ alike. */
export const builtInTemplateDir = (): string => packagePath('templates');

/**
 * The built-in templates and partials, with each replaced by a file of the same name in
 * `templateDir` (directly in it or in its `partials/` folder) when there is one. Extra `*.md.hbs`
 * files there become partials too, so an override can include partials of its own.
 */
export function listTemplates(templateDir?: string): TemplateInfo[] {
  return resolveTemplates(templateDir).map((t) => ({ ...t, description: describe(t.path) }));
}

/** As listTemplates, without reading the files (the renderer reads them once when compiling). */
export function resolveTemplates(templateDir?: string): Omit<TemplateInfo, 'description'>[] {
  const builtIn = builtInTemplateDir();
  const files = new Map<string, { path: string; overridden: boolean }>();
  files.set(MAIN_TEMPLATE, { path: join(builtIn, MAIN_TEMPLATE), overridden: false });
  for (const name of templateFiles(join(builtIn, 'partials'))) files.set(name, { path: join(builtIn, 'partials', name), overridden: false });
  if (templateDir !== undefined) {
    checkTemplateDir(templateDir);
    const own = [
      ...templateFiles(join(templateDir, 'partials')).map((n) => [n, join(templateDir, 'partials', n)] as const),
      ...templateFiles(templateDir).map((n) => [n, join(templateDir, n)] as const),
    ];
    // A file directly in the folder wins over one in its partials/ folder: it is listed last.
    for (const [name, path] of own) files.set(name, { path, overridden: true });
  }
  return [...files.entries()]
    .sort(([a], [b]) => (a === MAIN_TEMPLATE ? -1 : b === MAIN_TEMPLATE ? 1 : a.localeCompare(b)))
    .map(([name, { path, overridden }]) => ({ name, kind: name === MAIN_TEMPLATE ? 'main' : 'partial', path, overridden }));
}

/** The partial name of a template file: 'area.md.hbs' -> 'area'. */
export const partialName = (file: string): string => file.slice(0, -EXTENSION.length);

/** The template files of a folder; a symbolic link to a file counts as the file it points to. */
function templateFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const isFile = (e: Dirent) => e.isFile() || (e.isSymbolicLink() && (statSync(join(dir, e.name), { throwIfNoEntry: false })?.isFile() ?? false));
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name.endsWith(EXTENSION) && isFile(e))
    .map((e) => e.name)
    .sort();
}

function checkTemplateDir(dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new RomaPlanError('TEMPLATE_DIR_NOT_FOUND', `template folder ${dir} does not exist`, { file: dir, hint: 'Give the folder that holds your *.md.hbs files; `roma-plan templates` lists the names you can override.' });
  }
  if (!isDir) throw new RomaPlanError('TEMPLATE_DIR_NOT_FOUND', `${dir} is not a folder`, { file: dir, hint: '--template takes a folder of *.md.hbs files, not a single file.' });
  if (templateFiles(dir).length === 0 && templateFiles(join(dir, 'partials')).length === 0) {
    throw new RomaPlanError('TEMPLATE_DIR_EMPTY', `template folder ${dir} holds no *.md.hbs files`, { file: dir, hint: 'Name each file after the built-in template it replaces; `roma-plan templates` lists them.' });
  }
}

/** The opening `{{!-- ... --}}` comment of a template, as one line. */
function describe(path: string): string {
  const source = readFileSync(path, 'utf8');
  const m = /^\s*\{\{!--([\s\S]*?)--\}\}/.exec(source) ?? /^\s*\{\{!([\s\S]*?)\}\}/.exec(source);
  return m ? m[1]!.replace(/\s+/g, ' ').trim() : '';
}
