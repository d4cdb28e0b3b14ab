import { useT } from '../hooks/store-hooks';
import { ChartCard } from './ChartCard';
import { useChartOptions } from './use-chart-options';

/** The five charts, following every edit. */
export function ChartsPanel() {
  const t = useT();
  const options = useChartOptions();
  return (
    <section className="charts-panel" id="charts" tabIndex={-1} aria-label={t('charts')}>
      <h2>{t('charts')}</h2>
      <div className="charts-grid">
        {options.map(([id, option], order) => <ChartCard key={id} id={id} option={option} order={order} />)}
      </div>
    </section>
  );
}
