import { useMemo } from 'react';
import { NONE, isError, type Value } from '../../models/engine';
import { formatValue } from '../../models/format/format-value';
import { warnings, type Warning } from '../../models/outputs';
import { cellCatalog, locateCell } from '../../models/scenario';
import { useServices } from '../app/app-context';
import { useDocument, useSession, useT } from '../app/hooks';
import { goToCell } from './NameBox';

/** The outputs the panel always shows, in order; any that the scenario lacks are skipped. */
const KPIS = [
  'out.tco', 'out.payback_month', 'out.ft_breakeven_calls', 'out.ft_breakeven_month', 'out.ft_max_retry_multiplier', 'out.roi', 'out.gross_margin',
  'out.cost_per_request', 'out.tco_api', 'out.tco_cloud', 'out.tco_onprem',
] as const;

const MODE_REF = 'deploy.mode';

/** `data-value`: the full-precision number, empty for none, `error` for an error. */
function dataValue(value: Value | undefined): string {
  if (value === undefined || value === NONE) return '';
  if (isError(value)) return 'error';
  return String(value);
}

/** The always-visible key figures, the deployment mode switch and the warnings. */
export function KpiPanel() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  useDocument((state) => state.version);
  const scenario = useDocument((state) => state.scenario);
  const { engine } = services.documentStore.getState();
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const modePlace = locateCell(scenario, MODE_REF);
  const modeRow = modePlace ? scenario.grids[modePlace.gridIndex]!.rows[modePlace.rowIndex] : undefined;
  const modes = modeRow && 'options' in modeRow ? modeRow.options ?? [] : [];
  const mode = engine.get(MODE_REF);

  const shown = (ref: string, value: Value | undefined) => {
    if (value === undefined) return '';
    if (isError(value)) return value.code;
    if (value === NONE) return ref.endsWith('_month') ? t('never') : t('none');
    if (typeof value === 'number' && ref.endsWith('_month')) return t('month', { n: value });
    return formatValue(value, catalog.get(ref)?.format, lang);
  };

  return (
    <aside className="kpi-panel" aria-label={t('outputs')}>
      <h2>{t('outputs')}</h2>
      {modes.length > 0 ? (
        <div className="mode-switch" role="radiogroup" aria-label={t('deployment')}>
          {modes.map((option) => (
            <button key={option} type="button" role="radio" aria-checked={mode === option} data-mode={option}
              onClick={() => services.documentStore.getState().setCell(MODE_REF, option)}>
              {t(`mode.${option}` as 'mode.api')}
            </button>
          ))}
        </div>
      ) : null}
      <dl className="kpis">
        {KPIS.filter((ref) => catalog.has(ref)).map((ref) => {
          const value = engine.get(ref);
          const info = catalog.get(ref)!;
          return (
            <div key={ref} className={`kpi${value !== undefined && isError(value) ? ' kpi-error' : ''}`} data-kpi={ref} data-value={dataValue(value)}
              title={value !== undefined && isError(value) ? value.message : ref} onClick={() => goToCell(services, ref)}>
              <dt>{info.label[lang]}</dt>
              <dd>{shown(ref, value)}{info.unit && value !== undefined && typeof value === 'number' && info.format !== 'percent' && !ref.endsWith('_month') ? <small> {info.unit[lang]}</small> : null}</dd>
            </div>
          );
        })}
      </dl>
      <Warnings list={warnings(engine, catalog, lang)} title={t('warnings')} />
    </aside>
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
