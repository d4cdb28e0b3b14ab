import { type ColDef, type GridApi, type ValueSetterParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, type ClipboardEvent } from 'react';
import { formatValue } from '../../models/format/format-value';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { activeScenarioName } from '../state/document-store';
import { monthGridTheme } from '../grids/grid-theme';
import { parseTsv, toTsv } from '../grids/tsv';
import { monthRows, planMonthPaste, type MonthRow } from './month-rows';

/**
 * Every series row month by month: months as columns (scrolling sideways,
 * the name column frozen), the computed values, and per-month overrides typed
 * into the cells. Each edit and each paste is one undoable step.
 */
export function MonthGrid() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const version = useDocument((state) => state.version);
  const api = useRef<GridApi<MonthRow>>(undefined);
  const activeId = useDocument((state) => state.activeId);
  const rows = useMemo(() => monthRows(scenario, services.documentStore.getState().engine, activeScenarioName(scenario, activeId)), [scenario, activeId, version, services]);
  const horizon = Math.max(0, ...rows.map((row) => row.months.length));

  const columns = useMemo<ColDef<MonthRow>[]>(() => [
    {
      colId: 'label', headerName: t('col.name'), pinned: 'left', width: 230,
      valueGetter: (params) => (params.data ? params.data.label[lang] : ''),
      tooltipValueGetter: (params) => params.data?.ref,
    },
    ...Array.from({ length: horizon }, (_, i): ColDef<MonthRow> => ({
      colId: `m${i + 1}`,
      headerName: t('monthHeader', { n: i + 1 }),
      width: 112,
      editable: true,
      type: 'rightAligned',
      valueGetter: (params) => params.data?.months[i],
      valueFormatter: (params) => (typeof params.value === 'number' ? formatValue(params.value, params.data?.format, lang) : ''),
      valueSetter: (params: ValueSetterParams<MonthRow>) => {
        const problem = services.documentStore.getState().enterMonths([[params.data.ref, i + 1, params.newValue === null || params.newValue === undefined ? '' : String(params.newValue)]], services.sessionStore.getState().lang);
        if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
        return false;
      },
      cellClassRules: { 'month-overridden': (params) => params.data?.overrides.has(i + 1) === true },
      tooltipValueGetter: (params) => (params.data?.overrides.has(i + 1) ? t('monthOverridden') : undefined),
    })),
  ], [horizon, lang, t, services]);

  /** Opens at the selected series row, if there is one. */
  const focusSelectedRow = () => {
    const selected = services.sessionStore.getState().selected;
    const index = rows.findIndex((row) => row.ref === selected);
    if (index < 0 || !api.current) return;
    api.current.ensureIndexVisible(index);
    api.current.setFocusedCell(index, 'm1');
  };

  const focused = () => {
    const cell = api.current?.getFocusedCell();
    if (!cell || cell.rowIndex === null) return undefined;
    const month = Number(cell.column.getColId().slice(1));
    return { row: cell.rowIndex, month: Number.isInteger(month) && month >= 1 ? month : 1 };
  };
  // The grid's own copy and paste: a row of months as tab-separated text, like a spreadsheet row.
  const onCopy = (event: ClipboardEvent) => {
    const at = focused();
    const row = at && rows[at.row];
    if (!row) return;
    event.clipboardData.setData('text/plain', toTsv([Array.from(row.months, String)]));
    event.preventDefault();
    event.stopPropagation();
  };
  const onPaste = (event: ClipboardEvent) => {
    const at = focused();
    if (!at) return;
    event.preventDefault();
    event.stopPropagation();
    const plan = planMonthPaste(rows.map((row) => row.ref), at.row, at.month, horizon, parseTsv(event.clipboardData.getData('text/plain')));
    const session = services.sessionStore.getState();
    if (!plan.ok) {
      session.notify({ kind: 'error', text: t(plan.reason === 'tooWide' ? 'pasteTooWide' : 'pasteTooTall', { n: plan.size, fit: plan.fit, from: at.month }) });
      return;
    }
    const problem = services.documentStore.getState().enterMonths(plan.entries, services.sessionStore.getState().lang);
    session.notify(problem ? { kind: 'error', text: problem } : { kind: 'info', text: t('monthsPasted', { n: plan.entries.length }) });
  };

  return (
    <section className="month-grid" aria-label={t('monthsTitle')} onCopy={onCopy} onPaste={onPaste}>
      <header className="grid-header">
        <h2>{t('monthsTitle')}</h2>
        <button type="button" onClick={() => services.sessionStore.getState().toggleMonths()}>{t('close')}</button>
      </header>
      <p className="grid-note">{rows.length > 0 ? t('monthsHint') : t('monthsEmpty')}</p>
      {rows.length > 0 ? (
        <div className="month-grid-body">
          <AgGridReact<MonthRow>
            theme={monthGridTheme}
            rowData={rows}
            columnDefs={columns}
            getRowId={(params) => params.data.ref}
            tooltipShowDelay={300}
            suppressMovableColumns
            stopEditingWhenCellsLoseFocus
            onGridReady={(event) => { api.current = event.api; }}
            onFirstDataRendered={focusSelectedRow}
          />
        </div>
      ) : null}
    </section>
  );
}
