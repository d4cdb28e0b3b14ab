import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadScenario } from '../models/scenario';
import { referenceTemplate } from '../models/templates';
import type { TokencastBridge } from '../shared/ipc';
import { htmlLangOf, type Lang } from '../shared/lang';
import { App } from './app/App';
import { createBrowserBridge } from './bridge/browser-bridge';
import { openComputeWorker } from './engine/worker-port';
import { loadCjkFont } from './i18n/load-cjk-font';
import { createDocumentStore } from './state/document-store';
import { readDock } from './state/charts-dock';
import { createSessionStore } from './state/session-store';
// Chinese must render on machines without a CJK font (many Linux desktops): the font ships with the
// app, split by unicode-range so only the subsets a page uses are loaded.
import '@fontsource/noto-sans-sc/400.css';
import './styles.css';

// Load the Chinese glyphs up front: a web font that is only a fallback is not waited for, so the first Chinese text (the 中文 button) would show as boxes.
void document.fonts.load('1em "Noto Sans SC"', '中文');

declare global {
  interface Window {
    /** The Electron preload's bridge; absent in a plain browser. */
    readonly tokencast?: TokencastBridge;
  }
}

/** Where the charts dock's place, fold and size are kept. */
const DOCK_KEY = 'tokencast.chartsDock';

async function start(): Promise<void> {
  // Before the first paint: text shaped before its font piece arrived stayed as boxes (see loadCjkFont).
  await Promise.race([loadCjkFont(document.fonts), new Promise((resolve) => setTimeout(resolve, 1500))]);
  const bridge = window.tokencast ?? createBrowserBridge();
  const template = loadScenario(referenceTemplate.text);
  if (!template.ok) throw new Error(`the built-in template is damaged: ${template.errors[0]}`);
  const services = {
    bridge,
    documentStore: createDocumentStore(template.file.scenario, { openComputePort: openComputeWorker }),
    sessionStore: createSessionStore(await bridge.language(), readDock(localStorage.getItem(DOCK_KEY))),
  };
  // The charts dock is a view preference of this machine, like the language: kept across reloads, never in the document.
  services.sessionStore.subscribe((state, previous) => {
    if (state.chartsDock !== previous.chartsDock) localStorage.setItem(DOCK_KEY, JSON.stringify(state.chartsDock));
  });
  const showLang = (lang: Lang) => {
    // Only on a change: writing the attribute, even unchanged, restyles the whole page (every selection move did).
    const tag = htmlLangOf(lang);
    if (document.documentElement.lang !== tag) document.documentElement.lang = tag;
  };
  showLang(services.sessionStore.getState().lang);
  services.sessionStore.subscribe((state) => showLang(state.lang));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

void start();
