import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppStorage } from '../../electron/app-storage';
import { RecoveryOwners } from '../../electron/recovery-owners';
import { FileGrants, guardFileAccess } from '../../electron/file-grants';
import type { FileSystem } from '../../electron/file-system';
import { createHandlers, type HandlerDeps } from '../../electron/ipc-handlers';

const fs = nodeFs as unknown as FileSystem;
const scratch = () => mkdtempSync(path.join(tmpdir(), 'tokencast-grants-'));

/**
 * Guarded handlers over a scratch folder holding plan.tokencast; the dialogs
 * answer what `chosen` holds. `restart()` gives the handlers of a new run of
 * the app: the same files and user data, no grants.
 */
function app(chosen: { open?: string; save?: string } = {}) {
  const folder = scratch();
  const plan = path.join(folder, 'plan.tokencast');
  writeFileSync(plan, '{"plan": 1}');
  const storage = new AppStorage(fs, path.join(folder, 'user-data'), Date.now);
  const deps: HandlerDeps = {
    fs, storage, recovery: new RecoveryOwners(storage), now: Date.now,
    chooseFileToOpen: async () => chosen.open, chooseFileToSave: async () => chosen.save, choosePriceTable: async () => undefined,
    systemLang: () => 'en', windowState: () => undefined, printToPdf: async () => new Uint8Array(),
  };
  const start = () => {
    const grants = new FileGrants();
    return { grants, handlers: guardFileAccess(createHandlers(deps), grants) };
  };
  return { folder, plan, ...start(), restart: () => start().handlers };
}

describe('files the renderer may name', () => {
  it('refuses to open a path the user never chose, such as /etc/hostname', async () => {
    expect(await app().handlers['tokencast:file:open']({ path: '/etc/hostname' })).toEqual({
      status: 'failed', message: 'hostname was not chosen in Tokencast (open it with File › Open, drop it on the window, or pick it from the recent files)',
    });
  });

  it('refuses to save over a path the user never chose', async () => {
    const { folder, handlers } = app();
    const target = path.join(folder, 'elsewhere.tokencast');
    expect(await handlers['tokencast:file:save']({ path: target, suggestedName: 'x', text: 'evil' })).toMatchObject({ status: 'failed' });
    await expect(nodeFs.stat(target)).rejects.toThrow();
  });

  it('opens the file chosen in the open dialog, and again later by its path', async () => {
    const chosen: { open?: string } = {};
    const { plan, handlers } = app(chosen);
    chosen.open = plan;
    expect(await handlers['tokencast:file:open']({})).toMatchObject({ status: 'opened' });
    expect(await handlers['tokencast:file:open']({ path: plan })).toMatchObject({ status: 'opened' });
  });

  it('saves to the file chosen in the save dialog, and again later by its path', async () => {
    const target = path.join(scratch(), 'new.tokencast');
    const { handlers } = app({ save: target });
    expect(await handlers['tokencast:file:save']({ suggestedName: 'new.tokencast', text: 'one' })).toMatchObject({ status: 'saved', path: target });
    expect(await handlers['tokencast:file:save']({ path: target, suggestedName: 'new.tokencast', text: 'two' })).toMatchObject({ status: 'saved' });
    expect(readFileSync(target, 'utf8')).toBe('two');
  });

  it('opens a file the main process granted: the command line, the OS, the recent-files menu', async () => {
    const { plan, grants, handlers } = app();
    grants.grant(plan);
    expect(await handlers['tokencast:file:open']({ path: plan })).toMatchObject({ status: 'opened', file: { text: '{"plan": 1}' } });
  });

  it('opens a file the preload reported as dropped on the window', async () => {
    const { plan, handlers } = app();
    await handlers['tokencast:file:dropped']({ path: plan });
    expect(await handlers['tokencast:file:open']({ path: plan })).toMatchObject({ status: 'opened' });
  });

  it('opens a file from the recent list once it has given the list to the renderer', async () => {
    const { plan, grants, handlers, restart } = app();
    grants.grant(plan);
    await handlers['tokencast:file:open']({ path: plan });
    await handlers['tokencast:recent:add']({ path: plan });
    const later = restart();
    expect(await later['tokencast:file:open']({ path: plan })).toMatchObject({ status: 'failed' });
    expect(await later['tokencast:recent:list']({})).toEqual([{ path: plan, name: 'plan.tokencast' }]);
    expect(await later['tokencast:file:open']({ path: plan })).toMatchObject({ status: 'opened' });
  });

  it('keeps unsaved work only for a file the renderer may name', async () => {
    const { plan, handlers } = app();
    const entry = { id: 'r1', name: 'plan.tokencast', path: plan, text: '{}', savedAtMs: 1 };
    expect(await handlers['tokencast:recovery:write'](entry)).toEqual({ ok: false });
    expect(await handlers['tokencast:recovery:write']({ ...entry, path: undefined })).toEqual({ ok: true });
  });

  it('lets work recovered after a crash be saved where it came from', async () => {
    const { plan, grants, handlers, restart } = app();
    grants.grant(plan);
    await handlers['tokencast:recovery:write']({ id: 'r1', name: 'plan.tokencast', path: plan, text: '{}', savedAtMs: 1 });
    const later = restart();
    expect(await later['tokencast:recovery:list']({})).toMatchObject([{ path: plan }]);
    expect(await later['tokencast:file:save']({ path: plan, suggestedName: 'plan.tokencast', text: 'recovered', overwrite: true })).toMatchObject({ status: 'saved' });
  });
});
