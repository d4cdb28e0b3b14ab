import { describe, expect, it } from 'vitest';
import { block, positionOf, refAt } from '../../../renderer/grids/grid-geometry';
import { referenceScenario } from '../../models/templates/template-helpers';

const scenario = referenceScenario();
const languages = scenario.grids.find((grid) => grid.name === 'languages')!;
const traffic = scenario.grids.find((grid) => grid.name === 'traffic')!;

describe('grid geometry', () => {
  it('names the cell at a row and value column: a scalar grid has the one column `value`', () => {
    expect(refAt(traffic, 0, 'value')).toBe(`traffic.${traffic.rows[0]!.name}`);
    expect(refAt(languages, 1, 'share')).toBe(`languages.${languages.rows[1]!.name}.share`);
    expect(refAt(languages, languages.rows.length, 'share')).toBeUndefined();
  });

  it('places a reference at its grid, row and value column, the inverse of refAt', () => {
    const ref = refAt(languages, 1, 'share')!;
    const place = positionOf(scenario, ref)!;
    expect([place.grid, place.rowIndex, refAt(place.grid, place.rowIndex, 'share')]).toEqual([languages, 1, ref]);
    expect(positionOf(scenario, refAt(traffic, 2, 'value')!)).toEqual({ grid: traffic, rowIndex: 2, columnIndex: 0 });
  });

  it.each(['languages.en', 'traffic.requests_per_day.value', 'languages.en.share.x', 'nowhere.en.share', 'languages'])('places no cell at %j', (ref) => {
    expect(positionOf(scenario, ref)).toBeUndefined();
  });

  it('lists a block of one grid row by row', () => {
    const [en, zh] = [languages.rows[0]!.name, languages.rows[1]!.name];
    const columns = languages.kind === 'table' ? languages.columns.map((column) => column.name) : [];
    expect(block(scenario, `languages.${en}.${columns[1]}`, `languages.${zh}.${columns[0]}`)).toEqual([
      [`languages.${en}.${columns[0]}`, `languages.${en}.${columns[1]}`],
      [`languages.${zh}.${columns[0]}`, `languages.${zh}.${columns[1]}`],
    ]);
  });
});
