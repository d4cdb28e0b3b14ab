import type { CustomCellRendererProps } from 'ag-grid-react';
import { NONE, isError, isFormula } from '../../models/engine';
import { formatValue } from '../../models/format/format-value';
import type { NumberFormat } from '../../shared/scenario-schema';
import { useServices } from '../app/app-context';
import { staleAfterDays } from '../../models/scenario';
import { useDocument, useSession, useT } from '../app/hooks';
import { isCellStale } from '../sources/stale';
import { cellHighlight } from './cell-highlight';
import type { RowData } from './grid-rows';

/** What a value cell needs to know besides its row. */
export interface ValueCellParams {
  readonly refOf: (rowName: string) => string;
  readonly format: (rowName: string) => NumberFormat | undefined;
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
 * cell reads and what reads it. It subscribes to the document's version and
 * to its own highlight only, so moving the selection redraws a handful of
 * cells, not every cell on screen.
 */
export function ValueCell(props: CustomCellRendererProps<RowData> & ValueCellParams) {
  const rowName = props.data?.name ?? '';
  const ref = props.refOf(rowName);
  const { documentStore } = useServices();
  useDocument((state) => state.version);
  const lang = useSession((state) => state.lang);
  const t = useT();
  const highlight = useSession((state) => cellHighlight(state, documentStore.getState(), { ref, grid: props.gridName, rowIndex: props.node.rowIndex ?? -1, columnIndex: props.columnIndex }));
  const { engine, scenario } = documentStore.getState();
  const value = engine.get(ref);
  const input = engine.input(ref);
  const error = value !== undefined && isError(value) ? value : undefined;
  const classes = ['value-cell', input !== undefined && isFormula(input) ? 'cell-formula' : 'cell-input'];
  if (error) classes.push('cell-error');
  if (highlight) classes.push(highlight);
  let title = error ? `${error.code} ${error.message}` : typeof input === 'string' && isFormula(input) ? input : undefined;
  // Overrides: a row's own input in a column with a formula, or months typed by hand.
  let override: 'column' | 'months' | undefined;
  if (props.column !== undefined && props.data?.overrides.split(',').includes(props.column)) {
    override = 'column';
    classes.push('cell-override');
    const grid = scenario.grids.find((g) => g.name === props.gridName);
    title ??= t('overridesColumn', { formula: grid?.kind === 'table' ? grid.columns.find((c) => c.name === props.column)?.formula ?? '' : '' });
  } else if ((props.data?.monthOverrides ?? 0) > 0) {
    override = 'months';
    classes.push('cell-months');
    title ??= t('monthsOverridden', { n: props.data!.monthOverrides });
  }
  const stale = isCellStale(scenario, ref);
  if (stale) {
    classes.push('cell-stale');
    title ??= t('staleTitle', { days: staleAfterDays(scenario) });
  }
  const text = value === undefined ? '' : value === NONE ? '—' : formatValue(value, props.format(rowName), lang);
  return (
    <div className={classes.join(' ')} title={title} data-ref={ref} data-stale={stale || undefined} data-override={override} data-error={error?.code}>
      {text}
    </div>
  );
}
