import { overriddenRefs, scenarioNames } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { activeScenarioName } from '../state/document-store';
import './whatif.css';

/**
 * The scenario switcher beside the key figures: the base or a named
 * scenario, which the whole workspace then shows and cell edits go to; new,
 * rename, delete, promote to base, and reset the selected cell to the base.
 * Every change is one undoable step.
 */
export function ScenarioSwitcher() {
  const services = useServices();
  const t = useT();
  const scenario = useDocument((state) => state.scenario);
  const activeId = useDocument((state) => state.activeId);
  const selected = useSession((state) => state.selected);
  const active = activeScenarioName(scenario, activeId);
  const names = scenarioNames(scenario);
  const overridden = overriddenRefs(scenario, active);
  const store = () => services.documentStore.getState();
  const session = () => services.sessionStore.getState();
  const report = (problem: string | undefined) => {
    if (problem) session().notify({ kind: 'error', text: problem });
  };
  const baseLabel = t('wi.base');

  const create = async () => {
    await session().ask({
      title: t('wi.newScenarioTitle'), message: t('wi.newScenarioHint', { from: active ?? baseLabel }),
      input: { label: t('wi.scenarioName'), value: '', apply: (name) => store().addScenario(name) }, buttons: [{ id: 'ok', label: t('ok') }, { id: 'cancel', label: t('cancel') }],
    });
  };
  const rename = async () => {
    if (active === undefined) return;
    await session().ask({
      title: t('wi.renameTitle', { name: active }), input: { label: t('wi.scenarioName'), value: active, apply: (name) => (name === active ? undefined : store().renameScenario(active, name)) },
      buttons: [{ id: 'ok', label: t('ok') }, { id: 'cancel', label: t('cancel') }],
    });
  };
  const remove = async () => {
    if (active === undefined) return;
    const answer = await session().ask({ title: t('wi.confirmDeleteScenario', { name: active, n: overridden.size }), buttons: [{ id: 'delete', label: t('wi.deleteScenario') }, { id: 'cancel', label: t('cancel') }] });
    if (answer.button === 'delete') report(store().deleteScenario(active));
  };
  const promote = async () => {
    if (active === undefined) return;
    const answer = await session().ask({ title: t('wi.confirmPromote', { name: active, n: overridden.size }), buttons: [{ id: 'promote', label: t('wi.promote') }, { id: 'cancel', label: t('cancel') }] });
    if (answer.button === 'promote') report(store().promoteToBase());
  };

  return (
    <section className={`scenario-switcher${active === undefined ? '' : ' scenario-active'}`} aria-label={t('wi.scenarios')}>
      <label className="scenario-select">
        <span>{t('wi.scenario')}</span>
        <select aria-label={t('wi.scenario')} value={active ?? ''} onChange={(event) => store().setActive(event.target.value === '' ? undefined : event.target.value)}>
          <option value="">{baseLabel}</option>
          {names.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <div className="scenario-actions">
        <button type="button" onClick={() => void create()}>{t('wi.newScenario')}</button>
        <button type="button" disabled={active === undefined} onClick={() => void rename()}>{t('wi.renameScenario')}</button>
        <button type="button" disabled={active === undefined} onClick={() => void remove()}>{t('wi.deleteScenario')}</button>
        <button type="button" disabled={active === undefined || overridden.size === 0} onClick={() => void promote()}>{t('wi.promote')}</button>
        <button type="button" disabled={active === undefined || selected === undefined || !overridden.has(selected)} onClick={() => selected && report(store().resetToBase(selected))}>{t('wi.resetCell')}</button>
      </div>
      {active !== undefined ? <p className="scenario-note" role="status">{t('wi.editing', { name: active, n: overridden.size })}</p> : null}
    </section>
  );
}
