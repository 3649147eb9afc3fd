// fast-check arbitraries for plans: valid plans in every language the tool speaks, with odd but
// legal text, and mutations that break them in the ways real files break.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { AREA_IDS, EU_OBJECTIVE_IDS, GOAL_IDS, type AreaId } from '../../src/catalogue/types.js';
import type { Indicator, Measure, Objective, Plan, PlanArea, YearOrQuarter } from '../../src/plan/types.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8')) as {
  properties: { currency: { enum: string[] }; municipality: { properties: { country: { enum: string[] } } } };
  $defs: { measure: { properties: { practice: { enum: string[] } } } };
};
const CURRENCIES = schema.properties.currency.enum;
const COUNTRIES = schema.properties.municipality.properties.country.enum;
const PRACTICES = schema.$defs.measure.properties.practice.enum;

/** The plan languages, with letters a writer of each would use. */
export const LANGUAGES = {
  en: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  hu: 'aábcdeéfghiíjklmnoóöőpqrstuúüűvwxyzÁÉÍÓÖŐÚÜŰ',
  ro: 'aăâbcdefghiîjklmnopqrsștțuvwxyzĂÂÎȘȚ',
  cs: 'aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzžČŘŠŽ',
  sk: 'aáäbcčdďeéfghiíjklĺľmnňoóôpqrŕsštťuúvwxyýzžĽŠ',
  bs: 'abcčćdđefghijklmnoprsštuvzžČĆĐŠŽ',
  hr: 'abcčćdđefghijklmnoprsštuvzžČĆĐŠŽ',
  'sr-Latn': 'abcčćdđefghijklmnoprsštuvzžČĆĐŠŽ',
  'sr-Cyrl': 'абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЉЊЋЏШ',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџшЃЅЌЉЊЏ',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяАБВЪЮЯ',
} as const;
export type Language = keyof typeof LANGUAGES;

const MARKDOWN_AND_SYNTAX = [
  '**bold**', '_em_', '[link](https://example.org)', '# heading', '| cell | cell |', '<script>alert(1)</script>', '`code`',
  '{{title}}', '{{{raw}}}', '{{#each x}}', '\\', '---', '> quote', '- item', '1. item', '&amp;', '%', '@', '!tag', '*alias',
  '&anchor', "'", '"', ': colon', ' #hash', '~~', 'null', 'true', 'yes', 'NO', '1e3', '0x1F', '2026-03-26', '12 000', '[[x]]',
  '```mermaid', 'graph TD; A-->B', '\\n', '$x$', '<!-- c -->', '&#x27;', '…', '„idézet”', '«цитат»',
];
const EMOJI = ['🙂', '👩🏽‍⚕️', '🇷🇸', '🏳️‍🌈', '✊🏿', '👨‍👩‍👧‍👦', '🧑‍🏫', '⚠️'];
const RTL = ['مرحبا بالعالم', 'שלום עולם', '\u200fRLM\u200f', '\u202eoverride\u202c', 'سلام 2026'];
const COMBINING = ['e\u0301', 'a\u0308\u0304', 'Z\u0324\u0354\u0367\u0311\u0313', 'n\u0303', '\u0915\u094d\u0937', 'o\u0328\u0301'];

const word = (lang: Language) => fc.string({ unit: fc.constantFrom(...LANGUAGES[lang]), minLength: 1, maxLength: 12 });

/** Free text in the plan's language, salted with Markdown, template syntax, emoji, RTL and combining marks. */
export function text(lang: Language, maxTokens = 8): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 12, arbitrary: word(lang) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_AND_SYNTAX) },
    { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
    { weight: 1, arbitrary: fc.constantFrom(...RTL) },
    { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...LANGUAGES[lang]), minLength: 80, maxLength: 400 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  );
  return fc
    .array(token, { minLength: 1, maxLength: maxTokens })
    .chain((tokens) => fc.constantFrom(' ', ' ', ' ', '\n', '  ').map((sep) => tokens.join(sep)))
    .filter((s) => /\S/.test(s));
}

const yearOffset = fc.integer({ min: 0, max: 12 });
const quarter = fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined });
const count = fc.integer({ min: 0, max: 100_000 });
const year = fc.integer({ min: 1990, max: 2100 });
const calendarDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const uniqueSubset = <T>(values: readonly T[], minLength = 0) => fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength: values.length });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops undefined members so that optional fields are absent, not `undefined`, as in a parsed file. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A measure before it is placed in the period: years are offsets, clamped when the plan is built. */
interface RawMeasure {
  area: AreaId;
  objective: number;
  hasId: boolean;
  start: [number, number | undefined];
  end: [number, number | undefined];
  cents: number[];
  sourceTypes: ('municipal' | 'national' | 'eu' | 'donor' | 'private' | 'other')[];
  fields: Omit<Measure, 'id' | 'start' | 'end' | 'cost'>;
}

function measure(lang: Language): fc.Arbitrary<RawMeasure> {
  const t = text(lang);
  const indicator: fc.Arbitrary<Indicator> = fc
    .record({
      name: t,
      unit: fc.oneof(fc.constantFrom('%', 'persons', 'households', 'fő', 'лица'), text(lang, 2)),
      baseline: fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((x) => x || 0)),
      baselineYear: opt(year),
      target: fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((x) => x || 0)),
      targetYear: opt(year),
      verification: t,
      direction: opt(fc.constantFrom('increase' as const, 'decrease' as const)),
      disaggregation: opt(uniqueSubset(['sex', 'age', 'settlement'] as const)),
    })
    .map(compact);
  return fc.record({
    area: fc.constantFrom(...AREA_IDS),
    objective: fc.integer({ min: 0, max: 2 }),
    hasId: fc.boolean(),
    start: fc.tuple(yearOffset, quarter),
    end: fc.tuple(yearOffset, quarter),
    cents: fc.oneof({ weight: 1, arbitrary: fc.constant([] as number[]) }, { weight: 4, arbitrary: fc.array(fc.integer({ min: 0, max: 500_000_000 }), { minLength: 1, maxLength: 4 }) }),
    sourceTypes: fc.array(fc.constantFrom('municipal' as const, 'national' as const, 'eu' as const, 'donor' as const, 'private' as const, 'other' as const), { minLength: 4, maxLength: 4 }),
    fields: fc
      .record({
        title: t,
        description: opt(text(lang, 20)),
        practice: opt(fc.constantFrom(...(PRACTICES as Measure['practice'][]))),
        lead: t,
        partners: opt(fc.array(t, { maxLength: 3 })),
        goals: uniqueSubset(GOAL_IDS, 1),
        euObjectives: opt(uniqueSubset(EU_OBJECTIVE_IDS)),
        indicators: fc.array(indicator, { minLength: 1, maxLength: 3 }),
        beneficiaries: opt(fc.record({ total: opt(count), romaWomen: opt(count), romaMen: opt(count) }).map(compact)),
        risks: opt(fc.array(t, { maxLength: 2 })),
      })
      .map(compact),
  });
}

const yq = (y: number, q: number | undefined): YearOrQuarter => (q === undefined ? y : `${y}-Q${q}`);

/** Places raw measures in the period and in their areas; areas without measures are not applicable. */
function assemble(lang: Language, from: number, length: number, raw: RawMeasure[], areaTexts: string[], head: Omit<Plan, 'areas' | 'language'>): Plan {
  const to = from + length;
  const prefix = (a: AreaId) => a.slice(0, 3);
  const areas = {} as Record<AreaId, PlanArea>;
  const objectives = new Map<string, Objective>();
  for (const [i, r] of raw.entries()) {
    const sy = from + Math.min(r.start[0], length);
    const ey = sy + Math.min(r.end[0], to - sy);
    let [qs, qe] = [r.start[1], r.end[1]];
    if (sy === ey && qs !== undefined && qe !== undefined && qe < qs) [qs, qe] = [qe, qs];
    const amounts = r.cents.map((c) => c / 100);
    const total = r.cents.reduce((a, b) => a + b, 0) / 100;
    const cost: Measure['cost'] = r.cents.length === 0 ? { total: 0 } : { total, sources: amounts.map((amount, k) => ({ type: r.sourceTypes[k] ?? 'other', amount })) };
    const key = `${r.area}/${r.objective}`;
    let objective = objectives.get(key);
    if (!objective) {
      objective = compact({ id: r.hasId ? `${prefix(r.area)}-${r.objective + 1}` : undefined, title: areaTexts[(i + r.objective) % areaTexts.length]!, measures: [] });
      objectives.set(key, objective);
    }
    const m: Measure = compact({ id: r.hasId ? `${prefix(r.area)}-${r.objective + 1}-${i + 1}` : undefined, ...r.fields, start: yq(sy, qs), end: yq(ey, qe), cost });
    objective.measures.push(m);
  }
  for (const [n, area] of AREA_IDS.entries()) {
    const list = [0, 1, 2].map((o) => objectives.get(`${area}/${o}`)).filter((o): o is Objective => o !== undefined);
    const situation = areaTexts[n % areaTexts.length]!;
    areas[area] = list.length > 0 ? { applicable: true, situation, objectives: list } : { applicable: false, reason: situation };
  }
  return { ...head, language: lang, areas } as Plan;
}

export interface PlanShape {
  minMeasures: number;
  maxMeasures: number;
}

/** A valid plan (warnings allowed): every field of the format, optional ones present or not. */
export function validPlan(shape: PlanShape = { minMeasures: 0, maxMeasures: 20 }, languages: readonly Language[] = Object.keys(LANGUAGES) as Language[]): fc.Arbitrary<Plan> {
  return fc.constantFrom(...languages).chain((lang) => {
    const t = text(lang);
    return fc
      .record({
        from: fc.integer({ min: 2015, max: 2040 }),
        length: fc.integer({ min: 0, max: 9 }),
        // size 'max': spread over the whole range, not fast-check's default of ten at most.
        raw: fc.array(measure(lang), { minLength: shape.minMeasures, maxLength: shape.maxMeasures, size: 'max' }),
        areaTexts: fc.array(text(lang, 20), { minLength: 1, maxLength: 7 }),
        currency: fc.constantFrom(...CURRENCIES),
        title: t,
        status: fc.constantFrom('draft', 'consultation', 'adopted'),
        adoption: fc.record({ body: t, decision: t, date: calendarDate }),
        version: opt(fc.oneof(fc.constantFrom('1.0', '1.10', '2'), t)),
        vision: opt(text(lang, 30)),
        policyBasis: opt(fc.array(t, { maxLength: 3 })),
        municipality: fc.record({
          name: t,
          country: fc.constantFrom(...COUNTRIES),
          region: opt(t),
          population: opt(fc.record({ total: count, roma: opt(count), romaSource: t }).map((p) => (p.roma === undefined ? { total: p.total } : p))),
          settlements: opt(
            fc.array(
              fc
                .record({
                  name: t,
                  households: opt(count),
                  population: opt(count),
                  legalStatus: opt(fc.constantFrom('formal', 'informal', 'partly-formal')),
                  services: opt(fc.record({ water: opt(fc.constantFrom('full', 'partial', 'none')), electricity: opt(fc.constantFrom('full', 'partial', 'none')) }).map(compact)),
                })
                .map(compact),
              { maxLength: 3 },
            ),
          ),
        }),
        governance: fc.record({
          coordinator: fc.record({ role: t, unit: opt(t) }).map(compact),
          coordinationBody: opt(fc.record({ name: t, members: opt(fc.array(t, { maxLength: 4 })) }).map(compact)),
          communityActionGroup: opt(fc.record({ members: count, women: opt(count), established: opt(calendarDate) }).map(compact)),
          mediators: opt(fc.array(fc.record({ field: fc.constantFrom('education', 'health', 'community', 'employment'), count: count }), { maxLength: 4 })),
        }),
        participation: fc.array(
          fc
            .record({
              date: calendarDate,
              format: fc.constantFrom('round-table', 'community-meeting', 'working-group', 'survey', 'public-hearing', 'other'),
              participants: fc.record({ total: count, roma: opt(count), women: opt(count) }).map(compact),
              summary: opt(text(lang, 20)),
            })
            .map(compact),
          { minLength: 1, maxLength: 3 },
        ),
        goals: opt(fc.dictionary(fc.constantFrom(...GOAL_IDS), fc.record({ priority: fc.constantFrom('high', 'medium', 'low'), statement: opt(t) }).map(compact), { maxKeys: 10 })),
        monitoring: fc
          .record({ body: t, frequency: fc.constantFrom('quarterly', 'semi-annual', 'annual'), reportTo: t, midTermReview: opt(year), finalEvaluation: opt(year), communityRole: opt(t) })
          .map(compact),
      })
      .map((g) => {
        const plan = compact({
          title: g.title,
          period: { from: g.from, to: g.from + g.length },
          version: g.version,
          status: g.status,
          adoption: g.status === 'adopted' ? g.adoption : undefined,
          vision: g.vision,
          policyBasis: g.policyBasis,
        });
        const head = compact({
          schemaVersion: 1 as const,
          currency: g.currency,
          plan,
          municipality: compact(g.municipality),
          governance: compact(g.governance),
          participation: g.participation,
          goals: g.goals,
          monitoring: g.monitoring,
        });
        return partsWithinWholes(assemble(lang, g.from, g.length, g.raw, g.areaTexts, head as Omit<Plan, 'areas' | 'language'>));
      });
  });
}

/**
 * A valid plan counts no part above its whole (ROMA_ABOVE_TOTAL and the other number rules): the
 * independent counts drawn above are brought under their totals, as real data would be.
 */
function partsWithinWholes(plan: Plan): Plan {
  const within = (part: number | undefined, whole: number): number | undefined => (part === undefined ? undefined : Math.min(part, whole));
  const population = plan.municipality.population;
  if (population) {
    if (population.roma !== undefined) population.roma = within(population.roma, population.total)!;
    for (const s of plan.municipality.settlements ?? []) if (s.population !== undefined) s.population = within(s.population, population.total)!;
  }
  const group = plan.governance.communityActionGroup;
  if (group?.women !== undefined) group.women = within(group.women, group.members)!;
  for (const c of plan.participation) {
    if (c.participants.roma !== undefined) c.participants.roma = within(c.participants.roma, c.participants.total)!;
    if (c.participants.women !== undefined) c.participants.women = within(c.participants.women, c.participants.total)!;
  }
  for (const area of Object.values(plan.areas)) {
    for (const o of area.objectives ?? []) {
      for (const m of o.measures) {
        const b = m.beneficiaries;
        if (b?.total === undefined) continue;
        if (b.romaWomen !== undefined) b.romaWomen = within(b.romaWomen, b.total)!;
        if (b.romaMen !== undefined) b.romaMen = within(b.romaMen, b.total - (b.romaWomen ?? 0))!;
      }
    }
  }
  return plan;
}

// --- mutations -----------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Path = (string | number)[];

/** Every path to a value in the data (objects and arrays included), root excluded. */
export function pathsOf(data: unknown, prefix: Path = []): Path[] {
  if (data === null || typeof data !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

const parentOf = (data: unknown, path: Path): Record<string | number, Json> => {
  let node = data as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, Json>;
  return node;
};
const valueAt = (data: unknown, path: Path): Json => parentOf(data, path)[path.at(-1)!]!;
const setAt = (data: unknown, path: Path, value: Json): void => {
  // defineProperty, so that a key such as __proto__ becomes data and not the prototype.
  Object.defineProperty(parentOf(data, path), path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
};

export interface Mutation {
  name: string;
  /** True when the result can no longer be a valid plan. */
  breaks: boolean;
  apply(data: unknown, pick: number): void;
}

const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);
const pickFrom = <T>(list: readonly T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);
const MIN_ZERO = new Set(['total', 'roma', 'women', 'members', 'households', 'population', 'count', 'amount', 'romaWomen', 'romaMen']);
const YEARS = new Set(['from', 'to', 'baselineYear', 'targetYear', 'midTermReview', 'finalEvaluation', 'year']);
const REQUIRED = new Set(['schemaVersion', 'language', 'currency', 'title', 'period', 'status', 'lead', 'goals', 'indicators', 'verification', 'baseline', 'target', 'role', 'body', 'frequency', 'reportTo', 'applicable', 'measures', 'cost', 'start', 'end', 'date', 'format', 'participants']);
const UNKNOWN_KEYS = ['titel', 'leed', 'zzz', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', ''];

/** Ways real files go wrong. Each is applied at a position chosen by `pick`. */
export const mutations: Mutation[] = [
  {
    name: 'delete any field',
    breaks: false,
    apply(data, pick) {
      const path = pickFrom(pathsOf(data).filter((p) => typeof p.at(-1) === 'string'), pick);
      if (path) delete parentOf(data, path)[path.at(-1)!];
    },
  },
  {
    name: 'delete a required field',
    breaks: true,
    apply(data, pick) {
      // Each of these keys is required wherever it appears, except the plan-level `goals`.
      const path = pickFrom(pathsOf(data).filter((p) => REQUIRED.has(String(p.at(-1))) && p.length > 1), pick) ?? ['language'];
      delete parentOf(data, path)[path.at(-1)!];
    },
  },
  {
    name: 'null or a boolean where something else belongs',
    breaks: true,
    apply(data, pick) {
      const path = pickFrom(pathsOf(data), pick)!;
      // "yes" breaks the field that takes true or false (`applicable`, the only one). Elsewhere the
      // value must stay wrong whatever an earlier mutation put there: "yes" or true would mend a
      // text field or `applicable` that an earlier mutation set to a boolean or null.
      const current = valueAt(data, path);
      const wrong = path.at(-1) === 'applicable' ? 'yes' : current === null ? true : typeof current === 'boolean' ? null : pick % 2 === 0 ? null : true;
      setAt(data, path, wrong);
    },
  },
  {
    name: 'a number as text with a thousands separator',
    breaks: true,
    apply(data, pick) {
      const path = pickFrom(pathsOf(data).filter((p) => MIN_ZERO.has(String(p.at(-1))) && typeof valueAt(data, p) === 'number'), pick);
      if (path) setAt(data, path, `${Math.floor(Number(valueAt(data, path)))} 000`);
      else setAt(data, ['schemaVersion'], '1');
    },
  },
  {
    name: 'a number out of range',
    breaks: true,
    apply(data, pick) {
      const candidates = pathsOf(data).filter((p) => (MIN_ZERO.has(String(p.at(-1))) || YEARS.has(String(p.at(-1)))) && typeof valueAt(data, p) === 'number');
      const path = pickFrom(candidates, pick);
      if (!path) return setAt(data, ['schemaVersion'], 2);
      setAt(data, path, YEARS.has(String(path.at(-1))) ? (pick % 2 === 0 ? 1989 : 2101) : -1);
    },
  },
  {
    name: 'an unknown key',
    breaks: true,
    apply(data, pick) {
      const objects = [[] as Path, ...pathsOf(data).filter((p) => isObject(valueAt(data, p)))];
      const path = pickFrom(objects, pick)!;
      const key = pickFrom(UNKNOWN_KEYS, pick >> 3)!;
      const target = path.length === 0 ? (data as Record<string, Json>) : (valueAt(data, path) as Record<string, Json>);
      Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    },
  },
  {
    name: 'an id repeated',
    breaks: true,
    apply(data, pick) {
      const measures = pathsOf(data).filter((p) => p.at(-2) === 'measures' && typeof p.at(-1) === 'number' && isObject(valueAt(data, p)));
      if (measures.length < 2) return setAt(data, ['atlantis'], { applicable: true });
      const a = pickFrom(measures, pick)!;
      const b = pickFrom(measures.filter((p) => p !== a), pick >> 2)!;
      setAt(data, [...a, 'id'], 'same-id');
      setAt(data, [...b, 'id'], 'same-id');
    },
  },
  {
    name: 'ids shuffled among measures',
    breaks: false,
    apply(data, pick) {
      const withIds = pathsOf(data).filter((p) => p.at(-1) === 'id' && p.at(-3) === 'measures');
      const ids = withIds.map((p) => valueAt(data, p));
      for (const [i, p] of withIds.entries()) setAt(data, p, ids[(i + pick) % ids.length]!);
    },
  },
  {
    name: 'an id that is not an id',
    breaks: true,
    apply(data, pick) {
      const path = pickFrom(pathsOf(data).filter((p) => (p.at(-2) === 'measures' || p.at(-2) === 'objectives') && isObject(valueAt(data, p))), pick);
      if (path) setAt(data, [...path, 'id'], pickFrom(['Edu 1', 'edu--1', '-x', 'ÉDU', ''], pick)!);
      else setAt(data, ['language'], 'Serbian');
    },
  },
  {
    name: 'an unknown goal, area, practice or enum value',
    breaks: true,
    apply(data, pick) {
      const enums = pathsOf(data).filter((p) => ['status', 'frequency', 'format', 'practice', 'type', 'priority', 'direction', 'field', 'country', 'currency'].includes(String(p.at(-1))) || p.at(-2) === 'goals' || p.at(-2) === 'euObjectives');
      const path = pickFrom(enums, pick)!;
      const v = valueAt(data, path);
      setAt(data, path, typeof v === 'string' ? `${v}x` : 'unknown');
    },
  },
  {
    name: 'a list emptied',
    breaks: false,
    apply(data, pick) {
      const path = pickFrom(pathsOf(data).filter((p) => Array.isArray(valueAt(data, p))), pick);
      if (path) setAt(data, path, []);
    },
  },
];

export const mutationArb = fc.array(fc.tuple(fc.integer({ min: 0, max: mutations.length - 1 }), fc.nat()), { minLength: 1, maxLength: 3 });
