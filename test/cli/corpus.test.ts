// The broken-plan corpus: every way a plan file goes wrong, each run through the real binary the way
// a user runs it. Each case names the exit code, the issue the user must see (code, severity, path,
// line:column where a position means something) and every error code the file produces, so that one
// mistake gives one clear message and not a flood. Nothing may ever print a stack trace.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { parsePlanText } from '../../src/plan/parse.js';
import { bin, root } from '../helpers/run-cli.js';
import { minimalYaml } from '../helpers/minimal-plan.js';

interface Expected {
  code: string;
  severity?: 'error' | 'warning';
  /** [line, column]; `null` when the problem has no position (the file as a whole). */
  at?: [number, number] | null;
  path?: string;
  /** Words the message or hint must contain. */
  says?: string;
}

interface Case {
  name: string;
  /** A fixture (relative to the repository), or a writer that creates the file in a temp dir. */
  file: string | ((dir: string) => string);
  exit: 0 | 1 | 2;
  expect?: Expected[];
  /** Every error code the file produces; defaults to the error codes of `expect`. */
  errors?: string[];
  args?: string[];
  /** Why the case cannot run here (it is then skipped and says so). */
  skip?: string;
}

const isRoot = process.getuid?.() === 0;
const lf = minimalYaml;
const crlf = lf.replace(/\n/g, '\r\n');
const withStatus = (text: string, status: string): string => text.replace('status: draft', `status: ${status}`);
const write = (name: string, content: string | Uint8Array) => (dir: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
/** Latin-2 (ISO 8859-2 / Windows-1250) bytes for the few letters used here. */
const latin2 = (s: string): Buffer => Buffer.from([...s].map((ch) => ({ ý: 0xfd, č: 0xe8, ő: 0xf5 })[ch] ?? ch.charCodeAt(0)));
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

const fixtures: Case[] = [
  // Schema errors
  { name: 'misspelt top-level key', file: 'test/fixtures/invalid/unknown-field.yaml', exit: 1, expect: [{ code: 'UNKNOWN_FIELD', at: [11, 1], path: 'municipalty', says: 'did you mean `municipality`?' }] },
  { name: 'misspelt area', file: 'test/fixtures/invalid/unknown-area.yaml', exit: 1, expect: [{ code: 'UNKNOWN_AREA', at: [89, 3], path: 'areas.cultrue', says: 'did you mean `culture`?' }] },
  { name: 'misspelt goal key', file: 'test/fixtures/invalid/unknown-goal-key.yaml', exit: 1, expect: [{ code: 'UNKNOWN_GOAL', at: [26, 3], path: 'goals.public-participaton', says: 'did you mean `public-participation`?' }] },
  { name: 'measure serving an unknown goal', file: 'test/fixtures/invalid/unknown-goal-ref.yaml', exit: 1, expect: [{ code: 'UNKNOWN_GOAL', at: [50, 21], path: 'areas.participation.objectives[0].measures[0].goals[0]' }, { code: 'GOAL_NOT_SERVED', severity: 'warning', path: 'goals.public-participation' }] },
  { name: 'misspelt practice', file: 'test/fixtures/invalid/unknown-practice.yaml', exit: 1, expect: [{ code: 'UNKNOWN_PRACTICE', at: [46, 23], path: 'areas.participation.objectives[0].measures[0].practice', says: 'did you mean `roma-coordinator`?' }] },
  { name: 'unknown EU objective', file: 'test/fixtures/invalid/unknown-eu-objective.yaml', exit: 1, expect: [{ code: 'UNKNOWN_EU_OBJECTIVE', at: [51, 43], path: 'areas.participation.objectives[0].measures[0].euObjectives[1]' }] },
  { name: 'three-letter country code', file: 'test/fixtures/invalid/unknown-country.yaml', exit: 1, expect: [{ code: 'UNKNOWN_COUNTRY', at: [13, 12], path: 'municipality.country' }] },
  { name: 'unknown currency', file: 'test/fixtures/invalid/unknown-currency.yaml', exit: 1, expect: [{ code: 'UNKNOWN_CURRENCY', at: [4, 11], path: 'currency', says: 'did you mean `EUR`?' }] },
  { name: 'missing lead (points at the measure)', file: 'test/fixtures/invalid/missing-field.yaml', exit: 1, expect: [{ code: 'MISSING_FIELD', at: [44, 13], path: 'areas.participation.objectives[0].measures[0].lead', says: 'the lead institution is missing' }] },
  { name: 'number as text "6 000"', file: 'test/fixtures/invalid/numbers-as-strings.yaml', exit: 1, expect: [{ code: 'WRONG_TYPE', at: [52, 22], path: 'areas.participation.objectives[0].measures[0].cost.total', says: 'e.g. 6000' }] },
  { name: 'YAML 1.1 boolean yes', file: 'test/fixtures/invalid/wrong-type.yaml', exit: 1, expect: [{ code: 'WRONG_TYPE', at: [58, 17], path: 'areas.employment.applicable', says: 'found the text “yes”' }] },
  { name: 'unquoted version 1.10 where text is expected', file: 'test/fixtures/invalid/version-number.yaml', exit: 1, expect: [{ code: 'WRONG_TYPE', at: [9, 12], path: 'plan.version', says: 'the number 1.1' }] },
  { name: 'status outside the enum', file: 'test/fixtures/invalid/invalid-value.yaml', exit: 1, expect: [{ code: 'INVALID_VALUE', at: [9, 11], path: 'plan.status', says: 'did you mean `draft`?' }] },
  { name: 'future schema version', file: 'test/fixtures/invalid/wrong-schema-version.yaml', exit: 1, expect: [{ code: 'WRONG_SCHEMA_VERSION', at: [2, 16], path: 'schemaVersion' }] },
  { name: '30 February', file: 'test/fixtures/invalid/invalid-date.yaml', exit: 1, expect: [{ code: 'INVALID_DATE', at: [21, 11], path: 'participation[0].date' }] },
  { name: 'quarter Q5', file: 'test/fixtures/invalid/invalid-format.yaml', exit: 1, expect: [{ code: 'INVALID_FORMAT', at: [48, 20], path: 'areas.participation.objectives[0].measures[0].start' }] },
  { name: 'language name instead of a tag', file: 'test/fixtures/invalid/invalid-language.yaml', exit: 1, expect: [{ code: 'INVALID_LANGUAGE', at: [3, 11], path: 'language' }] },
  { name: 'id with capitals and dots', file: 'test/fixtures/invalid/invalid-id.yaml', exit: 1, expect: [{ code: 'INVALID_ID', at: [44, 17], path: 'areas.participation.objectives[0].measures[0].id' }] },
  { name: 'title of blanks', file: 'test/fixtures/invalid/empty-text.yaml', exit: 1, expect: [{ code: 'EMPTY_TEXT', at: [7, 10], path: 'plan.title' }] },
  { name: 'negative count', file: 'test/fixtures/invalid/out-of-range.yaml', exit: 1, expect: [{ code: 'OUT_OF_RANGE', at: [23, 28], path: 'participation[0].participants.total' }] },
  { name: 'no consultation', file: 'test/fixtures/invalid/too-few.yaml', exit: 1, expect: [{ code: 'TOO_FEW', at: [20, 16], path: 'participation' }] },
  { name: 'goal listed twice', file: 'test/fixtures/invalid/duplicate-item.yaml', exit: 1, expect: [{ code: 'DUPLICATE_ITEM', at: [50, 20], path: 'areas.participation.objectives[0].measures[0].goals' }] },
  { name: '100 levels of nesting where text is expected', file: 'test/fixtures/invalid/nesting-100.yaml', exit: 1, expect: [{ code: 'WRONG_TYPE', at: [11, 5], path: 'plan.vision' }] },
  { name: '__proto__ and constructor keys', file: 'test/fixtures/invalid/proto-keys.yaml', exit: 1, expect: [{ code: 'UNKNOWN_FIELD', at: [4, 1], path: '__proto__' }, { code: 'UNKNOWN_FIELD', at: [19, 5], path: 'governance.coordinator.constructor' }] },
  { name: 'a list instead of a plan', file: 'test/fixtures/invalid/top-level-list.yaml', exit: 1, expect: [{ code: 'WRONG_TYPE', at: [2, 1], says: 'found a list' }] },
  // Rule errors
  { name: 'reversed period', file: 'test/fixtures/invalid/period-reversed.yaml', exit: 1, expect: [{ code: 'PERIOD_REVERSED', at: [8, 19], path: 'plan.period.from' }] },
  { name: 'measure after the period', file: 'test/fixtures/invalid/outside-period.yaml', exit: 1, expect: [{ code: 'OUTSIDE_PERIOD', at: [148, 18], path: 'areas.living-conditions.objectives[0].measures[0].end', says: 'after the plan period (2026–2030)' }] },
  { name: 'end before start', file: 'test/fixtures/invalid/end-before-start.yaml', exit: 1, expect: [{ code: 'END_BEFORE_START', at: [148, 18], path: 'areas.living-conditions.objectives[0].measures[0].end' }] },
  { name: 'duplicate measure id', file: 'test/fixtures/invalid/duplicate-id.yaml', exit: 1, expect: [{ code: 'DUPLICATE_ID', at: [79, 17], path: 'areas.health.objectives[0].measures[0].id', says: 'is used twice' }] },
  { name: 'sources not adding up', file: 'test/fixtures/invalid/sources-mismatch.yaml', exit: 1, expect: [{ code: 'SOURCES_MISMATCH', at: [54, 17], path: 'areas.participation.objectives[0].measures[0].cost.sources', says: 'the funding sources add up to' }] },
  { name: 'adopted without adoption', file: 'test/fixtures/invalid/adoption-missing.yaml', exit: 1, expect: [{ code: 'ADOPTION_MISSING', at: [9, 11], path: 'plan.status' }] },
  { name: 'applicable area without objectives', file: 'test/fixtures/invalid/no-objectives.yaml', exit: 1, expect: [{ code: 'NO_OBJECTIVES', at: [90, 5], path: 'areas.culture' }] },
  { name: 'not-applicable area without reason', file: 'test/fixtures/invalid/no-reason.yaml', exit: 1, expect: [{ code: 'NO_REASON', at: [138, 5], path: 'areas.living-conditions' }, { code: 'AREA_NOT_APPLICABLE', severity: 'warning' }] },
  { name: 'Roma estimate without source', file: 'test/fixtures/invalid/roma-source-missing.yaml', exit: 1, expect: [{ code: 'ROMA_SOURCE_MISSING', at: [14, 36], path: 'municipality.population.roma' }] },
  // YAML and JSON syntax
  { name: 'unquoted ": " in text', file: 'test/fixtures/invalid/yaml-syntax.yaml', exit: 1, expect: [{ code: 'YAML_SYNTAX', at: [7, 10], says: 'quotation marks' }] },
  { name: 'duplicate key', file: 'test/fixtures/invalid/duplicate-key.yaml', exit: 1, expect: [{ code: 'DUPLICATE_KEY', at: [10, 3] }] },
  { name: 'two documents', file: 'test/fixtures/invalid/multiple-documents.yaml', exit: 1, expect: [{ code: 'MULTIPLE_DOCUMENTS', at: [158, 1] }] },
  { name: 'tab indentation', file: 'test/fixtures/invalid/tabs.yaml', exit: 1, expect: [{ code: 'YAML_SYNTAX', at: [13, 1], says: 'Indent with spaces' }] },
  { name: 'truncated in the middle of a line', file: 'test/fixtures/invalid/truncated-mid-line.yaml', exit: 1, expect: [{ code: 'YAML_SYNTAX', at: [88, 17], says: 'never closed' }] },
  { name: 'truncated after a line', file: 'test/fixtures/invalid/truncated-at-line.yaml', exit: 1, expect: [{ code: 'MISSING_FIELD', at: [2, 1], path: 'monitoring' }, { code: 'MISSING_FIELD', at: [38, 3], path: 'areas.health' }] },
  { name: 'billion laughs', file: 'test/fixtures/invalid/alias-bomb.yaml', exit: 1, expect: [{ code: 'ALIAS_BOMB', at: [8, 10], says: 'references' }] },
  { name: 'JSON with a missing comma', file: 'test/fixtures/invalid/json-syntax.json', exit: 1, expect: [{ code: 'YAML_SYNTAX', at: [8, 15], says: 'comma' }] },
  // Valid input in less common shapes
  { name: 'the minimal plan', file: 'test/fixtures/valid/minimal.yaml', exit: 0 },
  { name: 'the minimal plan as JSON', file: 'test/fixtures/valid/minimal.json', exit: 0 },
  { name: 'unquoted dates, also where text is expected', file: 'test/fixtures/valid/unquoted-dates.yaml', exit: 0 },
  { name: 'every field a reviewer looks for', file: 'test/fixtures/valid/reviewer-content.yaml', exit: 0 },
  { name: 'an unknown tag (a warning, nothing runs)', file: 'test/fixtures/valid/unknown-tag.yaml', exit: 0, expect: [{ code: 'YAML_WARNING', severity: 'warning', at: [7, 10], says: 'Remove the tag' }] },
  { name: 'an unknown tag under --strict', file: 'test/fixtures/valid/unknown-tag.yaml', args: ['--strict'], exit: 1, expect: [{ code: 'YAML_WARNING', severity: 'warning', at: [7, 10] }] },
];

/** Byte-level cases, written at run time (encodings and sizes that are awkward to commit). */
const generated: Case[] = [
  { name: 'UTF-8 with BOM', file: write('bom.yaml', `\uFEFF${lf}`), exit: 0 },
  { name: 'CRLF line ends', file: write('crlf.yaml', crlf), exit: 0 },
  { name: 'JSON with BOM and CRLF', file: write('bom-crlf.json', `\uFEFF${JSON.stringify(parsePlanOk(lf), null, 2).replace(/\n/g, '\r\n')}`), exit: 0 },
  { name: 'CRLF: positions still right', file: write('crlf-error.yaml', withStatus(crlf, 'drafted')), exit: 1, expect: [{ code: 'INVALID_VALUE', at: [10, 11], path: 'plan.status' }] },
  { name: 'BOM: columns not shifted', file: write('bom-error.yaml', `\uFEFF${withStatus(lf, 'drafted')}`), exit: 1, expect: [{ code: 'INVALID_VALUE', at: [10, 11], path: 'plan.status' }] },
  { name: 'UTF-16 LE with BOM', file: write('utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')])), exit: 1, expect: [{ code: 'NOT_UTF8', at: [1, 1], says: 'UTF-16' }] },
  { name: 'UTF-16 BE with BOM', file: write('utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(lf)])), exit: 1, expect: [{ code: 'NOT_UTF8', at: [1, 1], says: 'UTF-16' }] },
  { name: 'UTF-16 LE without BOM', file: write('utf16le-nobom.yaml', Buffer.from(lf, 'utf16le')), exit: 1, expect: [{ code: 'NOT_UTF8', at: [1, 1], says: 'UTF-16' }] },
  { name: 'UTF-16 BE without BOM', file: write('utf16be-nobom.yaml', utf16be(lf)), exit: 1, expect: [{ code: 'NOT_UTF8', at: [1, 1], says: 'UTF-16' }] },
  { name: 'Latin-2 bytes', file: write('latin2.yaml', latin2(lf.replace('name: Example Town', 'name: Nový Bečej'))), exit: 1, expect: [{ code: 'NOT_UTF8', at: [13, 12], says: 'Windows-1250' }] },
  { name: 'binary file (a PNG)', file: write('picture.yaml', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')), exit: 1, expect: [{ code: 'BINARY_FILE', at: [3, 1] }] },
  { name: 'empty file', file: write('empty.yaml', ''), exit: 1, expect: [{ code: 'EMPTY_FILE', at: null }] },
  { name: 'old Mac line ends (CR alone)', file: write('cr.yaml', lf.replace(/\n/g, '\r')), exit: 0 },
  { name: 'a byte-order mark at the start of a middle line', file: write('bom-middle.yaml', lf.replace('currency:', '\uFEFFcurrency:')), exit: 1, expect: [{ code: 'YAML_SYNTAX', at: [5, 1], says: 'byte-order mark' }] },
  { name: '!!binary is read as text', file: write('binary.yaml', lf.replace(/title: (.*)/, 'title: !!binary $1')), exit: 0, expect: [{ code: 'YAML_WARNING', severity: 'warning', at: [8, 10], says: '!!binary' }] },
  { name: '!!timestamp is read as text', file: write('timestamp.yaml', lf.replace('name: Example Town', 'name: !!timestamp Example Town')), exit: 0, expect: [{ code: 'YAML_WARNING', severity: 'warning', at: [13, 9], says: '!!timestamp' }] },
  { name: 'language tags in any case (ro-ro, SR-LATN)', file: write('lang-case.yaml', lf.replace('language: en', 'language: SR-LATN')), exit: 0 },
  { name: 'only comments', file: write('comments.yaml', '# plan for Example Town\n# to be written\n'), exit: 1, expect: [{ code: 'EMPTY_PLAN', at: [1, 1] }] },
  { name: 'only blank lines', file: write('blank.yaml', '\n   \n\t\n'), exit: 1, expect: [{ code: 'EMPTY_PLAN', at: [1, 1] }] },
  { name: 'a 20 MB plan', file: write('huge.yaml', lf + `# ${'x'.repeat(98)}\n`.repeat(200_000)), exit: 1, expect: [{ code: 'FILE_TOO_LARGE', at: null, says: 'at most 10 MB' }] },
  { name: '10 000 levels of nesting', file: write('deep.yaml', lf.replace('status: draft\n', `status: draft\n  vision:\n    ${'- '.repeat(10_000)}x\n`)), exit: 1, expect: [{ code: 'NESTING_TOO_DEEP', says: 'nested too deeply' }] },
  { name: '3 000 levels of flow brackets', file: write('brackets.yaml', lf.replace('status: draft\n', `status: draft\n  vision: ${'['.repeat(3000)}${']'.repeat(3000)}\n`)), exit: 1, expect: [{ code: 'NESTING_TOO_DEEP' }] },
  { name: 'missing file', file: (dir) => join(dir, 'no-such-plan.yaml'), exit: 1, expect: [{ code: 'FILE_NOT_FOUND', at: null, says: 'does not exist' }] },
  {
    name: 'file without read permission',
    file: (dir) => {
      const file = write('secret.yaml', lf)(dir);
      chmodSync(file, 0o000);
      return file;
    },
    exit: 1,
    expect: [{ code: 'FILE_UNREADABLE', at: null, says: 'permission denied' }],
    skip: isRoot ? 'running as root, which can read any file' : undefined,
  },
];

// --- running the binary ------------------------------------------------------------------------

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], input?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - started });
    });
    child.stdin.end(input);
  });
}

interface Reported {
  line?: number;
  column?: number;
  severity: string;
  code: string;
  path: string;
  /** The message and hint lines that follow the header line. */
  text: string;
}

/** Reads the human report: `file:line:col  severity  CODE  path`, then indented message, hint, source. */
function reported(stdout: string, file: string): Reported[] {
  const esc = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const header = new RegExp(`^${esc}(?::(\\d+):(\\d+))?  (error|warning)  ([A-Z0-9_]+)(?:  (\\S+))?$`);
  const out: Reported[] = [];
  for (const line of stdout.split('\n')) {
    const m = header.exec(line);
    if (m) out.push({ ...(m[1] ? { line: Number(m[1]), column: Number(m[2]) } : {}), severity: m[3]!, code: m[4]!, path: m[5] ?? '', text: '' });
    else if (out.length > 0 && line.startsWith('  ')) out[out.length - 1]!.text += `${line.trim()}\n`;
  }
  return out;
}

/** A leaked stack trace or a raw JavaScript error is a bug, whatever the input. */
function expectNoCrash(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b(?:Range|Type|Reference|Syntax)?Error:/);
  expect(output).not.toMatch(/internal error/i);
}

function parsePlanOk(text: string): unknown {
  const r = parsePlanText(text);
  if (!r.ok) throw new Error('minimal.yaml does not parse');
  return r.parsed.data;
}

// --- the tests -----------------------------------------------------------------------------------

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roma-plan-corpus-'));
});
afterAll(() => {
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('the broken-plan corpus, through `roma-plan validate`', () => {
  for (const c of [...fixtures, ...generated]) {
    const test = c.skip ? it.skip : it;
    test(`${c.name}${c.skip ? ` (skipped: ${c.skip})` : ''}`, async () => {
      const file = typeof c.file === 'string' ? c.file : c.file(dir);
      const r = await run(['validate', ...(c.args ?? []), file]);
      expectNoCrash(r.stdout + r.stderr);
      expect(r.stderr).toBe('');
      expect(r.status, r.stdout).toBe(c.exit);
      const issues = reported(r.stdout, file);
      for (const e of c.expect ?? []) {
        const match = issues.find((i) => i.code === e.code && i.severity === (e.severity ?? 'error') && (e.path === undefined || i.path === e.path));
        expect(match, `${e.code} ${e.path ?? ''} in\n${r.stdout}`).toBeDefined();
        if (e.at === null) expect(match!.line).toBeUndefined();
        else if (e.at) expect([match!.line, match!.column]).toEqual(e.at);
        if (e.says) expect(match!.text).toContain(e.says);
        expect(match!.text.trim().length, 'a message').toBeGreaterThan(10);
      }
      const errors = [...new Set(issues.filter((i) => i.severity === 'error').map((i) => i.code))].sort();
      const wanted = c.errors ?? [...new Set((c.expect ?? []).filter((e) => (e.severity ?? 'error') === 'error').map((e) => e.code))].sort();
      expect(errors).toEqual(wanted);
      if (c.exit === 0 && !c.expect) expect(r.stdout).toContain(`${file}: ok`);
    });
  }

  it('a directory where a plan file is expected: a usage error naming it', async () => {
    const folder = join(dir, 'plan.yaml');
    mkdirSync(folder, { recursive: true });
    const r = await run(['validate', folder]);
    expectNoCrash(r.stdout + r.stderr);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`"${folder}"`);
    expect(r.stderr).toContain('hint:');
  });

  it('UTF-16 on standard input', async () => {
    const r = await run(['validate', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')]));
    expectNoCrash(r.stdout + r.stderr);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-:1:1  error  NOT_UTF8');
  });

  it('the alias bomb is refused fast, by the binary and in process', async () => {
    const file = 'test/fixtures/invalid/alias-bomb.yaml';
    const r = await run(['validate', file]);
    console.log(`alias bomb: the spawned validate took ${r.ms.toFixed(0)} ms (Node start-up included)`);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(5000);
    const text = readFileSync(join(root, file), 'utf8');
    const started = performance.now();
    const parsed = parsePlanText(text);
    const ms = performance.now() - started;
    console.log(`alias bomb: parsePlanText took ${ms.toFixed(1)} ms`);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => i.code)).toEqual(['ALIAS_BOMB']);
    expect(ms).toBeLessThan(1000);
  });

  it('prints the stable --json shape for a plan error, a file error and a valid plan', async () => {
    const missing = join(dir, 'gone.yaml');
    const r = await run(['validate', '--json', 'test/fixtures/invalid/invalid-value.yaml', missing, 'test/fixtures/valid/minimal.yaml']);
    expectNoCrash(r.stdout + r.stderr);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { version: number; summary: unknown; files: { file: string; status: string; errors: number; warnings: number; issues: Record<string, unknown>[] }[] };
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 3, valid: 1, warnings: 0, invalid: 2 });
    expect(report.files.map((f) => [f.file, f.status, f.errors, f.warnings])).toEqual([
      ['test/fixtures/invalid/invalid-value.yaml', 'invalid', 1, 0],
      [missing, 'invalid', 1, 0],
      ['test/fixtures/valid/minimal.yaml', 'valid', 0, 0],
    ]);
    const [planIssue] = report.files[0]!.issues;
    expect(planIssue).toEqual({
      severity: 'error',
      code: 'INVALID_VALUE',
      path: 'plan.status',
      line: 9,
      column: 11,
      message: expect.stringContaining('“drafted”'),
      hint: expect.stringContaining('draft'),
      params: expect.objectContaining({ value: 'drafted', guess: 'draft' }),
    });
    expect(report.files[1]!.issues).toEqual([{ severity: 'error', code: 'FILE_NOT_FOUND', path: '', line: null, column: null, message: expect.any(String), hint: expect.any(String), params: {} }]);
    expect(report.files[2]!.issues).toEqual([]);
  });

  it('--json reports a byte-level problem with its position', async () => {
    const file = write('latin2-json.yaml', latin2(lf.replace('name: Example Town', 'name: Kőszeg')))(dir);
    const r = await run(['validate', '--json', file]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { issues: { code: string; line: number; column: number }[] }[] };
    expect(report.files[0]!.issues).toMatchObject([{ code: 'NOT_UTF8', line: 13, column: 10 }]);
  });
});

describe('the corpus itself', () => {
  it('runs every committed fixture', () => {
    const listed = new Set(fixtures.map((c) => c.file));
    for (const sub of ['invalid', 'valid']) {
      for (const f of readdirSync(join(root, 'test/fixtures', sub))) expect(listed, `test/fixtures/${sub}/${f} has no case`).toContain(`test/fixtures/${sub}/${f}`);
    }
  });

  it('covers every error code of the plan core', () => {
    const codes = new Set([...fixtures, ...generated].flatMap((c) => (c.expect ?? []).map((e) => e.code)));
    const required = [
      'EMPTY_FILE', 'FILE_TOO_LARGE', 'NOT_UTF8', 'BINARY_FILE', 'FILE_NOT_FOUND', 'FILE_UNREADABLE',
      'YAML_SYNTAX', 'DUPLICATE_KEY', 'ALIAS_BOMB', 'MULTIPLE_DOCUMENTS', 'EMPTY_PLAN', 'YAML_WARNING', 'NESTING_TOO_DEEP',
      'UNKNOWN_FIELD', 'UNKNOWN_AREA', 'UNKNOWN_GOAL', 'UNKNOWN_PRACTICE', 'UNKNOWN_EU_OBJECTIVE', 'UNKNOWN_COUNTRY', 'UNKNOWN_CURRENCY',
      'MISSING_FIELD', 'WRONG_TYPE', 'INVALID_VALUE', 'WRONG_SCHEMA_VERSION', 'INVALID_DATE', 'INVALID_FORMAT', 'INVALID_LANGUAGE',
      'INVALID_ID', 'EMPTY_TEXT', 'OUT_OF_RANGE', 'TOO_FEW', 'DUPLICATE_ITEM',
      'PERIOD_REVERSED', 'OUTSIDE_PERIOD', 'END_BEFORE_START', 'DUPLICATE_ID', 'SOURCES_MISMATCH', 'ADOPTION_MISSING', 'NO_OBJECTIVES', 'NO_REASON', 'ROMA_SOURCE_MISSING',
    ];
    expect(required.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('loadPlan reports a directory as NOT_A_FILE (the library has no folder expansion)', async () => {
    const folder = join(dir, 'folder.yaml');
    mkdirSync(folder, { recursive: true });
    const loaded = await loadPlan(folder);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => i.code)).toEqual(['NOT_A_FILE']);
  });

  it('__proto__ in a plan stays plain data: nothing is polluted', async () => {
    const loaded = await loadPlan(join(root, 'test/fixtures/invalid/proto-keys.yaml'));
    const data = loaded.data as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const coordinator = (data['governance'] as Record<string, Record<string, unknown>>)['coordinator']!;
    expect(typeof coordinator['constructor']).toBe('object');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
