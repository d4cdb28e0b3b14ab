import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppStorage } from '../../electron/app-storage';
import type { FileSystem } from '../../electron/file-system';

const storage = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-storage-'));
  let clock = 1000;
  return { folder, store: new AppStorage(nodeFs as unknown as FileSystem, folder, () => clock++) };
};
const entry = (id: string, savedAtMs: number) => ({ id, name: `${id}.tokencast`, text: '{}', savedAtMs });

describe('app storage', () => {
  it('remembers settings across instances', async () => {
    const { folder, store } = storage();
    await store.updateSettings({ lang: 'zh' });
    expect(await new AppStorage(nodeFs as unknown as FileSystem, folder, () => 1).language()).toBe('zh');
  });

  it('reads a damaged settings file as empty', async () => {
    const { folder, store } = storage();
    writeFileSync(path.join(folder, 'settings.json'), '{ nope');
    expect(await store.settings()).toEqual({});
  });

  it('keeps recent files newest first, without duplicates', async () => {
    const { store } = storage();
    await store.addRecent('/a/one.tokencast');
    await store.addRecent('/a/two.tokencast');
    await store.addRecent('/a/one.tokencast');
    expect((await store.recentFiles()).map((f) => f.name)).toEqual(['one.tokencast', 'two.tokencast']);
  });

  it('keeps unsaved work until it is cleared', async () => {
    const { store } = storage();
    await store.writeRecovery(entry('doc-a', 1));
    await store.writeRecovery(entry('doc-b', 2));
    expect((await store.listRecovery()).map((e) => e.id)).toEqual(['doc-b', 'doc-a']);
    await store.clearRecovery('doc-b');
    expect((await store.listRecovery()).map((e) => e.id)).toEqual(['doc-a']);
  });

  it('refuses a recovery id that could escape its folder', async () => {
    const { store } = storage();
    await expect(store.writeRecovery(entry('../evil', 1))).rejects.toThrow('not a recovery id');
  });
});
