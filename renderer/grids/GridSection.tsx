import { AllCommunityModule, ModuleRegistry, type CellFocusedEvent, type ColDef, type ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { localText } from '../../models/format/local-text';
import { readTypedInput } from '../../models/scenario';
import type { Grid } from '../../shared/scenario-schema';
import { useServices } from '../app/app-context';
import { useSession, useT } from '../app/hooks';
import { CatalogActions } from '../catalog/CatalogActions';
import { sourceColumn } from '../sources/source-column';
import { gridTheme } from './grid-theme';
import { RowActions } from './RowActions';
import { gridApis } from './grid-registry';
import { shiftHeld } from './shift-state';
import { ValueCell, type ValueCellParams } from './ValueCell';

ModuleRegistry.registerModules([AllCommunityModule]);

/** A row as AG Grid holds it: identity, labels, and the cell inputs as typed. */
interface RowData {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly note: string;
  readonly source: string;
  /** Columns where this row overrides the column's formula with its own input. */
  readonly overrides: ReadonlySet<string>;
  /** Months of this (series) row typed by hand. */
  readonly monthOverrides: number;
}

/** One grid of the scenario as an AG Grid: scalar grids show name, value, unit, note, source; tables one column per field. */
export function GridSection({ grid }: { grid: Grid }) {
  const services = useServices();
  const lang = useSession((state) => state.lang);
  const showSources = useSession((state) => state.showSources);
  const t = useT();

  const rows = useMemo<RowData[]>(() => grid.rows.map((row) => ({
    id: row.id,
    name: row.name,
    label: localText(row.label, lang, row.name),
    unit: 'unit' in row ? localText(row.unit, lang) : '',
    note: localText(row.note, lang),
    source: row.source ?? '',
    overrides: new Set(grid.kind === 'table' && 'cells' in row ? grid.columns.filter((c) => c.formula !== undefined && Object.hasOwn(row.cells, c.name)).map((c) => c.name) : []),
    monthOverrides: 'overrides' in row && row.overrides ? Object.keys(row.overrides).length : 0,
  })), [grid, lang]);

  const columns = useMemo<ColDef<RowData>[]>(() => {
    const refOf = (column?: string) => (rowName: string) => (column ? `${grid.name}.${rowName}.${column}` : `${grid.name}.${rowName}`);
    const valueColumn = (colId: string, headerName: string, column: string | undefined, format: ValueCellParams['format'], unit?: string): ColDef<RowData> => ({
      colId,
      headerName: unit ? `${headerName} (${unit})` : headerName,
      editable: true,
      width: grid.kind === 'scalar' ? 170 : 140,
      valueGetter: (params) => {
        const input = params.data ? services.documentStore.getState().engine.input(refOf(column)(params.data.name)) : undefined;
        return input === undefined || input === null ? '' : String(input);
      },
      // Enter or Tab on text the cell cannot take keeps the editor open with the text, as a spreadsheet does.
      suppressKeyboardEvent: (params) => {
        if (!params.editing || params.event.type !== 'keydown' || (params.event.key !== 'Enter' && params.event.key !== 'Tab') || !params.data) return false;
        const text = String(params.api.getCellEditorInstances()[0]?.getValue() ?? '');
        const parsed = readTypedInput(services.documentStore.getState().scenario, refOf(column)(params.data.name), text);
        if (parsed.ok) return false;
        services.sessionStore.getState().notify({ kind: 'error', text: parsed.error });
        return true;
      },
      valueSetter: (params: ValueSetterParams<RowData>) => {
        const ref = refOf(column)(params.data.name);
        const text = String(params.newValue ?? '');
        const problem = services.documentStore.getState().enterText(ref, text);
        if (problem) {
          services.sessionStore.getState().notify({ kind: 'error', text: problem });
          // After the grid has finished the edit (Enter moves on): the formula bar then takes the cell back.
          setTimeout(() => services.sessionStore.getState().keepRefusedText({ ref, text }), 0);
        }
        return false;
      },
      cellRenderer: ValueCell,
      cellRendererParams: { refOf: refOf(column), format, column } satisfies ValueCellParams,
    });
    const label: ColDef<RowData> = {
      colId: 'label', headerName: t('col.name'), field: 'label', width: 260, pinned: 'left',
      tooltipValueGetter: (params) => (params.data ? `${grid.name}.${params.data.name}` : undefined),
    };
    if (grid.kind === 'scalar') {
      const formatOf = (rowName: string) => grid.rows.find((row) => row.name === rowName)?.format;
      return [
        label,
        valueColumn('value', t('col.value'), undefined, formatOf),
        { colId: 'unit', headerName: t('col.unit'), field: 'unit', width: 120 },
        { colId: 'note', headerName: t('col.note'), field: 'note', flex: 2, minWidth: 200, tooltipField: 'note' },
        { colId: 'source', headerName: t('col.source'), field: 'source', flex: 1, minWidth: 160, tooltipField: 'source', hide: !showSources },
      ];
    }
    return [
      label,
      ...grid.columns.map((column) => valueColumn(column.name, localText(column.label, lang, column.name), column.name, () => column.format, localText(column.unit, lang) || undefined)),
      { colId: 'note', headerName: t('col.note'), field: 'note', flex: 1, minWidth: 180, tooltipField: 'note' },
      sourceColumn<RowData>(grid, () => services.documentStore.getState().scenario, t('col.source'), t('stale'), showSources),
    ];
  }, [grid, lang, t, services, showSources]);

  const onCellFocused = (event: CellFocusedEvent<RowData>) => {
    const colId = typeof event.column === 'object' && event.column ? event.column.getColId() : undefined;
    const row = event.rowIndex === null || event.rowIndex === undefined ? undefined : grid.rows[event.rowIndex];
    if (!row || !colId || colId === 'label' || colId === 'unit' || colId === 'note' || colId === 'source') return;
    const ref = grid.kind === 'scalar' ? `${grid.name}.${row.name}` : `${grid.name}.${row.name}.${colId}`;
    const session = services.sessionStore.getState();
    const anchorGrid = session.selected?.split('.')[0];
    if (shiftHeld() && session.selected && anchorGrid === grid.name) {
      if (ref !== session.extent) session.select(session.selected, ref);
      return;
    }
    // AG Grid may report the focus of a block's far corner again once Shift is up: keep the block.
    if (ref === session.extent || (ref === session.selected && !session.extent)) return;
    session.select(ref);
  };

  return (
    <section className="grid-section" id={`grid-${grid.name}`} aria-label={localText(grid.label, lang, grid.name)}>
      <header className="grid-header">
        <h2>{localText(grid.label, lang, grid.name)} <code>{grid.name}</code></h2>
        <CatalogActions grid={grid} />
        <RowActions grid={grid} />
      </header>
      {grid.note ? <p className="grid-note">{localText(grid.note, lang)}</p> : null}
      <AgGridReact<RowData>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columns}
        getRowId={(params) => params.data.id}
        domLayout="autoHeight"
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
        suppressMovableColumns
        onGridReady={(event) => gridApis.set(grid.name, event.api)}
        onGridPreDestroyed={() => gridApis.delete(grid.name)}
        onCellFocused={onCellFocused}
      />
    </section>
  );
}
