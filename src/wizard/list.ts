import { fill } from '../i18n/index.js';
import { formatPath, type PathSegments } from '../plan/issue.js';
import type { Mode, Session } from './session.js';

export interface ListSpec {
  path: PathSegments;
  /** What the list holds, for the edit menu ("Consultations"). */
  title: string;
  /** How many items the plan needs at least (the schema's minItems, or 1 where a rule asks for one). */
  min: number;
  /** The question before the first item of an optional list ("Add a settlement?"). */
  addFirst?: string;
  /** Its default answer. */
  addFirstDefault?: boolean;
  addAnother: string;
  addAnotherDefault?: boolean;
  /** A line shown before each "add another?" and each menu, e.g. the running sum of funding. */
  status?: () => string | undefined;
  /** Asks instead of "add another?" (e.g. one "what next?" for several lists): true adds. */
  ask?: () => Promise<boolean>;
  /** Decides instead of asking "add another?": false stops, true adds, undefined asks. */
  more?: () => boolean | undefined;
  /** The item as the edit menu names it, e.g. "Consultation 2 (2025-10-14)". */
  label: (item: unknown, index: number) => string;
  /** Asks one item at `path` (the item's own path) in the given mode. */
  item: (path: PathSegments, mode: Mode) => Promise<void>;
}

/**
 * A repeatable part of the plan (settlements, consultations, objectives, measures, sources,
 * indicators). New: item after item with "add another?". Fill: completes the items there are.
 * Continue: completes them, then offers to add more. Edit: a menu to change, add or remove items.
 */
export async function askList(s: Session, spec: ListSpec, mode: Mode): Promise<void> {
  const items = () => {
    const v = s.get(spec.path);
    return Array.isArray(v) ? v : [];
  };
  const name = formatPath(spec.path);
  if (mode === 'edit' && items().length > 0) return editMenu(s, spec);

  for (let i = 0; i < items().length; i++) {
    const path = [...spec.path, i];
    const complete = s.errors(path).length === 0;
    await spec.item(path, mode === 'fill' || complete ? 'fill' : 'continue');
  }
  while (items().length < spec.min) await spec.item([...spec.path, items().length], 'new');
  if (mode === 'fill') return;

  for (;;) {
    const first = items().length === 0;
    showStatus(s, spec);
    const decided = spec.more?.();
    if (decided === false) return;
    const more =
      decided ??
      (spec.ask ? await spec.ask() : undefined) ??
      (await s.ask.confirm({
        name: `${name}:add`,
        message: first ? (spec.addFirst ?? spec.addAnother) : spec.addAnother,
        default: first ? (spec.addFirstDefault ?? false) : (spec.addAnotherDefault ?? false),
      }));
    if (!more) return;
    await spec.item([...spec.path, items().length], 'new');
  }
}

async function editMenu(s: Session, spec: ListSpec): Promise<void> {
  const name = formatPath(spec.path);
  const l = s.m.list;
  for (;;) {
    const list = s.get(spec.path);
    const items = Array.isArray(list) ? list : [];
    showStatus(s, spec);
    const choice = await s.ask.select<string>({
      name: `${name}:menu`,
      message: fill(l.menu, { title: spec.title }),
      choices: [
        ...items.map((item, i) => ({ value: `edit:${i}`, name: fill(l.edit, { label: spec.label(item, i) }) })),
        { value: 'add', name: l.add },
        ...(items.length > spec.min ? [{ value: 'remove', name: l.remove }] : []),
        { value: 'done', name: l.done },
      ],
      default: 'done',
    });
    if (choice === 'done') {
      if (items.length >= spec.min) return;
      s.ask.show(fill(l.tooFew, { min: spec.min }));
    } else if (choice === 'add') {
      await spec.item([...spec.path, items.length], 'new');
    } else if (choice === 'remove') {
      const which = await s.ask.select<number>({
        name: `${name}:remove`,
        message: l.removeWhich,
        choices: items.map((item, i) => ({ value: i, name: spec.label(item, i) })),
      });
      const sure = await s.ask.confirm({ name: `${name}:remove-confirm`, message: fill(l.confirmRemove, { label: spec.label(items[which], which) }), default: false });
      if (sure) items.splice(which, 1);
      // An empty optional list is left out of the file rather than written as `[]`.
      if (sure && items.length === 0) s.set(spec.path, undefined);
    } else {
      const i = Number(choice.slice('edit:'.length));
      await spec.item([...spec.path, i], 'edit');
    }
  }
}

function showStatus(s: Session, spec: ListSpec): void {
  const status = spec.status?.();
  if (status !== undefined) s.ask.show(status);
}

/**
 * An optional part asked as a whole (coordination body, community action group, adoption): asks
 * whether there is one, then its fields. Answering no in edit mode removes it.
 */
export async function askOptional(s: Session, path: PathSegments, mode: Mode, question: string, run: (mode: Mode) => Promise<void>): Promise<void> {
  const present = s.get(path) !== undefined;
  if (mode === 'fill' || (mode === 'continue' && present)) {
    if (present) await run(mode);
    return;
  }
  const wanted = await s.ask.confirm({ name: `${formatPath(path)}:add`, message: question, default: present });
  if (!wanted) {
    s.set(path, undefined);
    return;
  }
  await run(present ? mode : 'new');
}
