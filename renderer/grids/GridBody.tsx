import { AllCommunityModule, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef } from 'react';
import type { Grid } from '../../shared/scenario-schema';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { useNarrow } from '../hooks/use-narrow';
import { selectFocusedCell } from './cell-focus';
import { appKeys, gridColumns } from './grid-columns';
import { gridTheme } from './grid-theme';
import { HEADER_HEIGHT, ROW_HEIGHT, sizesToRows } from './grid-layout';
import { gridMounted, gridUnmounted } from './grid-registry';
import { useRowData, type RowData } from './grid-rows';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = gridTheme.withParams({ rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT });

/**
 * Keys the workspace's commands handle for the whole selected block (Delete
 * and Backspace clear it, Ctrl/Cmd+A selects the grid): AG Grid must not
 * also act on the one focused cell. While a cell is being edited they stay
 * the editor's.
 */
const defaultColDef: ColDef<RowData> = { suppressKeyboardEvent: appKeys };

/**
 * A grid's AG Grid. Short grids size to their rows; long ones scroll in a
 * body of their own (see grid-layout), where AG Grid renders only the rows
 * and columns on screen.
 */
export function GridBody({ grid }: { grid: Grid }) {
  const services = useServices();
  const lang = useSession((state) => state.lang);
  const t = useT();
  const narrow = useNarrow();
  const showSources = useSession((state) => state.showSources);
  const rows = useRowData(grid, lang);
  const latest = useRef(grid);
  latest.current = grid;
  const tableColumns = grid.kind === 'table' ? grid.columns : undefined;
  const columns = useMemo(
    () => gridColumns({ name: grid.name, kind: grid.kind, columns: tableColumns }, { services, lang, t, narrow, showSources, currentGrid: () => latest.current }),
    [grid.name, grid.kind, tableColumns, services, lang, t, narrow, showSources],
  );
  const autoHeight = sizesToRows(grid.rows.length);
  return (
    <div className={autoHeight ? 'grid-body' : 'grid-body grid-body-tall'}>
      <AgGridReact<RowData>
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={(params) => params.data.id}
        domLayout={autoHeight ? 'autoHeight' : 'normal'}
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
        suppressMovableColumns
        suppressRowTransform
        onGridReady={(event) => gridMounted(grid.name, event.api)}
        onGridPreDestroyed={() => gridUnmounted(grid.name)}
        onCellFocused={(event) => selectFocusedCell(services, latest.current, event)}
      />
    </div>
  );
}
