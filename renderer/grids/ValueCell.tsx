import type { CustomCellRendererProps } from 'ag-grid-react';
import { NONE, isError, isFormula, type Engine } from '../../models/engine';
import { formatValue } from '../../models/format/format-value';
import { cellInput, staleAfterDays } from '../../models/scenario';
import type { NumberFormat } from '../../shared/scenario-schema';
import { useServices } from '../app/app-context';
import { useDocument, useSession, useT } from '../app/hooks';
import { isCellStale } from '../sources/stale';
import { overridingScenario } from '../whatif/scenario-marks';
import { positionOf } from './grid-geometry';

/** What a value cell needs to know besides its row. */
export interface ValueCellParams {
  readonly refOf: (rowName: string) => string;
  readonly format: (rowName: string) => NumberFormat | undefined;
  /** The table column this cell is in (undefined in scalar grids). */
  readonly column?: string;
}

/** What a value cell's row says of overrides: columns whose formula it overrides, months typed by hand. */
interface OverrideMarks {
  readonly overrides?: ReadonlySet<string>;
  readonly monthOverrides?: number;
}

/**
 * One computed cell: the formatted value, styled as an input or a formula,
 * an error code with its message on hover, and the highlight of what the
 * selected cell reads and what reads it.
 */
export function ValueCell(props: CustomCellRendererProps & ValueCellParams) {
  const ref = props.refOf((props.data as { name: string }).name);
  const marks = props.data as OverrideMarks;
  const t = useT();
  const { documentStore } = useServices();
  const version = useDocument((state) => state.version);
  const lang = useSession((state) => state.lang);
  const selected = useSession((state) => state.selected);
  const extent = useSession((state) => state.extent);
  const showDependencies = useSession((state) => state.showDependencies);
  const activeId = useDocument((state) => state.activeId);
  const { engine, scenario } = documentStore.getState();
  const value = engine.get(ref);
  const input = engine.input(ref);
  const classes = ['value-cell', input !== undefined && isFormula(input) ? 'cell-formula' : 'cell-input'];
  let title = typeof input === 'string' && isFormula(input) ? input : undefined;
  if (value !== undefined && isError(value)) {
    classes.push('cell-error');
    title = `${value.code} ${value.message}`;
  }
  let override: 'column' | 'months' | undefined;
  if (props.column !== undefined && marks.overrides?.has(props.column)) {
    override = 'column';
    classes.push('cell-override');
    const formula = documentStore.getState().scenario.grids.find((g) => g.name === ref.split('.')[0]);
    title ??= t('overridesColumn', { formula: formula?.kind === 'table' ? formula.columns.find((c) => c.name === props.column)?.formula ?? '' : '' });
  } else if ((marks.monthOverrides ?? 0) > 0) {
    override = 'months';
    classes.push('cell-months');
    title ??= t('monthsOverridden', { n: marks.monthOverrides! });
  }
  // A cell the active scenario overrides: marked, and its tooltip names the base's input.
  const overriddenIn = overridingScenario(scenario, activeId, ref);
  if (overriddenIn !== undefined) {
    classes.push('cell-scenario');
    title ??= t('wi.overridden', { name: overriddenIn, base: String(cellInput(scenario, ref) ?? '') });
  }
  if (isCellStale(scenario, ref)) {
    classes.push('cell-stale');
    title ??= t('staleTitle', { days: staleAfterDays(scenario) });
  }
  if (ref === selected || inBlock(scenario, ref, selected, extent)) classes.push('cell-selected');
  if (selected && showDependencies && ref !== selected) {
    const links = linksOf(engine, selected, version);
    if (links.reads.has(ref)) classes.push('cell-precedent');
    if (links.readBy.has(ref)) classes.push('cell-dependent');
  }
  const text = value === undefined ? '' : value === NONE ? '—' : formatValue(value, props.format((props.data as { name: string }).name), lang);
  return (
    <div className={classes.join(' ')} title={title} data-ref={ref} data-stale={classes.includes('cell-stale') || undefined} data-override={override}
      data-scenario={overriddenIn === undefined ? undefined : 'overridden'} data-error={value !== undefined && isError(value) ? value.code : undefined}>
      {text}
    </div>
  );
}

let cachedLinks: { key: string; engine: Engine; reads: Set<string>; readBy: Set<string> } | undefined;

/** What the selected cell reads and what reads it, computed once per selection and edit rather than once per cell. */
function linksOf(engine: Engine, selected: string, version: number): { reads: Set<string>; readBy: Set<string> } {
  const key = `${selected}@${version}`;
  if (cachedLinks?.key !== key || cachedLinks.engine !== engine) {
    cachedLinks = { key, engine, reads: new Set(engine.dependenciesOf(selected)), readBy: new Set(engine.dependentsOf(selected)) };
  }
  return cachedLinks;
}

function inBlock(scenario: Parameters<typeof positionOf>[0], ref: string, anchor: string | undefined, extent: string | undefined): boolean {
  if (!anchor || !extent) return false;
  const a = positionOf(scenario, anchor);
  const b = positionOf(scenario, extent);
  const c = positionOf(scenario, ref);
  if (!a || !b || !c || a.grid !== c.grid || b.grid !== c.grid) return false;
  const between = (x: number, p: number, q: number) => x >= Math.min(p, q) && x <= Math.max(p, q);
  return between(c.rowIndex, a.rowIndex, b.rowIndex) && between(c.columnIndex, a.columnIndex, b.columnIndex);
}
