import { commandHint, commandLabel, type CommandId } from '../../shared/commands';
import { keyPlatformOf } from '../commands/key-map';
import { useServices } from '../hooks/services';
import { useDocument, useSession } from '../hooks/store-hooks';
import { dispatch } from '../commands/dispatcher';
import { ToggleButtons } from '../sources/ToggleButtons';
import { RecentFiles } from './RecentFiles';

/** The keyboard the shortcuts are shown for: the page does not change machines. */
const platform = keyPlatformOf(navigator.platform);

/**
 * The toolbar: file and edit commands, and the language switch; buttons say
 * what the menu items say (shared/commands.ts), and show their shortcut on
 * hover and to assistive technology, as the menu does.
 */
export function Toolbar() {
  const services = useServices();
  const lang = useSession((state) => state.lang);
  const canUndo = useDocument((state) => state.past.length > 0);
  const canRedo = useDocument((state) => state.future.length > 0);
  const monthsOpen = useSession((state) => state.monthsOpen);
  const whatIfOpen = useSession((state) => state.whatIfOpen);
  const chartsShown = useSession((state) => !state.chartsDock.collapsed);
  const hinted = (id: CommandId) => {
    const hint = commandHint(id, lang, platform);
    return { 'data-command': id, title: hint.title, 'aria-keyshortcuts': hint.ariaKeyShortcuts, onClick: () => void dispatch(id, services) };
  };
  const button = (id: CommandId, enabled = true) => <button type="button" disabled={!enabled} {...hinted(id)}>{commandLabel(id, lang)}</button>;
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
      <button type="button" aria-pressed={monthsOpen} {...hinted('view.months')}>{commandLabel('view.months', lang)}</button>
      <ToggleButtons />
      <button type="button" aria-pressed={whatIfOpen} {...hinted('view.whatIf')}>{commandLabel('view.whatIf', lang)}</button>
      <button type="button" aria-pressed={chartsShown} aria-controls="charts" {...hinted('view.charts')}>{commandLabel('view.charts', lang)}</button>
      <span className="separator" />
      {button(lang === 'zh' ? 'view.lang.en' : 'view.lang.zh')}
    </div>
  );
}
