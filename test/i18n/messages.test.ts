import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { DERIVED_MESSAGES, formatMessage, matchMessageLocale, messageCatalogue, MESSAGE_LOCALES } from '../../src/i18n/messages.js';
import { issueText } from '../../src/plan/issue-text.js';
import { root } from '../helpers/run-cli.js';
import { issueSamples } from './message-samples.js';
// @ts-expect-error plain JavaScript build script without types
import { generateMessageTypes, messageArguments } from '../../scripts/gen-messages-lib.mjs';

const dir = `${root}src/i18n/messages/`;
const read = (tag: string): Record<string, string> => JSON.parse(readFileSync(`${dir}${tag}.json`, 'utf8'));
const en = read('en');
const present = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const args = (message: string): string[] => [...(messageArguments(message) as Map<string, string>).keys()].sort();

/** The codes the README documents, from its "Error codes" and "Warning codes" paragraphs. */
const readme = readFileSync(`${root}README.md`, 'utf8');
const codeSection = readme.slice(readme.indexOf('**Error codes.**'), readme.indexOf('## The documents'));
const documentedCodes = [...new Set([...codeSection.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!))];

describe('the message catalogue (src/i18n/messages)', () => {
  it('has a file only for plan languages', () => {
    expect(present).toContain('en');
    for (const tag of present) expect(MESSAGE_LOCALES, tag).toContain(tag);
  });

  it('has a message and a hint for every code of the README', () => {
    expect(documentedCodes.length).toBeGreaterThan(50);
    const missing = documentedCodes.flatMap((c) => [`${c}.message`, `${c}.hint`]).filter((k) => typeof en[k] !== 'string');
    expect(missing).toEqual([]);
  });

  it('has realistic sample values for every code it words, and no sample for a code it does not', () => {
    const codes = Object.keys(en).filter((k) => k.endsWith('.message')).map((k) => k.slice(0, -'.message'.length));
    expect(Object.keys(issueSamples).sort()).toEqual(codes.sort());
  });

  it('has its TypeScript type up to date (run `npm run gen` after editing en.json)', () => {
    expect(readFileSync(`${root}src/i18n/message-params.generated.ts`, 'utf8')).toBe(generateMessageTypes(en));
  });

  describe.each(present)('%s.json', (tag) => {
    const file = read(tag);

    it('has exactly the keys of en.json, each a well-formed ICU message with the same placeholders', () => {
      expect(Object.keys(file).filter((k) => !(k in en)), 'keys English does not have').toEqual([]);
      expect(Object.keys(en).filter((k) => typeof file[k] !== 'string' || file[k]!.trim() === ''), 'missing or empty').toEqual([]);
      const malformed = Object.keys(file).filter((k) => {
        try {
          new IntlMessageFormat(file[k]!, tag, undefined, { ignoreTag: true });
          return false;
        } catch {
          return true;
        }
      });
      expect(malformed, 'not valid ICU MessageFormat').toEqual([]);
      const changed = Object.keys(en).filter((k) => args(en[k]!).join() !== args(file[k]!).join());
      expect(changed, 'placeholders differ from English').toEqual([]);
    });

    it('words every code with realistic values: nothing empty, no placeholder left, no path spelt out', () => {
      for (const [code, samples] of Object.entries(issueSamples)) {
        for (const params of samples) {
          const text = issueText(code, params, tag)!;
          // A code whose English has no hint (fatal.cancelled: "Cancelled.") is worded by its message alone.
          const parts = `${code}.hint` in en ? [text.message, text.hint ?? ''] : [text.message];
          for (const part of parts) {
            expect(part.trim(), `${code} ${JSON.stringify(params)}`).not.toBe('');
            expect(part, code).not.toMatch(/\{[\w$-]+\}|\{[\w$]+,|\$\{/);
            expect(part, code).not.toMatch(/\w\[\d+\]|\b(areas|goals)\.[a-z-]+\./);
            expect(part, code).not.toContain(' {"');
          }
        }
      }
    });

    it('gives every count all the plural forms the language uses for whole numbers', () => {
      const rules = new Intl.PluralRules(tag);
      const needed = [...new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)))];
      const missing: string[] = [];
      const walk = (nodes: readonly { type: number; value?: unknown; options?: Record<string, { value: unknown }> }[], key: string) => {
        for (const n of nodes) {
          if (!n.options) continue;
          if (n.type === 6) for (const c of needed) if (!(c in n.options)) missing.push(`${key}: ${String(n.value)} has no “${c}”`);
          for (const o of Object.values(n.options)) walk(o.value as never, key);
        }
      };
      for (const [key, message] of Object.entries(file)) walk(new IntlMessageFormat(message, tag, undefined, { ignoreTag: true }).getAst() as never, key);
      expect(missing).toEqual([]);
    });

    if (tag !== 'en') {
      it('is translated: every message with words differs from English', () => {
        const words = (s: string) => /\p{L}{3,}/u.test(s.replace(/\{[^{}]*\}/g, '').replace(/--[\w-]+/g, ''));
        const same = Object.keys(en).filter((k) => words(en[k]!) && file[k] === en[k] && !k.startsWith('batch.index.col.number'));
        expect(same).toEqual([]);
      });
    }
  });

  it('uses each language’s plural forms', () => {
    expect(formatMessage('en', 'cli.summary', { total: 1, valid: 1, warnings: 0, invalid: 0 })).toBe('1 plan: 1 valid, 0 with warnings, 0 invalid');
    expect(formatMessage('en', 'cli.summary', { total: 3, valid: 1, warnings: 1, invalid: 1 })).toMatch(/^3 plans:/);
  });

  it('falls back to English for a plan language whose file does not exist yet', () => {
    const missing = MESSAGE_LOCALES.find((t) => !present.includes(t) && !(t in DERIVED_MESSAGES));
    if (missing === undefined) return;
    expect(formatMessage(missing, 'cli.hint', {})).toBe(en['cli.hint']);
  });
});

describe('Serbian Cyrillic messages, derived from sr-Latn.json', () => {
  const latin = read('sr-Latn');
  const cyrillic = messageCatalogue('sr-Cyrl')!;

  it('has no file of its own but every message of sr-Latn.json, well-formed, with the same placeholders', () => {
    expect(present).not.toContain('sr-Cyrl');
    expect(Object.keys(cyrillic)).toEqual(Object.keys(latin));
    for (const [key, message] of Object.entries(cyrillic)) {
      expect(() => new IntlMessageFormat(message, 'sr-Cyrl', undefined, { ignoreTag: true }), key).not.toThrow();
      expect(args(message), key).toEqual(args(latin[key]!));
    }
  });

  it('writes the words in Cyrillic and the values (names the user typed) as typed', () => {
    expect(formatMessage('sr-Cyrl', 'review.measure', { measure: '5.1.2', title: 'Čas domaćih zadataka' })).toBe('мера 5.1.2 „Čas domaćih zadataka“');
    expect(formatMessage('sr-Cyrl', 'cli.summary', { total: 3, valid: 1, warnings: 1, invalid: 1 })).toBe('3 плана: исправних: 1, са упозорењима: 1, неисправних: 1');
    const unknown = issueText('UNKNOWN_FIELD', issueSamples['UNKNOWN_FIELD']![0]!, 'sr-Cyrl')!;
    expect(unknown).toEqual({ message: 'непознато поље `municipalty`: да ли сте мислили `municipality`?', hint: 'Исправите назив у `municipality`.' });
    const area = issueText('NO_REASON', { kind: 'other', area: 'culture' }, 'sr-Cyrl')!;
    expect(area.message).toBe('област „Културна интеграција“ означена је као неприменљива без образложења');
  });

  it('leaves in Latin only codes, commands and values the reader types as they are', () => {
    const latinWords = new Set<string>();
    for (const [code, samples] of Object.entries(issueSamples)) {
      for (const params of samples) {
        const text = issueText(code, params, 'sr-Cyrl')!;
        const values = Object.values(params).filter((v): v is string => typeof v === 'string' && v !== '');
        for (let part of [text.message, text.hint ?? '']) {
          for (const v of values.sort((a, b) => b.length - a.length)) part = part.split(v).join(' ');
          for (const [word] of part.replace(/`[^`]*`/g, ' ').matchAll(/\p{Script=Latin}{2,}/gu)) latinWords.add(word);
        }
      }
    }
    const codes = /^(?:[A-Z]{2,}|[a-z]{2}|Latn|Cyrl|XXXX|yaml|yml|json|xlsx|roma|plan|catalogue|goals|practices|new|example|pecs|validate|batch|set|lang|municipality|name|schemaVersion|true|false|edu|digest|Kumanovo|Markdown|Word|Windows)$/;
    expect([...latinWords].filter((w) => !codes.test(w))).toEqual([]);
  });
});

describe('matchMessageLocale', () => {
  it.each([
    ['ro-RO', 'ro'],
    ['SR-LATN', 'sr-Latn'],
    ['sr', 'sr-Latn'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['hu_HU.UTF-8', 'hu'],
    ['mk_MK', 'mk'],
    ['en_US.UTF-8', 'en'],
  ])('matches %s to %s', (tag, locale) => {
    expect(matchMessageLocale(tag)).toBe(locale);
  });
  it.each(['de', 'C', 'POSIX', 'C.UTF-8', ''])('matches nothing for %j', (tag) => {
    expect(matchMessageLocale(tag)).toBeUndefined();
  });
});
