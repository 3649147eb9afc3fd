// Derives the TypeScript type of the message catalogue from src/i18n/messages/en.json (the
// reference language): every key with the values its ICU message needs. Code can then only use
// real keys and must pass every value. Used by `npm run gen` and by the test that checks the
// committed file is current.
import { IntlMessageFormat } from 'intl-messageformat';

/** ICU argument kinds (intl-messageformat's TYPE enum) that need a number. */
const NUMERIC = new Set([2, 6]); // number, plural
const TEXT = new Set([5]); // select

/** The arguments of one ICU message, by name: 'number', 'text' or 'any'. */
export function messageArguments(message) {
  const args = new Map();
  const put = (name, kind) => {
    const before = args.get(name);
    if (before === undefined || before === 'any') args.set(name, kind);
  };
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.type === 1) put(n.value, 'any');
      else if (NUMERIC.has(n.type)) put(n.value, 'number');
      else if (TEXT.has(n.type)) put(n.value, 'text');
      else if (n.type === 3 || n.type === 4) put(n.value, 'date');
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
  return args;
}

const TYPES = { number: 'number', text: 'string', any: 'string | number', date: 'number | Date' };

export function generateMessageTypes(en) {
  const lines = [
    '// Generated from src/i18n/messages/en.json by `npm run gen`. Do not edit.',
    '',
    '/** Every message key, with the values its English message needs. */',
    'export interface MessageParams {',
  ];
  for (const key of Object.keys(en).sort()) {
    const args = [...messageArguments(en[key]).entries()].sort(([a], [b]) => a.localeCompare(b));
    const body = args.length === 0 ? 'Record<string, never>' : `{ ${args.map(([name, kind]) => `${/^[A-Za-z_]\w*$/.test(name) ? name : JSON.stringify(name)}: ${TYPES[kind]}`).join('; ')} }`;
    lines.push(`  ${JSON.stringify(key)}: ${body};`);
  }
  lines.push('}', '', 'export type MessageKey = keyof MessageParams;', '');
  return lines.join('\n').replace(/"/g, "'");
}
