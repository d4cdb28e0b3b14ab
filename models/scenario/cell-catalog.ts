import type { LocalText, NumberFormat, Scenario } from '../../shared/scenario-schema';
import { forEachCell } from './cell-place';

/** What the document says about one cell, for display and export. */
export interface CellInfo {
  readonly ref: string;
  readonly grid: string;
  readonly row: string;
  readonly column?: string;
  /** Row label, and for table cells the column label too. */
  readonly label: { readonly en: string; readonly zh: string };
  /** The unit in English and Chinese, if the cell has one. */
  readonly unit?: { readonly en: string; readonly zh: string };
  readonly format?: NumberFormat;
  readonly note?: LocalText;
  readonly source?: string;
  /** The day the source's figure is as of (`YYYY-MM-DD`). */
  readonly asOf?: string;
  /** The price-catalog entry the value was filled from. */
  readonly catalog?: string;
  /** For a check: the warning shown while it is false, with `{grid.row}` placeholders. */
  readonly message?: LocalText;
  /** For a choice: what people see for its options (`optionLabel` in models/format reads them). */
  readonly optionLabels?: Readonly<Record<string, LocalText>>;
}

function both(text: LocalText | undefined, fallback: string): { en: string; zh: string } {
  if (text === undefined) return { en: fallback, zh: fallback };
  return typeof text === 'string' ? { en: text, zh: text } : text;
}

/** Every cell of the scenario with its label, unit, format and source, in document order. */
export function cellCatalog(scenario: Scenario): Map<string, CellInfo> {
  const catalog = new Map<string, CellInfo>();
  let rowLabel = both(undefined, '');
  forEachCell(scenario, {
    scalar: (ref, grid, row) => {
      catalog.set(ref, {
        ref, grid: grid.name, row: row.name, label: both(row.label, row.name), unit: row.unit === undefined ? undefined : both(row.unit, ''), format: row.format,
        note: row.note, source: row.source, asOf: row.asOf, catalog: row.catalog, message: row.message,
        optionLabels: row.optionLabels,
      });
    },
    table: (ref, grid, row, column, _rowIndex, columnIndex) => {
      // A row's cells come together, first column first: its label is read once for all of them.
      if (columnIndex === 0) rowLabel = both(row.label, row.name);
      const columnLabel = both(column.label, column.name);
      const own = row.sources?.[column.name];
      catalog.set(ref, {
        ref, grid: grid.name, row: row.name, column: column.name,
        label: { en: `${rowLabel.en} · ${columnLabel.en}`, zh: `${rowLabel.zh} · ${columnLabel.zh}` },
        unit: column.unit === undefined ? undefined : both(column.unit, ''), format: column.format, note: row.note,
        source: own?.source ?? row.source, asOf: own?.asOf ?? row.asOf, catalog: own?.catalog,
      });
    },
  });
  return catalog;
}
