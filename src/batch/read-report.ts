import { RENDER_FORMATS } from '../io/output-paths.js';
import { RomaPlanError } from '../errors.js';
import type { Issue } from '../plan/issue.js';
import type { BatchReport, OutputFormat, PlanResult, PlanStatus, PlanSummary, ProgressSummary, ReviewScore } from './types.js';

type Loose = Record<string, unknown>;

const STATUSES: readonly PlanStatus[] = ['rendered', 'warnings', 'invalid', 'failed', 'skipped'];

/**
 * Reads a report.json written by `roma-plan batch` back into a BatchReport (for merging shards).
 * Anything that is not such a report is refused with a message that names the file and the field.
 */
export function parseBatchReport(text: string, file: string): BatchReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw notAReport(file, `it is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const r = new Reader(file);
  const root = r.object(json, '');
  if (root['version'] !== 1) throw notAReport(file, `"version" is ${JSON.stringify(root['version'])}, this roma-plan reads version 1`);
  const shard = root['shard'] === null ? null : r.object(root['shard'], 'shard');
  const options = r.object(root['options'], 'options');
  return {
    version: 1,
    generator: r.string(root['generator'], 'generator'),
    shard: shard && { index: r.int(shard['index'], 'shard.index'), count: r.int(shard['count'], 'shard.count'), plans: r.int(shard['plans'], 'shard.plans'), inputs: r.string(shard['inputs'], 'shard.inputs') },
    options: {
      formats: r.array(options['formats'], 'options.formats').map((f, i) => r.oneOf<OutputFormat>(f, RENDER_FORMATS, `options.formats[${i}]`)),
      date: options['date'] === null ? null : r.string(options['date'], 'options.date'),
      overrides: r.array(options['overrides'], 'options.overrides').map((o, i) => r.string(o, `options.overrides[${i}]`)),
      templateDir: r.nullableString(options['templateDir'], 'options.templateDir'),
      ...(options['progressDir'] === undefined ? {} : { progressDir: r.nullableString(options['progressDir'], 'options.progressDir') }),
    },
    // Recomputed by whoever uses the report; the plans are the record.
    summary: { plans: 0, rendered: 0, withWarnings: 0, invalid: 0, failed: 0, skipped: 0 },
    plans: r.array(root['plans'], 'plans').map((p, i) => readPlan(r, p, `plans[${i}]`)),
    interrupted: false,
    files: null,
  };
}

function readPlan(r: Reader, value: unknown, at: string): PlanResult {
  const p = r.object(value, at);
  const file = r.string(p['file'], `${at}.file`);
  const status = r.oneOf(p['status'], STATUSES, `${at}.status`);
  const outputs = r.object(p['outputs'], `${at}.outputs`);
  const failure = p['failure'] === null ? undefined : r.object(p['failure'], `${at}.failure`);
  const written: PlanResult['outputs'] = {};
  for (const format of RENDER_FORMATS) if (outputs[format] !== null && outputs[format] !== undefined) written[format] = r.string(outputs[format], `${at}.outputs.${format}`);
  return {
    file,
    status,
    summary: readSummary(r, p, at),
    errors: r.int(p['errors'], `${at}.errors`),
    warnings: r.int(p['warnings'], `${at}.warnings`),
    outputs: written,
    issues: r.array(p['issues'], `${at}.issues`).map((x, k) => readIssue(r, x, `${at}.issues[${k}]`)),
    ...(failure ? { failure: { code: r.string(failure['code'], `${at}.failure.code`), message: r.string(failure['message'], `${at}.failure.message`) } } : {}),
  };
}

function readSummary(r: Reader, p: Loose, at: string): PlanSummary {
  const period = p['period'] === null ? null : r.object(p['period'], `${at}.period`);
  const budget = p['budget'] === null ? null : r.object(p['budget'], `${at}.budget`);
  return {
    municipality: r.nullableString(p['municipality'], `${at}.municipality`),
    country: r.nullableString(p['country'], `${at}.country`),
    title: r.nullableString(p['title'], `${at}.title`),
    period: period && { from: r.int(period['from'], `${at}.period.from`), to: r.int(period['to'], `${at}.period.to`) },
    planStatus: r.nullableString(p['planStatus'], `${at}.planStatus`),
    measures: p['measures'] === null ? null : r.int(p['measures'], `${at}.measures`),
    budget: budget && { total: r.number(budget['total'], `${at}.budget.total`), currency: r.string(budget['currency'], `${at}.budget.currency`), text: r.string(budget['text'], `${at}.budget.text`) },
    // Reports written before progress files existed have no `progress` key.
    progress: p['progress'] === null || p['progress'] === undefined ? null : readProgress(r, r.object(p['progress'], `${at}.progress`), `${at}.progress`),
    // Reports written before the reviewer's checklist have no `review` key.
    review: p['review'] === null || p['review'] === undefined ? null : readReviewScore(r, r.object(p['review'], `${at}.review`), `${at}.review`),
  };
}

function readReviewScore(r: Reader, p: Loose, at: string): ReviewScore {
  return {
    met: r.int(p['met'], `${at}.met`),
    partial: r.int(p['partial'], `${at}.partial`),
    applicable: r.int(p['applicable'], `${at}.applicable`),
    percent: r.number(p['percent'], `${at}.percent`),
    text: r.string(p['text'], `${at}.text`),
  };
}

function readProgress(r: Reader, p: Loose, at: string): ProgressSummary {
  const statuses = r.object(p['statuses'], `${at}.statuses`);
  const text = r.object(p['text'], `${at}.text`);
  const count = (k: keyof ProgressSummary['statuses']) => r.int(statuses[k], `${at}.statuses.${k}`);
  return {
    file: r.string(p['file'], `${at}.file`),
    year: r.int(p['year'], `${at}.year`),
    statuses: { 'not-started': count('not-started'), 'on-track': count('on-track'), delayed: count('delayed'), completed: count('completed'), cancelled: count('cancelled'), 'not-reported': count('not-reported') },
    plannedToDate: r.number(p['plannedToDate'], `${at}.plannedToDate`),
    spentToDate: r.number(p['spentToDate'], `${at}.spentToDate`),
    executionRate: p['executionRate'] === null ? null : r.number(p['executionRate'], `${at}.executionRate`),
    text: { plannedToDate: r.string(text['plannedToDate'], `${at}.text.plannedToDate`), spentToDate: r.string(text['spentToDate'], `${at}.text.spentToDate`), executionRate: r.string(text['executionRate'], `${at}.text.executionRate`) },
  };
}

function readIssue(r: Reader, value: unknown, at: string): Issue {
  const i = r.object(value, at);
  const issue: Issue = {
    severity: r.oneOf(i['severity'], ['error', 'warning'] as const, `${at}.severity`),
    code: r.string(i['code'], `${at}.code`),
    path: r.string(i['path'], `${at}.path`),
    message: r.string(i['message'], `${at}.message`),
  };
  if (i['line'] !== null && i['line'] !== undefined) issue.line = r.int(i['line'], `${at}.line`);
  if (i['column'] !== null && i['column'] !== undefined) issue.column = r.int(i['column'], `${at}.column`);
  if (i['hint'] !== null && i['hint'] !== undefined) issue.hint = r.string(i['hint'], `${at}.hint`);
  // The values of the message (reports since message catalogues); older reports have none.
  const params = i['params'];
  if (params !== null && typeof params === 'object' && !Array.isArray(params)) {
    issue.params = Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
  }
  return issue;
}

class Reader {
  constructor(private readonly file: string) {}
  object(v: unknown, at: string): Loose {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw this.wrong(at, 'an object');
    return v as Loose;
  }
  array(v: unknown, at: string): unknown[] {
    if (!Array.isArray(v)) throw this.wrong(at, 'a list');
    return v;
  }
  string(v: unknown, at: string): string {
    if (typeof v !== 'string') throw this.wrong(at, 'text');
    return v;
  }
  nullableString(v: unknown, at: string): string | null {
    return v === null || v === undefined ? null : this.string(v, at);
  }
  number(v: unknown, at: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw this.wrong(at, 'a number');
    return v;
  }
  int(v: unknown, at: string): number {
    if (!Number.isSafeInteger(v)) throw this.wrong(at, 'a whole number');
    return v as number;
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[], at: string): T {
    if (!allowed.includes(v as T)) throw this.wrong(at, `one of ${allowed.join(', ')}`);
    return v as T;
  }
  private wrong(at: string, expected: string): RomaPlanError {
    return notAReport(this.file, `${at || 'the top level'} should be ${expected}`);
  }
}

function notAReport(file: string, why: string): RomaPlanError {
  return new RomaPlanError('NOT_A_REPORT', `${file} is not a batch report: ${why}`, { file, hint: 'Give the report.shard-<i>-of-<n>.json files that `roma-plan batch --shard i/n` wrote.' });
}
