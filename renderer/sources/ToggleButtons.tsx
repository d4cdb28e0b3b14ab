import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { dispatch } from '../commands/dispatcher';

/** Toolbar switches of this round's panels: the Source column of the grids, and the tokenizer lab. */
export function ToggleButtons() {
  const services = useServices();
  const t = useT();
  const showSources = useSession((state) => state.showSources);
  const labOpen = useSession((state) => state.labOpen);
  return (
    <>
      <button type="button" data-command="view.sources" aria-pressed={showSources} onClick={() => void dispatch('view.sources', services)}>{t('cmd.view.sources')}</button>
      <button type="button" data-command="view.lab" aria-pressed={labOpen} onClick={() => void dispatch('view.lab', services)}>{t('cmd.view.lab')}</button>
    </>
  );
}
