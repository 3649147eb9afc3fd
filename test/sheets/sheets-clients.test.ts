import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { Progress } from '../../src/progress/types.js';
import { sheetsLayout } from '../../src/sheets/sheet-layout.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The workbooks checked by clients this project did not write: LibreOffice (headless) and Python's
 * openpyxl. Each test is skipped, saying why, where the client is not installed.
 */
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0);
const soffice = ['soffice', 'libreoffice'].find((p) => spawnSync(p, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0);
const NO_PYTHON = 'openpyxl is not installed (apt-get install python3-openpyxl)';
const NO_SOFFICE = 'LibreOffice is not installed (apt-get install libreoffice-calc)';
if (!python) console.warn(`skipping openpyxl checks: ${NO_PYTHON}`);
if (!soffice) console.warn(`skipping LibreOffice checks: ${NO_SOFFICE}`);

/** One line of LibreOffice's CSV: comma-separated, text with commas in double quotes. */
const csvLine = (line: string): string[] => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!));

const FIRST = '01-polgarmesteri-hivatal-human-szolgaltatas.xlsx';
let dir: string;
let sheets: string;

function py(script: string, ...args: string[]): string {
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, script);
  const r = spawnSync(python!, [file, ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

function libreOffice(args: string[], cwd: string): void {
  // A profile of its own, so that a LibreOffice the user has open does not take the job.
  const r = spawnSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  expect(r.status).toBe(0);
}

/** Fills the first institution's workbook as an officer would, with openpyxl. */
const FILL = `
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
m, i = wb.worksheets[1], wb.worksheets[2]
m['D3'] = 'Késik'; m['E3'] = 'A referens kinevezése folyamatban'; m['G3'] = float(sys.argv[2]) if sys.argv[2][0].isdigit() else sys.argv[2]
m['J3'] = 40; m['K3'] = 30; m['N3'] = 'A pályázat elhúzódott'; m['O3'] = 'Új kiírás 2028 elején'
m['D4'] = 'Terv szerint halad'
i['H3'] = 1; i['K3'] = datetime.date(2027, 12, 31); i['L3'] = 'Kinevezési okirat'
wb.save(sys.argv[1])
`;

describe('progress sheets in real spreadsheet clients', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sheets-'));
    sheets = join(dir, 'sheets');
    const r = runCli(['sheets', 'examples/pecs-hu.yaml', '--year', '2027', '--out', sheets]);
    expect(r.status).toBe(0);
  });

  it('writes one workbook per lead institution', async () => {
    const plan = (await loadPlan('examples/pecs-hu.yaml')).plan!;
    const layout = sheetsLayout(plan, 2027);
    expect(readdirSync(sheets).sort()).toEqual(layout.institutions.map((i) => i.fileName).sort());
    expect(new Set(layout.institutions.map((i) => i.lead)).size).toBe(layout.institutions.length);
  });

  it.skipIf(!soffice)('LibreOffice converts the measures and indicators to CSV with the same values', async () => {
    const plan = (await loadPlan('examples/pecs-hu.yaml')).plan!;
    const institution = sheetsLayout(plan, 2027).institutions.find((i) => i.fileName === FIRST)!;
    const out = join(dir, 'csv');
    libreOffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, join(sheets, FIRST)], dir);
    const csv = (sheet: string) => readFileSync(join(out, `${FIRST.replace('.xlsx', '')}-${sheet}.csv`), 'utf8').trim().split('\n').slice(2).map(csvLine);
    const measures = csv('Intézkedések');
    expect(measures.map((r) => [r[0], r[1], r[5]])).toEqual(institution.measures.rows.map((r) => [r.values['ref'], r.values['number'], String(r.values['planned'])]));
    const indicators = csv('Mutatók');
    expect(indicators.map((r) => [r[0], r[2], r[5], r[8]])).toEqual(institution.indicators.rows.map((r) => [r.values['ref'], String(r.values['indicator']), String(r.values['baseline']), String(r.values['target'])]));
  });

  it.skipIf(!python)('openpyxl sees the status drop-down, the number-only cells and the locked identifying cells', () => {
    const out = py(
      `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
m = wb.worksheets[1]
info = wb.worksheets[0]
rules = [(dv.type, dv.operator, dv.formula1, str(dv.sqref)) for dv in m.data_validations.dataValidation]
status = [r for r in rules if r[0] == 'list'][0]
ref = status[2].split('!')[1].replace('$', '')
labels = [c.value for row in info[ref] for c in row]
print(json.dumps({'protected': m.protection.sheet, 'locked': [m[c].protection.locked for c in ['A3', 'B3', 'C3', 'D3', 'G3']], 'status': status[3], 'labels': labels, 'rules': rules, 'hidden': wb['roma-plan'].sheet_state}))
`,
      join(sheets, FIRST),
    );
    const seen = JSON.parse(out) as { protected: boolean; locked: boolean[]; status: string; labels: string[]; rules: [string, string | null, string, string][]; hidden: string };
    expect(seen.protected).toBe(true);
    expect(seen.locked).toEqual([true, true, true, false, false]);
    expect(seen.status).toBe('D3:D6');
    expect(seen.labels).toEqual(['Nem kezdődött el', 'Terv szerint halad', 'Késik', 'Megvalósult', 'Elmaradt']);
    expect(seen.rules).toContainEqual(['decimal', 'greaterThanOrEqual', '0', 'G3:G6']);
    expect(seen.rules).toContainEqual(['whole', 'greaterThanOrEqual', '0', 'J3:M6']);
    expect(seen.hidden).toBe('hidden');
  });

  it.skipIf(!python || !soffice)('collects a workbook filled with openpyxl and saved again by LibreOffice', () => {
    const filled = join(dir, 'filled');
    const resaved = join(dir, 'resaved');
    mkdirSync(filled);
    for (const f of readdirSync(sheets)) copyFileSync(join(sheets, f), join(filled, f));
    py(FILL, join(filled, FIRST), '11700000');
    libreOffice(['--convert-to', 'xlsx', '--outdir', resaved, FIRST], filled);
    for (const f of readdirSync(filled)) if (!existsSync(join(resaved, f))) copyFileSync(join(filled, f), join(resaved, f));
    const out = join(dir, 'pecs-hu.progress.yaml');
    const r = runCli(['collect', resaved, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out]);
    expect(r.stderr).toContain(`elkészült: ${out}: 2 intézkedés a 2027. évre`);
    expect(r.status).toBe(0);
    const progress = parse(readFileSync(out, 'utf8')) as Progress;
    expect(progress.years).toEqual([
      {
        year: 2027,
        measures: [
          {
            measure: 'par-1-1',
            status: 'delayed',
            implemented: 'A referens kinevezése folyamatban',
            spent: [{ type: 'municipal', amount: 11700000 }],
            reached: { total: 40, roma: 30 },
            indicators: [{ indicator: 1, value: 1, date: '2027-12-31', source: 'Kinevezési okirat' }],
            deviation: 'A pályázat elhúzódott',
            correctiveAction: 'Új kiírás 2028 elején',
          },
          { measure: 'par-1-2', status: 'on-track' },
        ],
      },
    ]);
    expect(runCli(['validate', out, '--plan', 'examples/pecs-hu.yaml']).status).toBe(0);
  });

  it.skipIf(!python)('reports text in an amount cell at that cell, and writes nothing (or, with --partial, the rest)', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    copyFileSync(join(sheets, FIRST), join(bad, FIRST));
    py(FILL, join(bad, FIRST), 'tizenegy millió');
    const out = join(dir, 'bad.progress.yaml');
    const r = runCli(['collect', bad, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(bad, FIRST)}:Intézkedések!G3  NOT_A_NUMBER  összeg helyett ez a szöveg áll a cellában: „tizenegy millió”\n  tipp: Csak a számot írja be, szöveg, mértékegység és pénznem nélkül.\n`);
    expect(r.stderr).toContain('Semmi nem lett kiírva: 1 munkafüzetben 1 hiba van.');
    expect(existsSync(out)).toBe(false);

    const partial = runCli(['collect', bad, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out, '--partial']);
    expect(partial.status).toBe(0);
    expect(partial.stderr).toContain(`a fenti hibák miatt kimaradt (--partial):\n  ${join(bad, FIRST)}: par-1-1. intézkedés`);
    const progress = parse(readFileSync(out, 'utf8')) as Progress;
    expect(progress.years[0]!.measures.map((m) => m.measure)).toEqual(['par-1-2']);
  });

  it("words the summaries and the bad cells in the plan's language, or in the one asked for", async () => {
    const out = join(dir, 'lang');
    const hu = runCli(['sheets', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out]);
    expect(hu.status).toBe(0);
    expect(hu.stderr).toContain(`elkészült: ${join(out, FIRST)}  (`);
    expect(hu.stderr).toContain(`Küldje el minden intézménynek a saját fájlját; amikor visszaérkeztek, futtassa: roma-plan collect ${out} --plan examples/pecs-hu.yaml --year 2027`);
    expect(hu.stderr).not.toMatch(/wrote|Send each/);
    const collected = runCli(['collect', out, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', join(dir, 'lang.progress.yaml')]);
    expect(collected.status).toBe(1);
    expect(collected.stderr).toMatch(/^Semmi nem lett kiírva: a munkafüzetek \(\d+ db\) egyikében sincs állapot/m);
    expect(collected.stderr).not.toMatch(/Nothing written|wrote/);
    const en = runCli(['sheets', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out, '--force'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(en.status).toBe(0);
    expect(en.stderr).toMatch(/^wrote .* measures?\)$/m);
    expect(en.stderr).toContain('Send each institution its file');
    const asked = runCli(['collect', out, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', join(dir, 'lang.progress.yaml'), '--lang', 'en']);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain('Nothing written: no measure has a status');

    // A bad cell of a Hungarian plan's workbook (filled with exceljs): its place and code as written, its words in Hungarian.
    const bad = join(dir, 'lang-bad');
    mkdirSync(bad);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, FIRST));
    const measures = book.getWorksheet('Intézkedések')!;
    measures.getCell('D3').value = 'Késik';
    measures.getCell('J3').value = 'negyven';
    await book.xlsx.writeFile(join(bad, FIRST));
    const wrong = runCli(['collect', bad, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', join(dir, 'lang-bad.progress.yaml')]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`${join(bad, FIRST)}:Intézkedések!J3  NOT_A_NUMBER  a személyek száma helyett ez a szöveg áll a cellában: „negyven”\n`);
    expect(wrong.stderr).not.toContain('expected a number of people');
  });

  it('refuses workbooks nobody filled in, workbooks of another year, and overwriting without --force', () => {
    const out = join(dir, 'empty.progress.yaml');
    const empty = runCli(['collect', sheets, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('egyikében sincs állapot megadva egyetlen intézkedésnél sem');
    expect(existsSync(out)).toBe(false);
    const wrongYear = runCli(['collect', sheets, '--plan', 'examples/pecs-hu.yaml', '--year', '2028', '--out', out]);
    expect(wrongYear.status).toBe(1);
    expect(wrongYear.stderr).toContain(`${join(sheets, FIRST)}:roma-plan!B2  WRONG_YEAR  a munkafüzet éve 2027, nem 2028`);
    const wrongYearEn = runCli(['collect', sheets, '--plan', 'examples/pecs-hu.yaml', '--year', '2028', '--out', out, '--lang', 'en']);
    expect(wrongYearEn.stderr).toContain(`${join(sheets, FIRST)}:roma-plan!B2  WRONG_YEAR  the workbook is for 2027, not 2028\n  hint: Collect only the workbooks written for 2028.\n`);
    writeFileSync(out, 'keep me');
    const exists = runCli(['collect', sheets, '--plan', 'examples/pecs-hu.yaml', '--year', '2027', '--out', out]);
    expect(exists.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });
});
