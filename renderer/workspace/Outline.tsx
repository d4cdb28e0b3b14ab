import { localText } from '../../models/format/local-text';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { useNarrow } from '../hooks/use-narrow';
import { valueColumns } from '../grids/grid-geometry';
import { revealCell } from '../grids/grid-registry';

/**
 * The list of grids; choosing one gives the keyboard to its first cell. Below
 * it, the panels (the charts), which are no grid. It folds to a button on
 * narrow windows (and whenever the user folds it).
 */
export function Outline() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const chosen = useSession((state) => state.outlineOpen);
  const narrow = useNarrow();
  const grids = useDocument((state) => state.scenario.grids);
  const open = chosen ?? !narrow;
  return (
    <nav className={open ? 'outline' : 'outline outline-folded'} aria-label={t('outline')}>
      <div className="outline-header">
        {open ? <h2>{t('outline')}</h2> : null}
        <button type="button" className="outline-toggle" aria-expanded={open} aria-controls="outline-list outline-panels"
          aria-label={open ? t('foldOutline') : t('showOutline')} title={open ? t('foldOutline') : t('showOutline')}
          onClick={() => services.sessionStore.getState().setOutlineOpen(!open)}>
          {open ? '«' : '»'}
        </button>
      </div>
      <ul id="outline-list" hidden={!open}>
        {grids.map((grid) => (
          <li key={grid.id}>
            <a href={`#grid-${grid.name}`} onClick={(event) => {
              event.preventDefault();
              const first = valueColumns(grid)[0];
              if (grid.rows.length > 0 && first) revealCell(grid.name, 0, first);
              else document.getElementById(`grid-${grid.name}`)?.scrollIntoView({ block: 'start' });
            }}>{localText(grid.label, lang, grid.name)}</a>
          </li>
        ))}
      </ul>
      <div id="outline-panels" hidden={!open}>
        <h2>{t('outlinePanels')}</h2>
        <ul>
          <li><a href="#charts" onClick={(event) => {
            event.preventDefault();
            // A folded dock opens: the link is the way to the charts.
            services.sessionStore.getState().collapseCharts(false);
            const charts = document.getElementById('charts');
            charts?.scrollIntoView({ block: 'start' });
            charts?.focus();
          }}>{t('charts')}</a></li>
        </ul>
      </div>
    </nav>
  );
}
