import { APP_VERSION } from '../../shared/app-info';
import type { Lang } from '../../shared/lang';
import type { AppServices } from '../hooks/services';
import { translate } from '../i18n/translate';
import type { Command } from './command';
import { focusPane } from './pane-focus';

async function switchLanguage(services: AppServices, lang: Lang): Promise<void> {
  services.sessionStore.getState().setLang(lang);
  await services.bridge.language(lang);
}

const zoomBy = (services: AppServices, factor: number) => {
  const { zoom, setZoom } = services.sessionStore.getState();
  setZoom(factor === 0 ? 1 : Math.round(zoom * factor * 10) / 10);
};

/** Shows the charts dock, or folds it to its header. */
function showOrFoldCharts(services: AppServices): void {
  const { chartsDock, collapseCharts } = services.sessionStore.getState();
  collapseCharts(!chartsDock.collapsed);
}

/** The View and Help menus' commands. */
export const viewCommands: Command[] = [
  { id: 'view.lang.en', run: (services) => switchLanguage(services, 'en') },
  { id: 'view.lang.zh', run: (services) => switchLanguage(services, 'zh') },
  { id: 'view.months', run: (services) => services.sessionStore.getState().toggleMonths() },
  { id: 'view.sources', run: (services) => services.sessionStore.getState().toggleSources() },
  { id: 'view.lab', run: (services) => services.sessionStore.getState().toggleLab() },
  { id: 'view.whatIf', run: (services) => services.sessionStore.getState().toggleWhatIf() },
  { id: 'view.charts', run: (services) => showOrFoldCharts(services) },
  { id: 'view.zoomIn', run: (services) => zoomBy(services, 1.1) },
  { id: 'view.zoomOut', run: (services) => zoomBy(services, 1 / 1.1) },
  { id: 'view.zoomReset', run: (services) => zoomBy(services, 0) },
  { id: 'view.nextPane', run: (services) => focusPane(services, 1) },
  { id: 'view.previousPane', run: (services) => focusPane(services, -1) },
  {
    id: 'help.about',
    async run(services) {
      const { ask, lang } = services.sessionStore.getState();
      await ask({ title: translate(lang, 'appName'), message: translate(lang, 'about', { version: APP_VERSION }), buttons: [{ id: 'ok', label: translate(lang, 'ok') }] });
    },
  },
];
