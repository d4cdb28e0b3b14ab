import * as nodeFs from 'node:fs/promises';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
    chooseFileToOpen: async () => undefined, chooseFileToSave: async () => undefined, choosePriceTable: async () => undefined,
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

  it('refuses a file over the size limit without reading it', async () => {
    const { folder, handlers } = setup({
      fs: { ...fs, stat: async (p: string) => ({ ...(await nodeFs.stat(p)), size: 700 * 2 ** 20, isFile: () => true }), readFile: () => { throw new Error('read'); }, open: () => { throw new Error('read'); } },
    });
    const file = path.join(folder, 'huge.tokencast');
    writeFileSync(file, '{}');
    expect(await handlers['tokencast:file:open']({ path: file })).toEqual({ status: 'failed', message: 'huge.tokencast is 700 MB; Tokencast opens scenario files up to 50 MB' });
  });

  it('names the encoding of a UTF-16 file instead of opening garbage', async () => {
    const { folder, handlers } = setup();
    const file = path.join(folder, 'plan.tokencast');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"x": 1}', 'utf16le')]));
    expect(await handlers['tokencast:file:open']({ path: file })).toEqual({
      status: 'failed', message: 'plan.tokencast: the file is encoded as UTF-16 (little-endian); Tokencast reads UTF-8 — save it as UTF-8 and open it again',
    });
  });

  it('refuses invalid UTF-8 with the byte offset', async () => {
    const { folder, handlers } = setup();
    const file = path.join(folder, 'plan.tokencast');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    expect(await handlers['tokencast:file:open']({ path: file })).toMatchObject({ status: 'failed', message: expect.stringMatching(/^plan\.tokencast: the file is not valid UTF-8: byte 2 \(0xFF\)/) });
  });

  it('removes the temporary files a killed save of the file left, when it is opened', async () => {
    const { folder, handlers } = setup();
    const file = path.join(folder, 'plan.tokencast');
    writeFileSync(file, '{"x": 1}');
    writeFileSync(path.join(folder, '.plan.tokencast.lq2x1abc-0a1b2c3d.tmp'), 'half');
    await handlers['tokencast:file:open']({ path: file });
    expect(readdirSync(folder).sort()).toEqual(['plan.tokencast']);
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

describe('price tables', () => {
  const catalog = {
    format: 'tokencast-price-catalog', version: 1, source: 'LiteLLM model price table', date: '2026-11-20', licence: 'MIT', origin: 'prices.json',
    columns: ['id', 'provider', 'mode', 'input_per_m', 'output_per_m', 'cached_per_m', 'batch_input_per_m', 'batch_output_per_m', 'context_window'],
    models: [['gpt-4o', 'openai', 'chat', 2, 10, 1, null, null, 128000]],
  } as const;

  it('reads the price table the user picks, without adding it to the recent scenarios', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-prices-'));
    const file = path.join(folder, 'prices.json');
    writeFileSync(file, '{"gpt-4o": {}}');
    const { handlers } = setup({ choosePriceTable: async () => file });
    expect(await handlers['tokencast:prices:open']({})).toMatchObject({ status: 'opened', file: { name: 'prices.json', text: '{"gpt-4o": {}}' } });
    expect(await handlers['tokencast:recent:list']({})).toEqual([]);
  });

  it('keeps an imported catalog in the user-data folder, where the CLI finds it too', async () => {
    const { folder, handlers } = setup();
    expect(await handlers['tokencast:prices:installed']({})).toBeNull();
    await handlers['tokencast:prices:install'](structuredClone(catalog) as never);
    expect(await handlers['tokencast:prices:installed']({})).toEqual(catalog);
    expect(JSON.parse(readFileSync(path.join(folder, 'user-data', 'price-catalog.json'), 'utf8'))).toEqual(catalog);
  });

  it('forgets the imported catalog on reset, so the shipped one applies again (a reset with none is fine)', async () => {
    const { folder, handlers } = setup();
    await handlers['tokencast:prices:install'](structuredClone(catalog) as never);
    expect(await handlers['tokencast:prices:reset']({})).toEqual({ ok: true });
    expect(await handlers['tokencast:prices:installed']({})).toBeNull();
    expect(existsSync(path.join(folder, 'user-data', 'price-catalog.json'))).toBe(false);
    expect(await handlers['tokencast:prices:reset']({})).toEqual({ ok: true });
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
