import { useMemo, useRef } from 'react';
import type { Lang } from '../../shared/lang';
import { localText } from '../../models/format/local-text';
import type { Grid } from '../../shared/scenario-schema';

/** A row as AG Grid holds it: identity and labels. Values are read from the engine by each cell, never copied here. */
export interface RowData {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly note: string;
  readonly source: string;
}

function rowData(row: Grid['rows'][number], lang: Lang): RowData {
  return {
    id: row.id,
    name: row.name,
    label: localText(row.label, lang, row.name),
    unit: 'unit' in row ? localText(row.unit, lang) : '',
    note: localText(row.note, lang),
    source: row.source ?? '',
  };
}

const sameRow = (a: RowData, b: RowData) => a.name === b.name && a.label === b.label && a.unit === b.unit && a.note === b.note && a.source === b.source;

/**
 * The grid's rows for AG Grid. An edit of a cell makes a new row object in
 * the document but changes nothing shown here, so rows that read the same
 * keep their object and an unchanged list keeps its array: AG Grid then has
 * nothing to redraw, and the cells that read the edited values refresh
 * themselves.
 */
export function useRowData(grid: Grid, lang: Lang): RowData[] {
  const previous = useRef<{ rows: RowData[]; byId: Map<string, RowData> }>({ rows: [], byId: new Map() });
  return useMemo(() => {
    const { rows: before, byId } = previous.current;
    let unchanged = grid.rows.length === before.length;
    const rows = grid.rows.map((row, i) => {
      const fresh = rowData(row, lang);
      const kept = byId.get(row.id);
      const data = kept && sameRow(kept, fresh) ? kept : fresh;
      if (data !== before[i]) unchanged = false;
      return data;
    });
    if (unchanged) return before;
    previous.current = { rows, byId: new Map(rows.map((row) => [row.id, row])) };
    return rows;
  }, [grid.rows, lang]);
}
