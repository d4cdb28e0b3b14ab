import type { ColDef } from 'ag-grid-community';
import { cellRef } from '../../models/engine';
import { cellSource } from '../../models/scenario';
import type { Grid, Scenario } from '../../shared/scenario-schema';
import { DESCRIPTIVE_COLUMN } from '../grids/descriptive-columns';
import { isCellStale } from './stale';

/** What the Source column shows for a row of a table: each distinct source of its cells once, with its date. */
export function rowSourceText(scenario: Scenario, grid: Grid, rowName: string): { text: string; stale: boolean } {
  if (grid.kind !== 'table') return { text: '', stale: false };
  const seen: string[] = [];
  let stale = false;
  for (const column of grid.columns) {
    const ref = cellRef(grid.name, rowName, column.name);
    const source = cellSource(scenario, ref);
    if (!source?.source && !source?.asOf) continue;
    const text = [source.source, source.catalog, source.asOf].filter(Boolean).join(' · ');
    if (!seen.includes(text)) seen.push(text);
    stale ||= isCellStale(scenario, ref);
  }
  return { text: seen.join(' | '), stale };
}

/**
 * The Source column of a table grid: where the row's values come from, with
 * their catalog entries and dates (the selected cell's own source shows beside
 * the formula bar). Hidden with the toolbar's Sources switch.
 */
export function sourceColumn<Row extends { readonly name: string }>(grid: Grid, scenario: () => Scenario, header: string, staleMark: string, visible: boolean): ColDef<Row> {
  const sourceOf = (row: Row | undefined) => (row ? rowSourceText(scenario(), grid, row.name) : { text: '', stale: false });
  return {
    colId: DESCRIPTIVE_COLUMN.source,
    headerName: header,
    hide: !visible,
    flex: 1,
    minWidth: 220,
    valueGetter: (params) => {
      const { text, stale } = sourceOf(params.data);
      return stale ? `⚠ ${staleMark}: ${text}` : text;
    },
    tooltipValueGetter: (params) => sourceOf(params.data).text.split(' | ').join('\n'),
    cellClassRules: { 'source-stale': (params) => sourceOf(params.data).stale },
  };
}
