import { memo } from 'react';
import { localText } from '../../models/format/local-text';
import type { Grid } from '../../shared/scenario-schema';
import { useSession } from '../hooks/store-hooks';
import { CatalogActions } from '../catalog/CatalogActions';
import { GridBody } from './GridBody';
import { RowActions } from './RowActions';

/** One grid of the scenario: its title, row actions, note and body. Redraws only when its own grid changes. */
export const GridSection = memo(function GridSection({ grid }: { grid: Grid }) {
  const lang = useSession((state) => state.lang);
  const title = localText(grid.label, lang, grid.name);
  return (
    <section className="grid-section" id={`grid-${grid.name}`} aria-label={title}>
      <header className="grid-header">
        <h2>{title} <code>{grid.name}</code></h2>
        <CatalogActions grid={grid} />
        <RowActions grid={grid} />
      </header>
      {grid.note ? <p className="grid-note">{localText(grid.note, lang)}</p> : null}
      <GridBody grid={grid} />
    </section>
  );
});
