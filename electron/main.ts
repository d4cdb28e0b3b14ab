import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandId } from '../shared/ipc';
import { langOfLocale, type Lang } from '../shared/lang';
import { FILE_EXTENSION } from '../shared/scenario-schema';
import { AppStorage } from './app-storage';
import type { FileSystem } from './file-system';
import { FileGrants, guardFileAccess } from './file-grants';
import { createHandlers, registerHandlers } from './ipc-handlers';
import { menuTemplate } from './menu-template';
import { RecoveryOwners } from './recovery-owners';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl, isPermissionAllowed, resolveAppFile, secureWebPreferences } from './security';

// Thin wiring: Electron objects in, plain modules (ipc-handlers, app-storage,
// menu-template, security) do the work and are tested in Node.

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererRoot = path.join(import.meta.dirname, '../renderer');
const storage = new AppStorage(fs as unknown as FileSystem, app.getPath('userData'), Date.now);
const recovery = new RecoveryOwners(storage);
let window: BrowserWindow | undefined;
let dirty = false;
let closing: 'ask' | 'after-save' | 'now' = 'ask';
const pendingPaths: string[] = [];
const grants = new FileGrants();

const fileArgument = (argv: readonly string[]) => argv.slice(1).find((arg) => arg.endsWith(`.${FILE_EXTENSION}`) && !arg.startsWith('-'));
const send = (channel: string, value: unknown) => window?.webContents.send(channel, value);
const sendCommand = (id: CommandId) => send('tokencast:menu:command', id);

/** Opens a file the user chose outside the window (command line, OS, recent-files menu): the renderer may name it from now on. */
function openPath(file: string): void {
  grants.grant(file);
  if (window) send('tokencast:file:open-path', file);
  else pendingPaths.push(file);
}

async function buildMenu(): Promise<void> {
  const lang: Lang = (await storage.language()) ?? langOfLocale(app.getLocale());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, lang, await storage.recentFiles(), { command: sendCommand, openRecent: openPath })));
}

async function createWindow(): Promise<void> {
  const saved = (await storage.settings()).window;
  window = new BrowserWindow({
    width: saved?.width ?? 1440, height: saved?.height ?? 900, x: saved?.x, y: saved?.y, minWidth: 900, minHeight: 600,
    show: false, title: 'Tokencast', webPreferences: secureWebPreferences(path.join(import.meta.dirname, '../preload/preload.cjs')),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window?.show());
  window.webContents.on('did-finish-load', () => pendingPaths.splice(0).forEach(openPath));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.on('close', (event) => {
    const current = window!;
    void storage.updateSettings({ window: { ...current.getNormalBounds(), maximized: current.isMaximized() } });
    if (!dirty || closing === 'now') return;
    event.preventDefault();
    void askBeforeClosing(current);
  });
  window.on('closed', () => {
    window = undefined;
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

async function askBeforeClosing(current: BrowserWindow): Promise<void> {
  const zh = (await storage.language()) === 'zh';
  const { response } = await dialog.showMessageBox(current, {
    type: 'warning', message: zh ? '关闭前保存修改吗？' : 'Save your changes before closing?',
    buttons: zh ? ['保存', '不保存', '取消'] : ['Save', "Don't Save", 'Cancel'], defaultId: 0, cancelId: 2,
  });
  if (response === 1) {
    closing = 'now';
    await recovery.closeWindow();
    current.close();
  } else if (response === 0) {
    closing = 'after-save';
    sendCommand('file.save');
  }
}

function onWindowState(title: string, isDirty: boolean): void {
  dirty = isDirty;
  window?.setTitle(title);
  window?.setDocumentEdited(isDirty);
  if (closing === 'after-save') {
    closing = isDirty ? 'ask' : 'now';
    // Saved: the window's recovery copies go before the window does (the app may quit right after).
    if (!isDirty) void recovery.closeWindow().then(() => window?.close());
  }
  void buildMenu();
}

/** Renders a business-case page in a hidden window with scripts off, and prints it to A4 PDF. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const printer = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, disableBlinkFeatures: 'Auxclick' } });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    printer.destroy();
  }
}

function secureSession(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => callback(isPermissionAllowed(permission, contents.getURL())));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url, path);
    // A missing file is a 404 too, not a failed request.
    const response = file && (await net.fetch(pathToFileURL(file).href).catch(() => undefined));
    if (!response) return new Response('not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const initial = fileArgument(process.argv);
  if (initial) openPath(initial);
  app.on('second-instance', (_event, argv) => {
    const file = fileArgument(argv);
    if (file) openPath(file);
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openPath(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    secureSession();
    registerHandlers(ipcMain, guardFileAccess(createHandlers({
      fs: fs as unknown as FileSystem,
      storage,
      recovery,
      now: Date.now,
      chooseFileToOpen: async () => {
        const result = await dialog.showOpenDialog(window!, { properties: ['openFile'], filters: [{ name: 'Tokencast', extensions: [FILE_EXTENSION] }] });
        return result.canceled ? undefined : result.filePaths[0];
      },
      choosePriceTable: async () => {
        const result = await dialog.showOpenDialog(window!, { properties: ['openFile'], filters: [{ name: 'LiteLLM price table (JSON)', extensions: ['json'] }] });
        return result.canceled ? undefined : result.filePaths[0];
      },
      chooseFileToSave: async (suggestedName) => {
        const result = await dialog.showSaveDialog(window!, { defaultPath: suggestedName, filters: [{ name: 'Tokencast', extensions: [FILE_EXTENSION] }] });
        return result.canceled ? undefined : result.filePath;
      },
      systemLang: () => langOfLocale(app.getLocale()),
      windowState: onWindowState,
      printToPdf,
    }), grants), isAppUrl);
    await buildMenu();
    await createWindow();
  });
}
