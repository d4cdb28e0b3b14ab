import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario';

const envelope = (scenario: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'tokencast', version: 1, savedAt: '2026-11-23T10:00:00.000Z', generator: 'test', scenario, ...extra });

const scalarGrid = { id: 'g1', name: 'traffic', kind: 'scalar', rows: [{ id: 'r1', name: 'requests_per_day', value: 10 }] };
const tableGrid = {
  id: 'g2', name: 'languages', kind: 'table',
  columns: [{ id: 'c1', name: 'share' }],
  rows: [{ id: 'r2', name: 'en', cells: { share: 1 } }],
};
const valid = { name: 'test', grids: [scalarGrid, tableGrid] };

function errorsOf(text: string): string[] {
  const result = loadScenario(text);
  return result.ok ? [] : result.errors;
}

describe('loading a scenario file', () => {
  it('loads a valid file', () => {
    expect(loadScenario(envelope(valid)).ok).toBe(true);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadScenario(`\uFEFF${envelope(valid)}`).ok).toBe(true);
  });

  it('says when the file is not JSON, with line and column', () => {
    expect(errorsOf('{\n  "app": tokencast\n}')).toEqual(['not JSON: unexpected character at line 2, column 10']);
  });

  it('says when the file is truncated', () => {
    expect(errorsOf(envelope(valid).slice(0, 60))[0]).toMatch(/^the file is truncated/);
  });

  it('says when the file is empty', () => {
    expect(errorsOf('')).toEqual(['the file is empty']);
  });

  it('says when the file belongs to another app', () => {
    expect(errorsOf(JSON.stringify({ app: 'excel' }))).toEqual(['not a Tokencast scenario: "app" is "excel", expected "tokencast"']);
  });

  it('says when the file comes from a newer version', () => {
    expect(errorsOf(envelope(valid, { version: 3 }))[0]).toMatch(/^version: this file was written by a newer Tokencast \(format 3\)/);
  });

  it('names a missing field', () => {
    expect(errorsOf(envelope({ grids: [] }))).toEqual(['scenario.name: expected the scenario name (text)']);
  });

  it('names the place of a wrong cell type', () => {
    const broken = { ...valid, grids: [scalarGrid, { ...tableGrid, rows: [{ id: 'r2', name: 'en', cells: { share: [1] } }] }] };
    expect(errorsOf(envelope(broken))).toEqual(['scenario.grids[1].rows[0].cells.share: expected a number, text, a formula or null (blank)']);
  });

  it('names duplicate row names', () => {
    const rows = [...scalarGrid.rows, { id: 'r9', name: 'requests_per_day', value: 1 }];
    expect(errorsOf(envelope({ ...valid, grids: [{ ...scalarGrid, rows }, tableGrid] }))).toEqual([
      'scenario.grids[0].rows[1].name: duplicate row name "requests_per_day" (also rows[0])',
    ]);
  });

  it('names a name that is not lower_snake_case', () => {
    const rows = [{ id: 'r1', name: 'Requests', value: 1 }];
    expect(errorsOf(envelope({ ...valid, grids: [{ ...scalarGrid, rows }] }))).toEqual([
      'scenario.grids[0].rows[0].name: "Requests" is not a lower_snake_case name (a–z, 0–9 and _, starting with a letter)',
    ]);
  });

  it('names a cell for a column the table does not have', () => {
    const rows = [{ id: 'r2', name: 'en', cells: { share: 1, shrae: 2 } }];
    expect(errorsOf(envelope({ ...valid, grids: [{ ...tableGrid, rows }] }))).toEqual([
      'scenario.grids[0].rows[0].cells.shrae: grid "languages" has no column "shrae"',
    ]);
  });

  it('refuses a grid name that formulas reserve', () => {
    expect(errorsOf(envelope({ ...valid, grids: [{ ...scalarGrid, name: 'sum' }] }))).toEqual([
      'scenario.grids[0].name: "sum" is reserved in formulas; choose another grid name',
    ]);
  });

  it('loads option labels for a choice, and files whose options have none', () => {
    const choice = (row: Record<string, unknown>) => envelope({ name: 'test', grids: [{ ...scalarGrid, rows: [{ id: 'r1', name: 'mode', value: 'api', options: ['api', 'cloud'], ...row }] }] });
    expect(loadScenario(choice({ optionLabels: { cloud: { en: 'Rented GPUs', zh: '租用 GPU' } } })).ok).toBe(true);
    expect(loadScenario(choice({})).ok).toBe(true);
  });

  it('names a label given to something that is not one of the options', () => {
    const text = envelope({ name: 'test', grids: [{ ...scalarGrid, rows: [{ id: 'r1', name: 'mode', value: 'api', options: ['api', 'cloud'], optionLabels: { gpu: 'GPUs' } }] }] });
    expect(errorsOf(text)[0]).toContain('"gpu" has a label but is not one of its options (api, cloud)');
  });

  it('names an unknown field', () => {
    expect(errorsOf(envelope({ ...valid, colour: 'red' }))).toEqual(['scenario: unknown field "colour"']);
  });

  it('loads a formula that does not parse (it shows as a cell error)', () => {
    const rows = [{ id: 'r1', name: 'requests_per_day', value: '=1 +* 2' }];
    expect(loadScenario(envelope({ ...valid, grids: [{ ...scalarGrid, rows }] })).ok).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    const rows = [{ id: 'r1', name: 'Bad', value: {} }];
    expect(errorsOf(envelope({ ...valid, grids: [{ ...scalarGrid, rows }] }))).toHaveLength(2);
  });

  it('says where comments are, which JSON does not allow', () => {
    expect(errorsOf('{\n  // note\n  "app": "tokencast"\n}')).toEqual(['not JSON: comments are not allowed at line 2, column 3']);
  });

  it('refuses a trailing comma with its place', () => {
    expect(errorsOf('{"app": "tokencast",}')).toEqual(['not JSON: expected a field name in double quotes at line 1, column 21']);
  });

  it('refuses a malformed file nested thousands of brackets deep with one message, without overflowing the stack', () => {
    expect(errorsOf(`{"app": "tokencast", "x": ${'['.repeat(100_000)}`)).toEqual(['not a Tokencast scenario: brackets nested more than 64 deep at line 1, column 90']);
  });

  it('refuses a well-formed file nested too deeply before any check walks it', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(errorsOf(envelope({ ...valid, grids: [{ ...scalarGrid, rows: [] }] }).replace('"rows":[]', `"rows":${deep}`))[0]).toMatch(/^not a Tokencast scenario: brackets nested more than 64 deep at line 1, column \d+$/);
  });

  it('quotes at most a few hundred characters of a huge name in a message', () => {
    const errors = errorsOf(envelope({ ...valid, [`x${'y'.repeat(1_000_000)}`]: 1 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.length).toBeLessThan(400);
    expect(errors[0]).toMatch(/^scenario: unknown field "xyyy.*… \(\d+ more characters\)$/);
  });

  it('writes a name holding a line break or a terminal escape as one printable line', () => {
    expect(errorsOf(envelope({ ...valid, 'a\nb\u001b[2J': 1 }))).toEqual(['scenario: unknown field "a\\nb\\u001b[2J"']);
  });
});
