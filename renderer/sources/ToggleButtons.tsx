import { commandLabel } from '../../shared/commands';
import { useServices } from '../hooks/services';
import { useSession } from '../hooks/store-hooks';
import { dispatch } from '../commands/dispatcher';

/** Toolbar switches of this round's panels: the Source column of the grids, and the tokenizer lab. */
export function ToggleButtons() {
  const services = useServices();
  const lang = useSession((state) => state.lang);
  const showSources = useSession((state) => state.showSources);
  const labOpen = useSession((state) => state.labOpen);
  return (
    <>
      <button type="button" data-command="view.sources" aria-pressed={showSources} onClick={() => void dispatch('view.sources', services)}>{commandLabel('view.sources', lang)}</button>
      <button type="button" data-command="view.lab" aria-pressed={labOpen} onClick={() => void dispatch('view.lab', services)}>{commandLabel('view.lab', lang)}</button>
    </>
  );
}
