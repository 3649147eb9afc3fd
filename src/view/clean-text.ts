/*
 * Characters that have no business in a printed plan and can only do harm: C0 and C1 control
 * characters (a bell, or an ANSI escape such as `\u001b[31m` pasted from a terminal), a byte order
 * mark inside the text, and the bidi embeddings, overrides and isolates that reorder what follows
 * them (U+202E makes "gpj.exe" read "exe.jpg"). Newline and tab stay; so do right-to-left letters,
 * the left-to-right and right-to-left marks, joiners and combining marks, which real text needs.
 * YAML and JSON both let these characters in through escapes ("\e", "\u202e").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Half of a surrogate pair without the other half: no encoding can write it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Either of the above; not global, so that testing it keeps no state between calls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /\r\n?/g;
/**
 * A terminal escape sequence pasted with the text (a colour such as `\u001b[31m`, a window title):
 * removed whole, so that no `[31m` is left behind by removing its ESC alone.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/g;

/**
 * The text without unwanted characters (see above). A carriage return is a line break written the
 * Windows or old Mac way, so `\r\n` and a lone `\r` become `\n` rather than vanishing; a lone
 * surrogate, which no encoding can write, becomes U+FFFD as it would in any UTF-8 file.
 */
export function cleanText(text: string): string {
  if (!ANY_UNWANTED.test(text)) return text;
  return text.replace(LINE_BREAK, '\n').replace(ESCAPE_SEQUENCE, '').replace(UNWANTED, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A copy of plain data (objects, arrays, strings, numbers) with `fn` applied to every string value;
 * keys are left alone. Objects and arrays in which nothing changed are returned as they are, so a
 * plan without a single odd character costs a walk, not a copy.
 */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  return mapValue(value, fn) as T;
}

function mapValue(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = mapValue(item, fn);
      if (mapped !== item) (out ??= value.slice())[i] = mapped;
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const mapped = mapValue(item, fn);
      if (mapped !== item) (out ??= { ...value })[key] = mapped;
    }
    return out ?? value;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The plan (or any part of it) with every string cleaned by cleanText. */
export function cleanStrings<T>(value: T): T {
  return mapStrings(value, cleanText);
}
