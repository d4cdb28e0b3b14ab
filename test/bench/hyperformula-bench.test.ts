import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../models/engine';
import { dagSheet, hfConfig, seriesSheet } from './hyperformula-bench';
import { dagCells, seriesCells } from './workloads';

// The side-by-side figures are only honest if HyperFormula computes the same
// model: every cell of the translated sheets against our engine, on smaller sizes.

const close = (ours: number, theirs: number) => expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * Math.abs(ours));

describe('the HyperFormula translations of the bench workloads', () => {
  it('compute dagCells cell for cell', () => {
    const cells = dagCells(2000);
    const ours = createEngine(cells.map((cell) => [cell.ref, cell.input]));
    const hf = HyperFormula.buildFromArray(dagSheet(cells), hfConfig);
    cells.forEach((cell, i) => close(ours.get(cell.ref) as number, hf.getCellValue({ sheet: 0, row: i, col: 0 }) as number));
    hf.destroy();
  });

  it('compute seriesCells month for month', () => {
    const ours = createEngine(seriesCells(40));
    const hf = HyperFormula.buildFromArray(seriesSheet(40, 60), hfConfig);
    for (let i = 0; i < 40; i++) {
      const series = ours.get(`s.r${i}`) as Float64Array;
      expect(series).toHaveLength(60);
      series.forEach((value, m) => close(value, hf.getCellValue({ sheet: 0, row: i + 1, col: m }) as number));
    }
    hf.destroy();
  });
});
