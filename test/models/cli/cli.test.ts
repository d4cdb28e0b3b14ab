import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeJson, runCli } from './run-cli';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const scratch = () => mkdtempSync(path.join(tmpdir(), 'tokencast-cli-'));

describe('tokencast compute', () => {
  it('prints the golden values of the template as one JSON object', () => {
    const json = computeJson();
    expect(json['out.tco']).toBeCloseTo(939719.752476018, 6);
    expect(json['out.payback_month']).toBe(12);
  });

  it('has a key for every out.* output and nothing else', () => {
    expect(Object.keys(computeJson()).every((key) => key.startsWith('out.'))).toBe(true);
    expect(Object.keys(computeJson())).toHaveLength(17);
  });

  it('applies --set with a number', () => {
    expect(computeJson('--set', 'traffic.requests_per_day=0', '--set', 'biz.value_monthly=0')['out.payback_month']).toBe(null);
  });

  it('applies --set with text', () => {
    expect(computeJson('--set', 'deploy.mode=cloud')['out.payback_month']).toBe(22);
  });

  it('applies --set with a formula linking grids', () => {
    const linked = computeJson('--set', 'selfhost.gpu_hourly==gpus.a100_80gb.on_demand_hourly');
    expect(linked['out.tco_cloud']).toBeLessThan(computeJson()['out.tco_cloud'] as number);
  });

  it('prints an error object and exits 1 when an output is an error', () => {
    const { code, stdout } = runCli('compute', '--json', '--set', 'traffic.requests_per_day==import("fs")');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)['out.tco']).toEqual({ error: '#NAME?', message: 'unknown function "import"' });
  });

  it('prints the warnings on stderr with --json, leaving stdout one object of outputs', () => {
    const { code, stdout, stderr } = runCli('compute', '--json', '--set', 'traffic.requests_per_day=-5');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout)).every((key) => key.startsWith('out.'))).toBe(true);
    expect(stderr).toMatch(/^tokencast: warning: Traffic must be possible: requests per day -5 .*\(checks\.traffic_ok\)$/m);
  });

  it('notes on stderr that a value set over a formula replaces it', () => {
    const { code, stderr } = runCli('compute', '--json', '--set', 'out.tco=5');
    expect(code).toBe(0);
    expect(stderr).toBe('tokencast: note: --set out.tco=5 replaces its formula =sum(series.total_cost); what reads out.tco follows the value\n');
  });

  it('refuses an unknown reference in --set with one line on stderr and exit 2', () => {
    const { code, stdout, stderr } = runCli('compute', '--json', '--set', 'traffic.requests_per_dya=5');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('tokencast: --set: unknown reference "traffic.requests_per_dya" (did you mean traffic.requests_per_day?)\n');
  });

  it('refuses an unknown flag with exit 2', () => {
    const { code, stdout, stderr } = runCli('compute', '--jsn');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/--jsn/);
  });

  it('refuses a file that does not exist with exit 2', () => {
    const { code, stdout, stderr } = runCli('compute', '/nonexistent/x.tokencast');
    expect([code, stdout, stderr]).toEqual([2, '', 'tokencast: cannot read /nonexistent/x.tokencast: no such file or folder\n']);
  });

  it('refuses an invalid file with the place of its first problem', () => {
    const { code, stdout, stderr } = runCli('compute', fixture('invalid-rows.tokencast'));
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/: scenario\.grids\[0\]\.rows\[1\]\.value: expected a number, text, a formula or null \(blank\) \(and 1 more problem; run validate\)\n$/);
  });

  it('computes a file given on the command line', () => {
    expect(computeJson(fixture('tiny.tokencast'))).toEqual({ 'out.total': 600, 'out.monthly': [100, 200, 300] });
  });

  it('prints a readable table with labels and units', () => {
    const { code, stdout } = runCli('compute');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Total cost of ownership\s+939,720\s+USD\s+out\.tco/);
  });

  it('prints the table in Chinese with --lang zh', () => {
    expect(runCli('compute', '--lang', 'zh').stdout).toMatch(/总拥有成本\s+939,720/);
  });

  it('prints the monthly series as CSV with --series', () => {
    const lines = runCli('compute', '--series').stdout.trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['month', 'series.requests', 'series.calls']);
    expect(lines).toHaveLength(37);
    expect(lines[1]!.split(',').slice(0, 3)).toEqual(['1', '300000', '240000']);
  });
});

describe('tokencast new', () => {
  it('writes the template to a new file that computes the golden values', () => {
    const file = path.join(scratch(), 'plan.tokencast');
    expect(runCli('new', file).code).toBe(0);
    expect(computeJson(file)['out.payback_month']).toBe(12);
  });

  it('refuses to overwrite an existing file without --force', () => {
    const file = path.join(scratch(), 'plan.tokencast');
    writeFileSync(file, 'mine');
    const { code, stderr } = runCli('new', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/already exists \(use --force to overwrite\)/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});

describe('tokencast compute on a hand-edited file', () => {
  it('warns about text where a number is expected, naming the cell and what it holds', () => {
    const file = path.join(scratch(), 'wordy.tokencast');
    runCli('new', file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value": 10000,', '"value": "ten thousand",'));
    const { code, stdout } = runCli('compute', file);
    expect(code).toBe(1);
    expect(stdout).toContain('  ! Text where a number is expected (outputs that read it show #VALUE!): traffic.requests_per_day (“ten thousand”) (traffic.requests_per_day)');
  });
});

describe('tokencast validate', () => {
  it.each(['validate', 'compute'])('%s refuses a malformed file nested thousands of brackets deep with exit 2 and one line', (command) => {
    const file = path.join(scratch(), 'deep.tokencast');
    writeFileSync(file, `{"app": "tokencast", "x": ${'['.repeat(5000)}`);
    const { code, stdout, stderr } = runCli(command, file);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^[^\n]*deep\.tokencast: not a Tokencast scenario: brackets nested more than 64 deep at line 1, column 90\n$/);
  });

  it('names the encoding of a UTF-16 file, with exit 2', () => {
    const file = path.join(scratch(), 'plan.tokencast');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixture('tiny.tokencast'), 'utf8'), 'utf16le')]));
    const { code, stdout, stderr } = runCli('validate', file);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`tokencast: ${file}: the file is encoded as UTF-16 (little-endian); Tokencast reads UTF-8 — save it as UTF-8 and open it again\n`);
  });

  it('refuses invalid UTF-8 with the byte offset, instead of loading replacement characters', () => {
    const file = path.join(scratch(), 'plan.tokencast');
    const text = readFileSync(fixture('tiny.tokencast'), 'utf8');
    const at = text.indexOf('"name"') + 9;
    writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]));
    const { code, stdout, stderr } = runCli('compute', file);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(new RegExp(`^tokencast: .*plan\\.tokencast: the file is not valid UTF-8: byte ${at} \\(0xE9\\)[^\\n]*\\n$`));
  });

  it('says a good file is ok', () => {
    const { code, stdout } = runCli('validate', fixture('tiny.tokencast'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok — 3 grids, 4 cells/);
  });

  it('reports each structural problem on its own line with exit 2', () => {
    const { code, stderr } = runCli('validate', fixture('invalid-rows.tokencast'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('reports a broken formula once, with the cells it spoils, and exit 1', () => {
    const { code, stdout } = runCli('validate', fixture('formula-errors.tokencast'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/out\.broken: #VALUE! syntax error: .* \(affects 1 other cell\)\n$/);
  });
});
