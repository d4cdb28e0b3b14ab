import { useState } from 'react';
import { useServices } from '../hooks/services';
import { useT } from '../hooks/store-hooks';
import type { MessageKey } from '../i18n/messages';
import { ComparePanel } from './ComparePanel';
import { DataTablePanel } from './DataTablePanel';
import { GoalSeekPanel } from './GoalSeekPanel';
import { MonteCarloPanel } from './MonteCarloPanel';
import { TornadoPanel } from './TornadoPanel';
import './whatif.css';

const TABS = [
  ['compare', 'wi.tabCompare', ComparePanel],
  ['tornado', 'wi.tabTornado', TornadoPanel],
  ['goal-seek', 'wi.tabGoalSeek', GoalSeekPanel],
  ['data-table', 'wi.tabDataTable', DataTablePanel],
  ['monte-carlo', 'wi.tabMonteCarlo', MonteCarloPanel],
] as const satisfies ReadonlyArray<readonly [string, MessageKey, () => React.JSX.Element]>;

type TabId = (typeof TABS)[number][0];

/** The what-if panels above the charts: compare scenarios, tornado, goal seek, data table, Monte Carlo — on the active scenario. */
export function WhatIfPanel() {
  const services = useServices();
  const t = useT();
  const [tab, setTab] = useState<TabId>('compare');
  const Panel = TABS.find(([id]) => id === tab)![2];
  return (
    <section className="whatif-panel" aria-label={t('wi.panel')}>
      <header className="whatif-head">
        <h2>{t('wi.panel')}</h2>
        <button type="button" onClick={() => services.sessionStore.getState().toggleWhatIf()}>{t('close')}</button>
      </header>
      <div className="whatif-tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`wi-tab-${id}`} aria-selected={tab === id} aria-controls="wi-tabpanel" onClick={() => setTab(id)}>{t(label)}</button>
        ))}
      </div>
      <div role="tabpanel" id="wi-tabpanel" aria-labelledby={`wi-tab-${tab}`}>
        <Panel />
      </div>
    </section>
  );
}
