import { useRef } from 'react';
import { NONE, isError, type Value } from '../../models/engine';
import { formatValue } from '../../models/format/format-value';
import { optionLabel } from '../../models/format/local-text';
import { CHECKS_GRID, OUTPUT_GRID, warnings, type Warning } from '../../models/outputs';
import { cellCatalog, inputMisfits, locateCell } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { perStructure, useCatalog, useDocument, useSession, useT } from '../hooks/store-hooks';
import { ScenarioSwitcher } from '../whatif/ScenarioSwitcher';
import { changeAmount, changeSentence, kpiChange, nextReferences, referenceValues, type KpiChange, type KpiReferences, type ReferenceKind } from './kpi-change';
import { goToCell } from './NameBox';

/** The outputs the panel always shows, in order; any that the scenario lacks are skipped. */
const KPIS = [
  'out.tco', 'out.payback_month', 'out.ft_breakeven_calls', 'out.ft_breakeven_month', 'out.ft_max_retry_multiplier', 'out.roi', 'out.gross_margin',
  'out.cost_per_request', 'out.tco_api', 'out.tco_cloud', 'out.tco_onprem',
] as const;

const MODE_REF = 'deploy.mode';

/** Labels and formats of the outputs and checks only: the whole document's catalog costs ~100 ms at 100k cells. */
const panelCatalog = perStructure((state) => cellCatalog({ ...state.scenario, grids: state.scenario.grids.filter((grid) => grid.name === OUTPUT_GRID || grid.name === CHECKS_GRID) }));

/** `data-value`: the full-precision number, empty for none, `error` for an error. */
function dataValue(value: Value | undefined): string {
  if (value === undefined || value === NONE) return '';
  if (isError(value)) return 'error';
  return String(value);
}

/** The arrow beside a figure that moved. */
const ARROW = { up: '▲', down: '▼', changed: '◆' } as const;

/**
 * The always-visible key figures, the deployment mode switch and the
 * warnings. Each figure is a button: focusing it reads out its name and
 * value, pressing it goes to the cell; an error shows its reason in words.
 * A figure that differs from its reference (the document as last opened or
 * saved; the base, while a named scenario shows) shows an arrow and by how
 * much, green when better for the plan, red when worse.
 */
export function KpiPanel() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  useDocument((state) => state.version);
  const scenario = useDocument((state) => state.scenario);
  const computing = useDocument((state) => state.computing);
  const baseline = useDocument((state) => state.baseline);
  const named = useDocument((state) => state.activeId !== undefined);
  const fileName = useSession((state) => state.fileName);
  const catalog = useCatalog(panelCatalog);
  const { engine } = services.documentStore.getState();
  const kpis = KPIS.filter((ref) => catalog.has(ref));
  const moment = { baseline, grids: scenario.grids, named, computing, read: () => new Map<string, Value | undefined>(kpis.map((ref) => [ref, engine.get(ref)])) };
  // Taken from the values drawn, so nothing computes twice; nextReferences is pure, so a repeated draw changes nothing.
  const references = useRef<KpiReferences | undefined>(undefined);
  references.current = nextReferences(references.current, moment);
  const reference = referenceValues(references.current, moment);
  const referenceKind: ReferenceKind = named ? 'base' : fileName === undefined ? 'opened' : 'saved';
  const modePlace = locateCell(scenario, MODE_REF);
  const modeRow = modePlace ? scenario.grids[modePlace.gridIndex]!.rows[modePlace.rowIndex] : undefined;
  const modes = modeRow && 'options' in modeRow ? modeRow.options ?? [] : [];
  const modeLabels = modeRow && 'optionLabels' in modeRow ? modeRow.optionLabels : undefined;
  const mode = engine.get(MODE_REF);

  const shown = (ref: string, value: Value | undefined) => {
    if (value === undefined) return '';
    if (isError(value)) return value.code;
    if (value === NONE) return ref.endsWith('_month') ? t('never') : t('none');
    if (typeof value === 'number' && ref.endsWith('_month')) return t('month', { n: value });
    return formatValue(value, catalog.get(ref)?.format, lang);
  };

  return (
    <aside className="kpi-panel" aria-label={t('outputs')} aria-busy={computing || undefined} data-computing={computing || undefined}>
      <ScenarioSwitcher />
      <h2>{t('outputs')}</h2>
      {modes.length > 0 ? (
        <div className="mode-switch" role="radiogroup" aria-label={t('deployment')}>
          {modes.map((option) => (
            <button key={option} type="button" role="radio" aria-checked={mode === option} data-mode={option}
              onClick={() => services.documentStore.getState().setCell(MODE_REF, option)}>
              {optionLabel(modeLabels, option, lang)}
            </button>
          ))}
        </div>
      ) : null}
      <dl className="kpis">
        {kpis.map((ref) => {
          const value = engine.get(ref);
          const info = catalog.get(ref)!;
          const change = kpiChange(ref, value, reference?.get(ref), info.format);
          const difference = (amount: number) => formatValue(amount, info.format, lang);
          const sentence = change ? changeSentence(change, referenceKind, lang, difference, (was) => shown(ref, was)) : undefined;
          const error = value !== undefined && isError(value) ? value : undefined;
          const unit = info.unit && typeof value === 'number' && info.format !== 'percent' && !ref.endsWith('_month') ? info.unit[lang] : undefined;
          const text = shown(ref, value);
          const label = info.label[lang];
          return (
            <div key={ref} className={`kpi${error ? ' kpi-error' : ''}`} data-kpi={ref} data-value={dataValue(value)}
              title={error ? error.message : ref} onClick={() => goToCell(services, ref)}>
              <dt>{label}</dt>
              <dd>
                <button type="button" className="kpi-value" aria-label={`${label}: ${text}${unit ? ` ${unit}` : ''}${error ? ` — ${error.message}` : ''}${sentence ? `, ${sentence}` : ''}`}>
                  {text}{unit ? <small> {unit}</small> : null}
                  {change ? <ChangeMark change={change} sentence={sentence!} amount={change.direction === 'changed' ? '' : changeAmount(change, lang, difference)} /> : null}
                </button>
                {error ? <small className="kpi-reason">{error.message}</small> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <Warnings list={warnings(engine, catalog, lang, inputMisfits(scenario))} title={t('warnings')} />
    </aside>
  );
}

/** ▲ +4.4 %: the arrow and amount of a figure's change, its sentence as the tooltip. */
function ChangeMark({ change, sentence, amount }: { change: KpiChange; sentence: string; amount: string }) {
  const good = change.direction === 'changed' ? undefined : change.good;
  return (
    <span className="kpi-change" data-change={change.direction} data-good={good === undefined ? undefined : String(good)} title={sentence} aria-hidden="true">
      {ARROW[change.direction]}{amount ? ` ${amount}` : null}
    </span>
  );
}

function Warnings({ list, title }: { list: Warning[]; title: string }) {
  if (list.length === 0) return null;
  return (
    <section className="warnings" aria-label={title}>
      <h3>⚠ {title}</h3>
      <ul>
        {list.map(({ ref, text }) => <li key={ref} data-warning={ref}>{text}</li>)}
      </ul>
    </section>
  );
}
