import type { CustomCellRendererProps } from 'ag-grid-react';
import { NONE, isError, isFormula } from '../../models/engine';
import { formatValue } from '../../models/format/format-value';
import { optionLabel } from '../../models/format/local-text';
import { cellInput, staleAfterDays } from '../../models/scenario';
import type { Grid, LocalText, NumberFormat, Scenario } from '../../shared/scenario-schema';
import { useServices } from '../hooks/services';
import { useCellValue, useDocument, useSession, useT } from '../hooks/store-hooks';
import { isCellStale } from '../sources/stale';
import { overridingScenario } from '../whatif/scenario-marks';
import { cellHighlight } from './cell-highlight';
import type { RowData } from './grid-rows';

/** What a value cell needs to know besides its row. */
export interface ValueCellParams {
  readonly refOf: (rowName: string) => string;
  readonly format: (rowName: string) => NumberFormat | undefined;
  /** A choice row's option labels: the cell shows its option's label. */
  readonly optionLabels?: (rowName: string) => Readonly<Record<string, LocalText>> | undefined;
  readonly gridName: string;
  /** The cell's value column, counted from 0 (for block selections). */
  readonly columnIndex: number;
  /** The table column this cell is in (undefined in scalar grids). */
  readonly column?: string;
}

/**
 * One computed cell: the formatted value, styled as an input or a formula,
 * an error code (its message on hover, and in the status bar when
 * selected), and the highlight of the selection and of what the selected
 * cell reads and what reads it. It subscribes to its own value, input,
 * marks and highlight only, so an edit or a move of the selection redraws
 * the cells that changed, not every cell on screen.
 */
export function ValueCell(props: CustomCellRendererProps<RowData> & ValueCellParams) {
  const rowName = props.data?.name ?? '';
  const ref = props.refOf(rowName);
  const { documentStore } = useServices();
  // What this cell shows, each read by its own selector: an edit redraws the cells whose value or marks changed, not every cell on screen.
  const value = useCellValue(ref);
  const input = useDocument((state) => state.engine.input(ref));
  const marks = useDocument((state) => overrideOf(state.scenario, props.gridName, rowName, props.column));
  const overriddenIn = useDocument((state) => overridingScenario(state.scenario, state.activeId, ref));
  const stale = useDocument((state) => isCellStale(state.scenario, ref));
  // Formats and column formulas are structure: read when it changes.
  useDocument((state) => state.structure);
  // Links computed off the page arrive after the selection moved: the highlight is drawn again then.
  useDocument((state) => state.linksVersion);
  const lang = useSession((state) => state.lang);
  const t = useT();
  const highlight = useSession((state) => cellHighlight(state, documentStore.getState(), { ref, grid: props.gridName, rowIndex: props.node.rowIndex ?? -1, columnIndex: props.columnIndex }));
  const { scenario } = documentStore.getState();
  const error = value !== undefined && isError(value) ? value : undefined;
  const classes = ['value-cell', input !== undefined && isFormula(input) ? 'cell-formula' : 'cell-input'];
  if (error) classes.push('cell-error');
  if (highlight) classes.push(highlight);
  let title = error ? `${error.code} ${error.message}` : typeof input === 'string' && isFormula(input) ? input : undefined;
  // Overrides: a row's own input in a column with a formula, or months typed by hand.
  let override: 'column' | 'months' | undefined;
  if (marks === 'column') {
    override = 'column';
    classes.push('cell-override');
    const grid = scenario.grids.find((g) => g.name === props.gridName);
    title ??= t('overridesColumn', { formula: grid?.kind === 'table' ? grid.columns.find((c) => c.name === props.column)?.formula ?? '' : '' });
  } else if (marks > 0) {
    override = 'months';
    classes.push('cell-months');
    title ??= t('monthsOverridden', { n: marks });
  }
  // A cell the active scenario overrides: marked, and its tooltip names the base's input.
  if (overriddenIn !== undefined) {
    classes.push('cell-scenario');
    title ??= t('wi.overridden', { name: overriddenIn, base: String(cellInput(scenario, ref) ?? '') });
  }
  if (stale) {
    classes.push('cell-stale');
    title ??= t('staleTitle', { days: staleAfterDays(scenario) });
  }
  const labels = props.optionLabels?.(rowName);
  const text = value === undefined ? '' : value === NONE ? '—' : typeof value === 'string' && labels ? optionLabel(labels, value, lang) : formatValue(value, props.format(rowName), lang);
  return (
    <div className={classes.join(' ')} title={title} data-ref={ref} data-stale={stale || undefined} data-override={override}
      data-scenario={overriddenIn === undefined ? undefined : 'overridden'} data-error={error?.code}>
      {text}
    </div>
  );
}

/** A grid's rows by name, built once per grid object (an edit makes a new object only for the grid it changes). */
const rowsByGrid = new WeakMap<Grid, Map<string, Grid['rows'][number]>>();

/**
 * What this cell overrides by hand: `'column'` when it replaces its column's
 * formula, else how many of its row's months are typed in (0: none). A
 * primitive, so a cell redraws only when its own marks change.
 */
function overrideOf(scenario: Scenario, gridName: string, rowName: string, column: string | undefined): 'column' | number {
  const grid = scenario.grids.find((g) => g.name === gridName);
  if (!grid) return 0;
  let rows = rowsByGrid.get(grid);
  if (!rows) {
    rows = new Map(grid.rows.map((row) => [row.name, row]));
    rowsByGrid.set(grid, rows);
  }
  const row = rows.get(rowName);
  if (!row) return 0;
  if (grid.kind === 'table' && 'cells' in row) {
    return column !== undefined && grid.columns.some((c) => c.name === column && c.formula !== undefined) && Object.hasOwn(row.cells, column) ? 'column' : 0;
  }
  return 'overrides' in row && row.overrides ? Object.keys(row.overrides).length : 0;
}
