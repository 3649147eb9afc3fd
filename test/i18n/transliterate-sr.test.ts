import { describe, expect, it } from 'vitest';
import { latinToCyrillic, latinToCyrillicMessage, transliterateDeep } from '../../src/i18n/transliterate-sr.js';
import { srLatn } from '../../src/i18n/sr-Latn.js';
import { srCyrl } from '../../src/i18n/sr-Cyrl.js';

/** Every leaf of an object with its key path, e.g. ['document.chapterGoals', 'Ciljevi ...']. */
function leaves(o: unknown, prefix = ''): [string, unknown][] {
  if (o === null || typeof o !== 'object') return [[prefix, o]];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('latinToCyrillic', () => {
  it('maps all thirty letters of the alphabet, lower and upper case', () => {
    expect(latinToCyrillic('a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž')).toBe(
      'а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж',
    );
    expect(latinToCyrillic('A B C Č Ć D Dž Đ E F G H I J K L Lj M N Nj O P R S Š T U V Z Ž')).toBe(
      'А Б Ц Ч Ћ Д Џ Ђ Е Ф Г Х И Ј К Л Љ М Н Њ О П Р С Ш Т У В З Ж',
    );
  });

  it('reads lj, nj and dž as one letter, in any case', () => {
    expect(latinToCyrillic('ljudi, njihova, džamija, odeljenje, zapošljavanje')).toBe('људи, њихова, џамија, одељење, запошљавање');
    expect(latinToCyrillic('Ljubljana Njegoš Džep')).toBe('Љубљана Његош Џеп');
    expect(latinToCyrillic('LJUBAV NJIVA DŽEP')).toBe('ЉУБАВ ЊИВА ЏЕП');
  });

  it('keeps a prefix apart from the stem where the pair is not a digraph', () => {
    expect(latinToCyrillic('injekcija konjunktura nadživeti podžanr')).toBe('инјекција конјунктура надживети поджанр');
    expect(latinToCyrillic('Injekcija')).toBe('Инјекција');
  });

  it('does not turn dj into đ', () => {
    expect(latinToCyrillic('podjednako')).toBe('подједнако');
    expect(latinToCyrillic('međuetnički')).toBe('међуетнички');
  });

  it('leaves placeholders exactly as they are', () => {
    expect(latinToCyrillic('Strana {page} od {pages}')).toBe('Страна {page} од {pages}');
    expect(latinToCyrillic('{quarter}. kvartal {year}')).toBe('{quarter}. квартал {year}');
    expect(latinToCyrillic('{municipality}, {date}')).toBe('{municipality}, {date}');
  });

  it('leaves Latin abbreviations (EU excepted: ЕУ), foreign words and technical tokens in Latin', () => {
    expect(latinToCyrillic('Fondovi EU i metod ROMED Saveta Evrope')).toBe('Фондови ЕУ и метод ROMED Савета Европе');
    expect(latinToCyrillic('Pécs i Wien')).toBe('Pécs и Wien');
    expect(latinToCyrillic('oznaka edu-1-2, datoteka plan.yaml, taster Ctrl+C, format YYYY-MM-DD')).toBe(
      'ознака edu-1-2, датотека plan.yaml, тастер Ctrl+C, формат YYYY-MM-DD',
    );
    expect(latinToCyrillic('udruženje Romani CRISS', { keep: ['CRISS'] })).toBe('удружење Романи CRISS');
  });

  it('leaves code, command-line options and the commands of the CLI as they are', () => {
    expect(latinToCyrillic('Napravljen pomoću `roma-plan init`.')).toBe('Направљен помоћу `roma-plan init`.');
    expect(latinToCyrillic('upotrebite --force da zamenite {file}')).toBe('употребите --force да замените {file}');
    expect(latinToCyrillic('Proverite: roma-plan validate {file}')).toBe('Проверите: roma-plan validate {file}');
    expect(latinToCyrillic('mini-projekat i društveno-kulturni')).toBe('мини-пројекат и друштвено-културни');
  });

  it('keeps digits, punctuation and typographic quotes', () => {
    expect(latinToCyrillic('„Naselje suživota“ (2000–2002), 30 stanova; 8. april…')).toBe('„Насеље суживота“ (2000–2002), 30 станова; 8. април…');
  });

  it('accepts decomposed diacritics', () => {
    expect(latinToCyrillic('c\u030Cetvrt s\u030Cs\u030C z\u030Civot')).toBe('четврт шш живот');
  });

  it('is idempotent on Cyrillic text', () => {
    expect(latinToCyrillic('Роми и Ромкиње')).toBe('Роми и Ромкиње');
  });
});

describe('transliterateDeep', () => {
  it('transliterates every string at any depth and keeps keys, numbers and arrays', () => {
    const value = { a: 'Opština', nested: { 'key-name': ['lj', 'nj'], n: 3 } };
    expect(transliterateDeep(value)).toEqual({ a: 'Општина', nested: { 'key-name': ['љ', 'њ'], n: 3 } });
  });
});

describe('the Serbian Cyrillic file', () => {
  const latin = new Map(leaves({ catalogue: srLatn.catalogue, document: srLatn.document, pdf: srLatn.pdf, wizard: srLatn.wizard }));
  const cyrillic = new Map(leaves({ catalogue: srCyrl.catalogue, document: srCyrl.document, pdf: srCyrl.pdf, wizard: srCyrl.wizard }));

  it('has exactly the keys of the Latin file', () => {
    expect([...cyrillic.keys()]).toEqual([...latin.keys()]);
  });

  it('is the Latin file transliterated, with the same placeholders', () => {
    for (const [key, value] of latin) {
      const cyr = cyrillic.get(key);
      expect(typeof cyr, key).toBe(typeof value);
      if (typeof value !== 'string' || typeof cyr !== 'string') continue;
      if (!key.startsWith('wizard.')) expect(cyr, key).toBe(latinToCyrillic(value));
      expect(placeholders(cyr), key).toEqual(placeholders(value));
    }
  });

  it('has no Serbian Latin letters left outside abbreviations and placeholders', () => {
    const serbianOnly = [...cyrillic]
      .filter(([key]) => !key.startsWith('wizard.'))
      .map(([, v]) => String(v).replace(/\{\w+\}/g, '').replace(/\b(EU|ROMED)\b/g, ''))
      .filter((v) => /[A-Za-zčćđšžČĆĐŠŽ]/.test(v));
    expect(serbianOnly).toEqual([]);
  });

  it('names itself in Cyrillic', () => {
    expect(srCyrl.meta).toEqual({ name: 'Serbian (Cyrillic)', nativeName: 'српски (ћирилица)' });
  });
});

describe('latinToCyrillicMessage', () => {
  it('transliterates the text of select and plural options, not their keywords and selectors', () => {
    expect(latinToCyrillicMessage('{kind, select, none {nema izvora} other {ukupno {total, number, money}}}')).toBe(
      '{kind, select, none {нема извора} other {укупно {total, number, money}}}',
    );
    expect(latinToCyrillicMessage('{n, plural, one {# mera} few {# mere} other {# mera}} za cilj „{goal}“')).toBe(
      '{n, plural, one {# мера} few {# мере} other {# мера}} за циљ „{goal}“',
    );
    expect(latinToCyrillicMessage('{share, number, ::percent} budžeta')).toBe('{share, number, ::percent} буџета');
  });

  it('keeps quoted braces and code spans around arguments as they are', () => {
    expect(latinToCyrillicMessage("Unutar '{ }' zarez završava tekst: {quoted}")).toBe("Унутар '{ }' зарез завршава текст: {quoted}");
    expect(latinToCyrillicMessage('nepoznato polje `{key}`: da li ste mislili `{guess}`?')).toBe('непознато поље `{key}`: да ли сте мислили `{guess}`?');
  });

  it('keeps the extra Latin words it is given', () => {
    expect(latinToCyrillicMessage('npr. HU, RO ili sr-Latn', { keep: ['HU', 'RO', 'sr', 'Latn'] })).toBe('нпр. HU, RO или sr-Latn');
  });
});
