import { commandLabel, type CommandId } from '../../shared/commands';
import { useServices } from '../hooks/services';
import { useDocument, useSession } from '../hooks/store-hooks';
import { dispatch } from '../commands/dispatcher';
import { ToggleButtons } from '../sources/ToggleButtons';
import { RecentFiles } from './RecentFiles';

/** The toolbar: file and edit commands, and the language switch; buttons say what the menu items say (shared/commands.ts). */
export function Toolbar() {
  const services = useServices();
  const lang = useSession((state) => state.lang);
  const canUndo = useDocument((state) => state.past.length > 0);
  const canRedo = useDocument((state) => state.future.length > 0);
  const monthsOpen = useSession((state) => state.monthsOpen);
  const whatIfOpen = useSession((state) => state.whatIfOpen);
  const chartsShown = useSession((state) => !state.chartsDock.collapsed);
  const button = (id: CommandId, enabled = true) => (
    <button type="button" disabled={!enabled} data-command={id} onClick={() => void dispatch(id, services)}>{commandLabel(id, lang)}</button>
  );
  return (
    <div className="toolbar" role="toolbar">
      {button('file.new')}
      {button('file.open')}
      <RecentFiles />
      {button('file.save')}
      {button('file.saveAs')}
      {button('file.export')}
      {button('file.exportWorkbook')}
      <span className="separator" />
      {button('edit.undo', canUndo)}
      {button('edit.redo', canRedo)}
      <span className="separator" />
      <button type="button" data-command="view.months" aria-pressed={monthsOpen} onClick={() => void dispatch('view.months', services)}>{commandLabel('view.months', lang)}</button>
      <ToggleButtons />
      <button type="button" data-command="view.whatIf" aria-pressed={whatIfOpen} onClick={() => void dispatch('view.whatIf', services)}>{commandLabel('view.whatIf', lang)}</button>
      <button type="button" data-command="view.charts" aria-pressed={chartsShown} aria-controls="charts" onClick={() => void dispatch('view.charts', services)}>{commandLabel('view.charts', lang)}</button>
      <span className="separator" />
      {button(lang === 'zh' ? 'view.lang.en' : 'view.lang.zh')}
    </div>
  );
}
