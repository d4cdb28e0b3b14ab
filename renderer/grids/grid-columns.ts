import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { cellRef } from '../../models/engine';
import type { Lang } from '../../shared/lang';
import { localText } from '../../models/format/local-text';
import type { Grid, NumberFormat } from '../../shared/scenario-schema';
import type { AppServices } from '../hooks/services';
import type { MessageKey } from '../i18n/messages';
import { sourceColumn } from '../sources/source-column';
import { DESCRIPTIVE_COLUMN } from './descriptive-columns';
import { commitTyped, readTyped } from './typed-input';
import type { RowData } from './grid-rows';
import { ValueCell, type ValueCellParams } from './ValueCell';

/** Keys the app handles itself outside editing, not AG Grid: Delete/Backspace clear the block, Ctrl/Cmd+A selects the grid. */
export function appKeys({ event, editing }: { event: KeyboardEvent; editing: boolean }): boolean {
  return !editing && (event.key === 'Delete' || event.key === 'Backspace' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a'));
}

/** What the column definitions need besides the grid. */
export interface ColumnContext {
  readonly services: AppServices;
  readonly lang: Lang;
  readonly t: (key: MessageKey) => string;
  /** The grid as it is now: formats of scalar rows are read when a cell draws, not when the columns were made. */
  readonly currentGrid: () => Grid;
  /** A narrow window: the Name column gives its room to the values. */
  readonly narrow: boolean;
  /** Show the Source column. */
  readonly showSources: boolean;
}

/**
 * AG Grid columns for a grid: scalar grids show name, value, unit, note,
 * source; tables the name, one column per field and the note. They depend
 * on the grid's shape only (name, kind, columns), never on its values, so
 * an edit does not rebuild them.
 */
export function gridColumns(grid: Pick<Grid, 'name' | 'kind'> & { columns?: Extract<Grid, { kind: 'table' }>['columns'] }, context: ColumnContext): ColDef<RowData>[] {
  const { services, lang, t, currentGrid, narrow, showSources } = context;
  const refOf = (column?: string) => (rowName: string) => cellRef(grid.name, rowName, column);
  const valueColumn = (colId: string, headerName: string, column: string | undefined, columnIndex: number, format: ValueCellParams['format'], unit?: string, optionLabels?: ValueCellParams['optionLabels']): ColDef<RowData> => ({
    colId,
    headerName: unit ? `${headerName} (${unit})` : headerName,
    editable: true,
    width: grid.kind === 'scalar' ? 170 : narrow ? 115 : 140,
    valueGetter: (params) => {
      const input = params.data ? services.documentStore.getState().engine.input(refOf(column)(params.data.name)) : undefined;
      return input === undefined || input === null ? '' : String(input);
    },
    // Enter or Tab on text the cell cannot take keeps the editor open with the text, as a spreadsheet does.
    suppressKeyboardEvent: (params) => {
      if (appKeys(params)) return true;
      if (!params.editing || params.event.type !== 'keydown' || (params.event.key !== 'Enter' && params.event.key !== 'Tab') || !params.data) return false;
      const parsed = readTyped(services, refOf(column)(params.data.name), String(params.api.getCellEditorInstances()[0]?.getValue() ?? ''));
      if (parsed.ok) return false;
      services.sessionStore.getState().notify({ kind: 'error', text: parsed.error });
      return true;
    },
    valueSetter: (params: ValueSetterParams<RowData>) => {
      const ref = refOf(column)(params.data.name);
      const text = String(params.newValue ?? '');
      // Refused as the editor lost focus: the formula bar takes the text back, on its cell, once the grid has moved on.
      if (commitTyped(services, ref, text) !== undefined) setTimeout(() => services.sessionStore.getState().keepRefusedText({ ref, text }), 0);
      return false;
    },
    cellRenderer: ValueCell,
    cellRendererParams: { refOf: refOf(column), format, optionLabels, columnIndex, gridName: grid.name, column } satisfies ValueCellParams,
  });
  const label: ColDef<RowData> = {
    colId: DESCRIPTIVE_COLUMN.label, headerName: t('col.name'), field: 'label', width: narrow ? 160 : 260, pinned: 'left',
    tooltipValueGetter: (params) => (params.data ? cellRef(grid.name, params.data.name) : undefined),
  };
  if (grid.kind === 'scalar') {
    const rowOf = (rowName: string) => currentGrid().rows.find((r) => r.name === rowName);
    const formatOf = (rowName: string): NumberFormat | undefined => {
      const row = rowOf(rowName);
      return row && 'format' in row ? row.format : undefined;
    };
    const labelsOf = (rowName: string) => {
      const row = rowOf(rowName);
      return row && 'optionLabels' in row ? row.optionLabels : undefined;
    };
    return [
      label,
      valueColumn('value', t('col.value'), undefined, 0, formatOf, undefined, labelsOf),
      { colId: DESCRIPTIVE_COLUMN.unit, headerName: t('col.unit'), field: 'unit', width: 120 },
      { colId: DESCRIPTIVE_COLUMN.note, headerName: t('col.note'), field: 'note', flex: 2, minWidth: 200, tooltipField: 'note' },
      { colId: DESCRIPTIVE_COLUMN.source, headerName: t('col.source'), field: 'source', flex: 1, minWidth: 160, tooltipField: 'source', hide: !showSources },
    ];
  }
  return [
    label,
    ...(grid.columns ?? []).map((column, i) => valueColumn(column.name, localText(column.label, lang, column.name), column.name, i, () => column.format, localText(column.unit, lang) || undefined)),
    { colId: DESCRIPTIVE_COLUMN.note, headerName: t('col.note'), field: 'note', flex: 1, minWidth: 180, tooltipField: 'note' },
    sourceColumn<RowData>(currentGrid(), () => services.documentStore.getState().scenario, t('col.source'), t('stale'), showSources),
  ];
}
