import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS, chartTitle } from '../../../models/charts';
import { svgToPng } from '../../../models/cli/export/chart-png';
import { isSeries } from '../../../models/engine';
import { SERIES_COLUMNS, businessCase } from '../../../models/exporters';
import { cellCatalog, createScenarioEngine } from '../../../models/scenario';
import { runCli } from '../cli/run-cli';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';
import { cellBitmap, decodePng, inkIn } from './png';

const exportTo = (...args: string[]) => {
  const out = mkdtempSync(path.join(tmpdir(), 'tokencast-export-'));
  const result = runCli('export', '--out', out, ...args);
  if (result.code !== 0) throw new Error(result.stderr);
  return out;
};

describe('tokencast export', () => {
  let english: string;
  let chinese: string;
  beforeAll(() => {
    english = exportTo();
    chinese = exportTo('--lang', 'zh');
  }, 60_000);

  it('writes every file the export promises, and nothing else', () => {
    const expected = [...CHART_IDS.flatMap((id) => [`${id}.svg`, `${id}.png`]), 'series.csv', 'outputs.csv', 'business-case.xlsx', 'business-case.html', 'manifest.json'];
    expect(readdirSync(english).sort()).toEqual(expected.sort());
  });

  it('writes the monthly series exactly as the engine computes them', () => {
    const engine = referenceEngine();
    const rows = readFileSync(path.join(english, 'series.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    expect(rows[0]).toEqual(['month', ...SERIES_COLUMNS]);
    SERIES_COLUMNS.forEach((name, c) => {
      const months = engine.get(`series.${name}`);
      if (!months || !isSeries(months)) throw new Error(name);
      expect(rows.slice(1).map((row) => Number(row[c + 1]))).toEqual(Array.from(months));
    });
  });

  it('writes every output with its unit', () => {
    const lines = readFileSync(path.join(english, 'outputs.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('ref,value,unit');
    expect(lines).toContain(`out.tco,${String(referenceEngine().get('out.tco'))},USD`);
    expect(lines).toHaveLength(18);
  });

  it.each(CHART_IDS)('writes %s.png at twice the chart size, not blank', (id) => {
    const image = decodePng(readFileSync(path.join(english, `${id}.png`)));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expect(inkIn(image, 0, 0, image.width, image.height)).toBeGreaterThan(20_000);
  });

  it.each(CHART_IDS)('writes %s.svg with its title', (id) => {
    expect(readFileSync(path.join(english, `${id}.svg`), 'utf8')).toContain(chartTitle(id, 'en'));
  });

  it('writes Chinese titles in a Chinese export', () => {
    for (const id of CHART_IDS) expect(readFileSync(path.join(chinese, `${id}.svg`), 'utf8')).toContain(chartTitle(id, 'zh'));
  });

  it('draws every character of the Chinese charts with the shipped fonts', () => {
    const text = CHART_IDS.map((id) => readFileSync(path.join(chinese, `${id}.svg`), 'utf8')).join('')
      .match(/>([^<>]+)</g)!.join('').replace(/[>\s<]/g, '');
    const glyphs: string[] = [...new Set(text)].filter((ch) => !/[\p{P}\p{S}]/u.test(ch) || ch === '万');
    // A missing glyph is drawn as the font's "not defined" box; a private-use character shows what that looks like.
    const notDefined = '\uE000';
    const cells = [notDefined, ...glyphs];
    const size = 48;
    const columns = 20;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${columns * size}" height="${Math.ceil(cells.length / columns) * size}"><rect width="100%" height="100%" fill="#fff"/>${
      cells.map((ch, i) => `<text x="${(i % columns) * size + 8}" y="${Math.floor(i / columns) * size + 36}" font-size="30" font-family="DejaVu Sans, Noto Sans Hans">${ch === '&' ? '&amp;' : ch}</text>`).join('')}</svg>`;
    const image = decodePng(svgToPng(svg, 1));
    const bitmap = (i: number) => cellBitmap(image, (i % columns) * size, Math.floor(i / columns) * size, size);
    const box = bitmap(0);
    const missing = glyphs.filter((_, i) => bitmap(i + 1) === box || inkIn(image, ((i + 1) % columns) * size, Math.floor((i + 1) / columns) * size, size, size) < 15);
    expect(glyphs.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('writes the model as a workbook of live formulas with the computed values cached', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(english, 'business-case.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['summary', 'assumptions', ...referenceScenario().grids.map((grid) => grid.name), 'helpers']);
    const engine = referenceEngine();
    const summary = book.getWorksheet('summary')!;
    const tcoRow = summary.getSheetValues().find((row) => Array.isArray(row) && row[4] === 'out.tco') as unknown[];
    expect(tcoRow[2]).toMatchObject({ formula: expect.stringMatching(/^'out'!\$E\$\d+$/), result: engine.get('out.tco') });
    const series = book.getWorksheet('series')!;
    const cumNet = series.getSheetValues().find((row) => Array.isArray(row) && row[2] === 'series.cum_net') as unknown[];
    expect(cumNet[5 + 11]).toMatchObject({ formula: expect.stringContaining('SUM('), result: (engine.get('series.cum_net') as Float64Array)[11] });
    const languages = book.getWorksheet('languages')!.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(languages.find((row) => row[2] === 'zh')?.[3]).toBe(0.3);
  });

  it('opens the business case with the answer: the deployment, its TCO, payback, ROI and margin', () => {
    const html = readFileSync(path.join(english, 'business-case.html'), 'utf8');
    expect(html).toContain('Recommended deployment: API. Total cost of ownership 939,720 USD over 36 months; it pays back in month 12; ROI 62.0%, gross margin 38.3%.');
    expect(html).toContain('<caption>Model prices (USD per 1M tokens)</caption>');
    expect(html).toContain('<ol><li>Personnel: ±20% moves TCO by 180,000 USD</li>');
  });

  it('names the built-in template, not its id, on every page of a Chinese business case', () => {
    const html = readFileSync(path.join(chinese, 'business-case.html'), 'utf8');
    expect(html).toContain('文件：内置模板「参考 AI 成本模型」');
    expect(html).not.toContain('template:reference');
    expect(html).not.toContain('Reference AI cost model');
  });

  it('embeds the Chinese characters a Chinese business case uses, so it reads on machines without a CJK font', () => {
    const html = readFileSync(path.join(chinese, 'business-case.html'), 'utf8');
    expect(html).toMatch(/@font-face \{ font-family: 'Noto Sans Hans'; src: url\(data:font\/otf;base64,/);
    expect(html).toContain('建议的部署方式：API。');
    expect(html).not.toMatch(/Key figures|Assumptions that matter|Recommended deployment/);
  });

  it('carries the source and as-of date of prices from the catalog, in the workbook and the business case', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(english, 'business-case.xlsx'));
    const rows = book.getWorksheet('models')!.getSheetValues().filter(Array.isArray) as unknown[][];
    const gpt4o = rows.find((row) => row[2] === 'gpt_4o')!;
    expect(gpt4o[gpt4o.length - 1]).toBe('LiteLLM model price table · as of 2026-07-24');
    const html = readFileSync(path.join(english, 'business-case.html'), 'utf8');
    expect(html).toContain('LiteLLM model price table · as of 2026-07-24');
  });

  it('lists every typed-in input on an Assumptions sheet: live value, unit, source and as-of date, and no formula cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(english, 'business-case.xlsx'));
    const rows = book.getWorksheet('assumptions')!.getSheetValues().filter(Array.isArray) as unknown[][];
    const byRef = new Map(rows.map((row) => [row[2], row]));
    const input = byRef.get('models.gpt_4o.input_per_m')!;
    expect(input[3]).toMatchObject({ formula: expect.stringMatching(/^'models'!\$[A-Z]+\$\d+$/), result: 2.5 });
    expect(input.slice(5, 7)).toEqual(['LiteLLM model price table · catalog entry gpt-4o', '2026-07-24']);
    expect(byRef.get('traffic.requests_per_day')?.[3]).toMatchObject({ result: 10000 });
    expect(byRef.has('out.tco')).toBe(false);
    expect(byRef.has('languages.en.weighted_input_tokens')).toBe(false);
  });

  it('marks a price stale when its date is older than the scenario allows on the day of the business case', () => {
    const scenario = referenceScenario();
    const price = (date: string, staleAfterDays?: number) => businessCase(createScenarioEngine(scenario), cellCatalog(scenario), { scenario: 'x', file: 'x', date: new Date(date), lang: 'en', staleAfterDays })
      .tables[0]!.rows.find((row) => row.label === 'GPT-4o');
    expect(price('2026-11-23')).toMatchObject({ asOf: '2026-07-24', stale: false });
    expect(price('2027-01-21')).toMatchObject({ stale: true });
    expect(price('2026-11-23', 90)).toMatchObject({ stale: true });
  });

  it('writes a self-contained HTML business case with its charts inline (the five, and the tornado of the TCO)', () => {
    const html = readFileSync(path.join(english, 'business-case.html'), 'utf8');
    expect(html).toContain('Business case: Reference AI cost model');
    expect(html.match(/<svg/g)).toHaveLength(6);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('lists the files, the scenario, the date and the tool in the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(english, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ tool: 'Tokencast 0.1.0', scenario: { name: 'Reference AI cost model', file: 'template:reference' } });
    expect((manifest['files'] as string[]).sort()).toEqual(readdirSync(english).sort());
  });

  it('applies --set before exporting', () => {
    const out = exportTo('--set', 'traffic.requests_per_day=20000');
    expect(readFileSync(path.join(out, 'series.csv'), 'utf8').split('\n')[1]!.split(',')[1]).toBe('600000');
  });
});

describe('tokencast export errors', () => {
  it('needs --out', () => {
    const { code, stdout, stderr } = runCli('export');
    expect([code, stdout, stderr]).toEqual([2, '', 'tokencast: export needs --out DIR\n']);
  });

  it('refuses an output folder that cannot be written, leaving nothing behind', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'tokencast-export-'));
    const blocker = path.join(parent, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { code, stdout, stderr } = runCli('export', '--out', blocker);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^tokencast: cannot write the export: .*not-a-folder/);
    expect(readdirSync(parent)).toEqual(['not-a-folder']);
  });

  it('refuses an unknown reference before writing anything', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-export-')), 'out');
    expect(runCli('export', '--out', out, '--set', 'nope.x=1').code).toBe(2);
    expect(() => readdirSync(out)).toThrow();
  });

  it('says --out is a file, without offering a --force that export does not have', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-export-')), 'deck');
    writeFileSync(file, 'x');
    const { code, stderr } = runCli('export', '--out', file);
    expect([code, stderr]).toEqual([2, `tokencast: cannot write the export: ${file}: is a file, not a folder: --out names the folder the export writes into\n`]);
  });

  it('checks every target before renaming any: a folder named like one leaves the output folder as it was', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tokencast-export-'));
    writeFileSync(path.join(out, 'series.csv'), 'old series');
    mkdirSync(path.join(out, 'outputs.csv'));
    const { code, stdout, stderr } = runCli('export', '--out', out);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`tokencast: cannot write the export: ${path.join(out, 'outputs.csv')}: a folder has this name; move it away or choose another --out folder\n`);
    expect(readdirSync(out).sort()).toEqual(['outputs.csv', 'series.csv']);
    expect(readFileSync(path.join(out, 'series.csv'), 'utf8')).toBe('old series');
  });

  it.skipIf(!existsSync('/proc/sys'))('ends with an error for a folder procfs cannot hold, instead of hanging', () => {
    const { code, stdout, stderr } = runCli('export', '--out', '/proc/sys/tokencast-x/deck');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('tokencast: cannot write the export: /proc/sys/tokencast-x: a folder cannot be created here\n');
  });
});

