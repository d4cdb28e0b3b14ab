import * as nodeFs from 'node:fs/promises';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAtomically } from '../../electron/atomic-save';
import type { FileSystem } from '../../electron/file-system';

const OLD = '{"old": true}\n';
const NEW = '{"new": true, "padding": "' + 'x'.repeat(100_000) + '"}\n';
const now = () => 1_700_000_000_000;

function folderWithFile(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-save-'));
  writeFileSync(path.join(folder, 'plan.tokencast'), OLD);
  return folder;
}

class Crash extends Error {}

/** The real file system, except that the `failAt`-th call (counting every call) throws instead. */
function failingFs(failAt: number, error: () => Error = () => new Crash('killed')): { fs: FileSystem; calls: () => number } {
  let calls = 0;
  const step = () => {
    if (calls++ === failAt) throw error();
  };
  const fs: FileSystem = {
    readFile: async (p, e) => (step(), nodeFs.readFile(p, e)),
    open: async (p, flags) => {
      step();
      const handle = await nodeFs.open(p, flags);
      return {
        writeFile: async (data: string, enc: BufferEncoding) => (step(), handle.writeFile(data, enc)),
        sync: async () => (step(), handle.sync()),
        close: () => handle.close(),
      } as unknown as nodeFs.FileHandle;
    },
    rename: async (a, b) => (step(), nodeFs.rename(a, b)),
    copyFile: async (a, b) => (step(), nodeFs.copyFile(a, b)),
    unlink: (p) => nodeFs.unlink(p),
    stat: async (p) => (step(), nodeFs.stat(p)),
    mkdir: (p, o) => nodeFs.mkdir(p, o),
    readdir: (p) => nodeFs.readdir(p),
  };
  return { fs, calls: () => calls };
}

describe('atomic save', () => {
  it('writes the new text and keeps the old one as .bak', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const outcome = await saveAtomically(nodeFs as unknown as FileSystem, target, NEW, { now });
    expect(outcome.status).toBe('saved');
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(OLD);
  });

  it('leaves no temporary file behind', async () => {
    const folder = folderWithFile();
    await saveAtomically(nodeFs as unknown as FileSystem, path.join(folder, 'plan.tokencast'), NEW, { now });
    expect(readdirSync(folder).sort()).toEqual(['plan.tokencast', 'plan.tokencast.bak']);
  });

  it('always leaves the whole old or the whole new file, wherever the save is killed', async () => {
    const total = failingFs(Infinity);
    const folder = folderWithFile();
    await saveAtomically(total.fs, path.join(folder, 'plan.tokencast'), NEW, { now });
    expect(total.calls()).toBeGreaterThan(5);
    for (let step = 0; step < total.calls(); step++) {
      const dir = folderWithFile();
      const target = path.join(dir, 'plan.tokencast');
      await saveAtomically(failingFs(step).fs, target, NEW, { now });
      expect([OLD, NEW], `killed at step ${step}`).toContain(readFileSync(target, 'utf8'));
    }
  });

  it('says the disk is full and leaves the file as it was', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const outcome = await saveAtomically(failingFs(2, () => full).fs, target, NEW, { now });
    expect(outcome).toEqual({ status: 'failed', message: 'the disk is full; plan.tokencast was not changed' });
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['plan.tokencast']);
  });

  it('says a read-only file cannot be written', async () => {
    const folder = folderWithFile();
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const outcome = await saveAtomically(failingFs(1, () => denied).fs, path.join(folder, 'plan.tokencast'), NEW, { now });
    expect(outcome).toEqual({ status: 'failed', message: 'plan.tokencast cannot be written: permission denied (is the file or folder read-only?)' });
  });

  it('says the folder is missing', async () => {
    const target = path.join(tmpdir(), 'tokencast-no-such-folder', 'plan.tokencast');
    const outcome = await saveAtomically(nodeFs as unknown as FileSystem, target, NEW, { now });
    expect(outcome).toEqual({ status: 'failed', message: 'the folder of plan.tokencast does not exist any more' });
  });

  it('asks before overwriting a file that changed on disk since it was opened', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const outcome = await saveAtomically(nodeFs as unknown as FileSystem, target, NEW, { now, expectedModifiedMs: 1 });
    expect(outcome.status).toBe('changed-on-disk');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });

  it('overwrites a changed file when told to', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const outcome = await saveAtomically(nodeFs as unknown as FileSystem, target, NEW, { now, expectedModifiedMs: 1, overwrite: true });
    expect(outcome.status).toBe('saved');
  });
});
