import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeEnough } from '../templates/template-helpers';
import { computeJson, runCli } from './run-cli';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** Why LibreOffice cannot be used here, or undefined. On CI a missing LibreOffice is a failure. */
function libreOfficeMissing(): string | undefined {
  if (existsSync(SOFFICE)) return undefined;
  const reason = `LibreOffice not found at ${SOFFICE} (apt-get install libreoffice-calc-nogui, or set SOFFICE_PATH)`;
  if (process.env.CI) throw new Error(reason);
  return reason;
}

const missing = libreOfficeMissing();
if (missing) console.warn(`skipping the workbook round trip: ${missing}`);

/** A throw-away LibreOffice profile that recalculates every formula of an xlsx on load (it trusts cached values otherwise). */
function recalculatingProfile(dir: string): string {
  const user = path.join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(path.join(user, 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return `file://${path.join(dir, 'profile')}`;
}

/** The `out` sheet as LibreOffice recalculates it: reference → value. */
function recalculatedOutputs(book: string, dir: string): Record<string, number | string> {
  const out = path.join(dir, 'csv');
  const result = spawnSync(SOFFICE, [`-env:UserInstallation=${recalculatingProfile(dir)}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, book], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(result.stderr);
  const lines = readFileSync(path.join(out, `${path.basename(book, '.xlsx')}-out.csv`), 'utf8').trim().split('\n').slice(1);
  return Object.fromEntries(lines.map((line) => {
    const cells = line.split(',');
    const raw = cells[cells.length - 1]!;
    const value = raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : raw === '' ? '' : Number(raw);
    return [cells[1]!, value];
  }));
}

/** Sets an input cell of the workbook (by its reference in column B) the way a user would in Excel. */
async function setInput(file: string, sheet: string, ref: string, value: number | string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const worksheet = book.getWorksheet(sheet)!;
  let done = false;
  worksheet.eachRow((row) => {
    if (row.getCell(2).value === ref) {
      row.getCell(5).value = value;
      done = true;
    }
  });
  if (!done) throw new Error(`no row ${ref} on ${sheet}`);
  await book.xlsx.writeFile(file);
}

describe.skipIf(missing !== undefined)('the exported workbook in LibreOffice', () => {
  let dir: string;
  let book: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tokencast-workbook-'));
    const { code, stderr } = runCli('export', '--out', path.join(dir, 'export'));
    if (code !== 0) throw new Error(stderr);
    book = path.join(dir, 'export', 'business-case.xlsx');
  }, 60_000);

  it('recomputes every output to the engine\'s value', () => {
    const outputs = recalculatedOutputs(book, path.join(dir, 'as-is'));
    for (const [ref, expected] of Object.entries(computeJson())) {
      expect(closeEnough(outputs[ref] === '' ? null : outputs[ref], expected as number | null), `${ref}: LibreOffice ${outputs[ref]}, Tokencast ${String(expected)}`).toBe(true);
    }
  }, 120_000);

  it('follows when an input changes: more traffic on rented GPUs gives the TCO and payback the CLI gives', async () => {
    const changed = path.join(dir, 'changed.xlsx');
    writeFileSync(changed, readFileSync(book));
    await setInput(changed, 'traffic', 'traffic.requests_per_day', 150000);
    await setInput(changed, 'deploy', 'deploy.mode', 'cloud');
    const outputs = recalculatedOutputs(changed, path.join(dir, 'changed'));
    const expected = computeJson('--set', 'traffic.requests_per_day=150000', '--set', 'deploy.mode=cloud');
    for (const ref of ['out.tco', 'out.payback_month', 'out.tco_onprem', 'out.selfhost_breakeven_requests_per_day', 'out.ft_breakeven_month', 'out.ft_max_retry_multiplier']) {
      expect(closeEnough(outputs[ref] === '' ? null : outputs[ref], expected[ref] as number | null), `${ref}: LibreOffice ${outputs[ref]}, CLI ${String(expected[ref])}`).toBe(true);
    }
    expect(outputs['out.tco']).not.toBeCloseTo(939719.75, 0);
  }, 120_000);
});
