import * as nodeFs from 'node:fs/promises';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

/**
 * The real file system, except that the `failAt`-th call (counting every call
 * that writes or reads, not the clean-up calls) throws instead.
 */
function failingFs(failAt: number, error: () => Error = () => new Crash('killed')): { fs: FileSystem; calls: () => number } {
  let calls = 0;
  const step = () => {
    if (calls++ === failAt) throw error();
  };
  const fs: FileSystem = {
    readFile: async (p, e) => (step(), nodeFs.readFile(p, e)),
    open: async (p, flags, mode) => {
      step();
      const handle = await nodeFs.open(p, flags, mode);
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
    chmod: async (p, m) => (step(), nodeFs.chmod(p, m)),
    realpath: async (p) => (step(), nodeFs.realpath(p)),
    mkdir: (p, o) => nodeFs.mkdir(p, o),
    readdir: (p) => nodeFs.readdir(p),
  };
  return { fs, calls: () => calls };
}

/**
 * The real file system until the `killAt`-th call, after which every call
 * fails, clean-up included: the process died there, and whatever it had
 * written stays on disk.
 */
function killedFs(killAt: number): FileSystem {
  let calls = 0;
  const alive = () => {
    if (calls++ >= killAt) throw new Crash('killed');
  };
  const fs = nodeFs as unknown as FileSystem;
  return {
    readFile: async (p, e) => (alive(), fs.readFile(p, e)),
    open: async (p, flags, mode) => {
      alive();
      const handle = await fs.open(p, flags, mode);
      return {
        writeFile: async (data, enc) => (alive(), handle.writeFile(data, enc)),
        read: handle.read.bind(handle),
        sync: async () => (alive(), handle.sync()),
        close: () => handle.close(),
      };
    },
    rename: async (a, b) => (alive(), fs.rename(a, b)),
    copyFile: async (a, b) => (alive(), fs.copyFile(a, b)),
    unlink: async (p) => (alive(), fs.unlink(p)),
    stat: async (p) => (alive(), fs.stat(p)),
    chmod: async (p, m) => (alive(), fs.chmod(p, m)),
    realpath: async (p) => (alive(), fs.realpath(p)),
    mkdir: async (p, o) => (alive(), fs.mkdir(p, o)),
    readdir: async (p) => (alive(), fs.readdir(p)),
  };
}

const realFs = nodeFs as unknown as FileSystem;
const modeOf = (file: string) => statSync(file).mode & 0o777;

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

  it('keeps a private file private: the saved file and its backup keep mode 0600', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    chmodSync(target, 0o600);
    expect((await saveAtomically(realFs, target, NEW, { now })).status).toBe('saved');
    expect([modeOf(target), modeOf(`${target}.bak`)]).toEqual([0o600, 0o600]);
  });

  it('saves through a symbolic link: the file it points to changes, the link stays a link', async () => {
    const folder = folderWithFile();
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-link-')), 'shortcut.tokencast');
    symlinkSync(path.join(folder, 'plan.tokencast'), link);
    expect((await saveAtomically(realFs, link, NEW, { now })).status).toBe('saved');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(folder, 'plan.tokencast'), 'utf8')).toBe(NEW);
    expect(readFileSync(path.join(folder, 'plan.tokencast.bak'), 'utf8')).toBe(OLD);
  });

  it('lets two saves of the same file in the same millisecond both succeed', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const outcomes = await Promise.all([saveAtomically(realFs, target, NEW, { now }), saveAtomically(realFs, target, OLD, { now })]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['saved', 'saved']);
    expect([OLD, NEW]).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(folder).sort()).toEqual(['plan.tokencast', 'plan.tokencast.bak']);
  });

  it('removes the temporary files a killed save left behind at the next save of that file, and only those', async () => {
    const folder = folderWithFile();
    const target = path.join(folder, 'plan.tokencast');
    const left = ['.plan.tokencast.lq2x1abc-0a1b2c3d.tmp', '.plan.tokencast.bak.lq2x1abc-0a1b2c3d.tmp', '.plan.tokencast.lq2x1abc.tmp'];
    const others = ['.other.tokencast.lq2x1abc-0a1b2c3d.tmp', 'notes.tmp'];
    for (const name of [...left, ...others]) writeFileSync(path.join(folder, name), 'x');
    await saveAtomically(realFs, target, NEW, { now });
    expect(readdirSync(folder).sort()).toEqual([...others, 'plan.tokencast', 'plan.tokencast.bak'].sort());
  });

  it('killed at any step, leaves the whole old or new file with its mode and link, and the next save leaves nothing else behind', async () => {
    let steps = 0;
    for (let killAt = 0; ; killAt++) {
      const folder = folderWithFile();
      const real = path.join(folder, 'plan.tokencast');
      chmodSync(real, 0o600);
      const link = path.join(folder, 'link.tokencast');
      symlinkSync('plan.tokencast', link);
      const outcome = await saveAtomically(killedFs(killAt), link, NEW, { now });
      const at = `killed at step ${killAt}`;
      expect([OLD, NEW], at).toContain(readFileSync(real, 'utf8'));
      expect(readlinkSync(link), at).toBe('plan.tokencast');
      expect(modeOf(real), at).toBe(0o600);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.tmp'))) expect(modeOf(path.join(folder, name)), `${at}: ${name}`).toBe(0o600);
      expect((await saveAtomically(realFs, link, NEW, { now })).status, at).toBe('saved');
      expect(readdirSync(folder).sort(), at).toEqual(['link.tokencast', 'plan.tokencast', 'plan.tokencast.bak']);
      expect([readFileSync(real, 'utf8'), modeOf(real), modeOf(`${real}.bak`)], at).toEqual([NEW, 0o600, 0o600]);
      if (outcome.status === 'saved') break;
      steps++;
    }
    expect(steps).toBeGreaterThan(8);
  });
});
