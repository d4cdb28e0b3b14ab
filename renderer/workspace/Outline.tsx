import { localText } from '../../models/format/local-text';
import { useDocument, useSession, useT } from '../app/hooks';

/** The list of grids; a click scrolls to one. */
export function Outline() {
  const t = useT();
  const lang = useSession((state) => state.lang);
  const grids = useDocument((state) => state.scenario.grids);
  return (
    <nav className="outline" aria-label={t('outline')}>
      <h2>{t('outline')}</h2>
      <ul>
        <li><a href="#charts" onClick={(event) => {
          event.preventDefault();
          document.getElementById('charts')?.scrollIntoView({ block: 'start' });
        }}>{t('charts')}</a></li>
        {grids.map((grid) => (
          <li key={grid.id}>
            <a href={`#grid-${grid.name}`} onClick={(event) => {
              event.preventDefault();
              document.getElementById(`grid-${grid.name}`)?.scrollIntoView({ block: 'start' });
            }}>{localText(grid.label, lang, grid.name)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
