import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppStorage } from '../../electron/app-storage';
import type { FileSystem } from '../../electron/file-system';
import { createHandlers, registerHandlers, type HandlerDeps, type HandlerRegistry } from '../../electron/ipc-handlers';
import { RecoveryOwners } from '../../electron/recovery-owners';
import { APP_ORIGIN, isAppUrl } from '../../electron/security';

const fs = nodeFs as unknown as FileSystem;

function setup(overrides: Partial<HandlerDeps> = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-ipc-'));
  const states: Array<[string, boolean]> = [];
  const storage = new AppStorage(fs, path.join(folder, 'user-data'), Date.now);
  const deps: HandlerDeps = {
    fs, storage, recovery: new RecoveryOwners(storage), now: Date.now,
    chooseFileToOpen: async () => undefined, chooseFileToSave: async () => undefined,
    systemLang: () => 'en', windowState: (title, dirty) => states.push([title, dirty]), printToPdf: async (html) => Buffer.from(`%PDF ${html.length}`), ...overrides,
  };
  return { folder, handlers: createHandlers(deps), states, storage, deps };
}

const entry = (id: string, owner?: string) => ({ id, owner, name: `${id}.tokencast`, text: '{}', savedAtMs: 1 });

describe('main-process handlers', () => {
  it('opens a file by path, and remembers it as recent only once the UI says it loaded', async () => {
    const { folder, handlers } = setup();
    const file = path.join(folder, 'plan.tokencast');
    writeFileSync(file, '{"x": 1}');
    const result = await handlers['tokencast:file:open']({ path: file });
    expect(result).toMatchObject({ status: 'opened', file: { name: 'plan.tokencast', text: '{"x": 1}' } });
    expect(await handlers['tokencast:recent:list']({})).toEqual([]);
    expect(await handlers['tokencast:recent:add']({ path: file })).toEqual({ ok: true });
    expect(await handlers['tokencast:recent:list']({})).toEqual([{ path: file, name: 'plan.tokencast' }]);
  });

  it('adds to the recent files only paths it handed out', async () => {
    const { handlers } = setup();
    expect(await handlers['tokencast:recent:add']({ path: '/etc/passwd' })).toEqual({ ok: false });
    expect(await handlers['tokencast:recent:list']({})).toEqual([]);
  });

  it('offers only recovery copies whose window is gone', async () => {
    const { handlers, storage } = setup();
    await storage.writeRecovery(entry('crashed', 'win-old'));
    await storage.writeRecovery(entry('legacy'));
    await handlers['tokencast:recovery:write'](entry('mine', 'win-live'));
    expect((await handlers['tokencast:recovery:list']({})).map((e) => e.id).sort()).toEqual(['crashed', 'legacy']);
  });

  it('deletes this window\'s copies and refuses late ones after Don\'t Save', async () => {
    const { handlers, storage, deps } = setup();
    await storage.writeRecovery(entry('crashed', 'win-old'));
    await handlers['tokencast:recovery:write'](entry('mine', 'win-live'));
    await deps.recovery.closeWindow();
    expect(await handlers['tokencast:recovery:write'](entry('late', 'win-live'))).toEqual({ ok: false });
    expect((await storage.listRecovery()).map((e) => e.id)).toEqual(['crashed']);
  });

  it('says clearly when a recent file was moved away', async () => {
    const { folder, handlers } = setup();
    expect(await handlers['tokencast:file:open']({ path: path.join(folder, 'gone.tokencast') })).toEqual({ status: 'failed', message: 'gone.tokencast does not exist (moved or deleted?)' });
  });

  it('reports a cancelled open dialog', async () => {
    expect(await setup().handlers['tokencast:file:open']({})).toEqual({ status: 'cancelled' });
  });

  it('saves to the path chosen in the dialog, adding the extension', async () => {
    const { folder, handlers } = setup({ chooseFileToSave: async () => path.join(folderRef.current, 'new-plan') });
    const folderRef = { current: folder };
    const result = await handlers['tokencast:file:save']({ suggestedName: 'x.tokencast', text: 'hello' });
    expect(result).toMatchObject({ status: 'saved', name: 'new-plan.tokencast' });
    expect(readFileSync(path.join(folder, 'new-plan.tokencast'), 'utf8')).toBe('hello');
  });

  it('reports a cancelled save dialog', async () => {
    expect(await setup().handlers['tokencast:file:save']({ suggestedName: 'x.tokencast', text: 'hello' })).toEqual({ status: 'cancelled' });
  });

  it('writes an exported image where the user chose', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-ipc-'));
    const { handlers } = setup({ chooseFileToSave: async (name) => path.join(folder, name) });
    const result = await handlers['tokencast:file:export']({ suggestedName: 'chart.png', content: Buffer.from([137, 80, 78, 71]).toString('base64'), encoding: 'base64' });
    expect(result).toMatchObject({ status: 'saved', name: 'chart.png' });
    expect([...readFileSync(path.join(folder, 'chart.png'))]).toEqual([137, 80, 78, 71]);
  });

  it('prints the business case to a PDF where the user chose', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-ipc-'));
    const { handlers } = setup({ chooseFileToSave: async (name) => path.join(folder, name) });
    await handlers['tokencast:file:export-pdf']({ suggestedName: 'case.pdf', html: '<p>hi</p>' });
    expect(readFileSync(path.join(folder, 'case.pdf'), 'utf8')).toBe('%PDF 9');
  });

  it('passes the window title and dirty mark on', async () => {
    const { handlers, states } = setup();
    await handlers['tokencast:window:state']({ title: '• plan.tokencast — Tokencast', dirty: true });
    expect(states).toEqual([['• plan.tokencast — Tokencast', true]]);
  });

  it('remembers the language and falls back to the system one', async () => {
    const { handlers } = setup({ systemLang: () => 'zh' });
    expect(await handlers['tokencast:settings:lang']({})).toEqual({ lang: 'zh' });
    await handlers['tokencast:settings:lang']({ lang: 'en' });
    expect(await handlers['tokencast:settings:lang']({})).toEqual({ lang: 'en' });
  });
});

describe('handler registration', () => {
  const registry = () => {
    const listeners = new Map<string, Parameters<HandlerRegistry['handle']>[1]>();
    return { listeners, handle: (channel: string, listener: Parameters<HandlerRegistry['handle']>[1]) => void listeners.set(channel, listener) };
  };

  it('validates requests against the shared schema', async () => {
    const r = registry();
    registerHandlers(r, setup().handlers, isAppUrl);
    await expect(r.listeners.get('tokencast:file:save')!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, { text: 42 })).rejects.toThrow(/invalid request/);
  });

  it('refuses calls from pages that are not the app', async () => {
    const r = registry();
    registerHandlers(r, setup().handlers, isAppUrl);
    await expect(r.listeners.get('tokencast:recent:list')!({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toThrow(/refused/);
  });

  it('answers calls from the app', async () => {
    const r = registry();
    registerHandlers(r, setup().handlers, isAppUrl);
    expect(await r.listeners.get('tokencast:recent:list')!({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, {})).toEqual([]);
  });
});
