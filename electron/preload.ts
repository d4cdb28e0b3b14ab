import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Channel, CommandId, RequestOf, ResponseOf, TokencastBridge } from '../shared/ipc';

// Sandboxed preload: CommonJS, Electron's renderer modules only. It exposes one
// narrow object, never ipcRenderer itself.

const invoke = <C extends Channel>(channel: C, request: RequestOf<C>) => ipcRenderer.invoke(channel, request) as Promise<ResponseOf<C>>;

function subscribe<T>(event: string, listener: (value: T) => void): () => void {
  const handler = (_event: unknown, value: T) => listener(value);
  ipcRenderer.on(event, handler);
  return () => ipcRenderer.removeListener(event, handler);
}

const bridge = {
  host: 'electron',
  windowId: `win-${crypto.randomUUID()}`,
  open: (path?: string) => invoke('tokencast:file:open', path === undefined ? {} : { path }),
  save: (request) => invoke('tokencast:file:save', request),
  exportFile: (request) => invoke('tokencast:file:export', request),
  exportPdf: (request) => invoke('tokencast:file:export-pdf', request),
  recentFiles: () => invoke('tokencast:recent:list', {}),
  addRecent: async (path) => void (await invoke('tokencast:recent:add', { path })),
  writeRecovery: async (entry) => void (await invoke('tokencast:recovery:write', entry)),
  listRecovery: () => invoke('tokencast:recovery:list', {}),
  clearRecovery: async (id) => void (await invoke('tokencast:recovery:clear', { id })),
  setWindowState: async (title, dirty) => void (await invoke('tokencast:window:state', { title, dirty })),
  language: async (lang) => (await invoke('tokencast:settings:lang', lang ? { lang } : {})).lang,
  openPriceTable: () => invoke('tokencast:prices:open', {}),
  installedPriceCatalog: () => invoke('tokencast:prices:installed', {}),
  installPriceCatalog: async (catalog) => void (await invoke('tokencast:prices:install', catalog)),
  resetPriceCatalog: async () => void (await invoke('tokencast:prices:reset', {})),
  onCommand: (listener) => subscribe<CommandId>('tokencast:menu:command', listener),
  onOpenPath(listener) {
    openPathListeners.add(listener);
    const off = subscribe<string>('tokencast:file:open-path', listener);
    return () => {
      openPathListeners.delete(listener);
      off();
    };
  },
} satisfies TokencastBridge;

/** Files dropped on the window open like files from the OS. */
const openPathListeners = new Set<(path: string) => void>();

contextBridge.exposeInMainWorld('tokencast', bridge);

window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  // Only a file the OS dropped has a path (a File made by page script has none); telling the main process first lets the UI name it.
  const path = file ? webUtils.getPathForFile(file) : '';
  if (path) void invoke('tokencast:file:dropped', { path }).then(() => openPathListeners.forEach((listener) => listener(path)));
});
