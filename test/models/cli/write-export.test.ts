import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportError, writeExport, type ExportFs, type PathKind } from '../../../models/cli/export/write-export';

/** An export file system in memory, with a log of folder creations and a rename that can be made to fail. */
function memoryFs(folders: string[], files: Record<string, string> = {}, failRename = -1) {
  const dirs = new Set(folders);
  const content = new Map(Object.entries(files));
  const made: string[] = [];
  let renames = 0;
  const fail = (code: string) => Object.assign(new Error(code), { code });
  const fs: ExportFs = {
    kind: (p): PathKind => (dirs.has(p) ? 'folder' : content.has(p) ? 'file' : 'missing'),
    mkdir: (p) => {
      if (!dirs.has(path.dirname(p))) throw fail('ENOENT');
      dirs.add(p);
      made.push(p);
    },
    write: (p, data) => void content.set(p, String(data)),
    copy: (from, to) => void content.set(to, content.get(from)!),
    rename: (from, to) => {
      if (renames++ === failRename) throw fail('EACCES');
      content.set(to, content.get(from)!);
      content.delete(from);
    },
    remove: (p) => {
      dirs.delete(p);
      content.delete(p);
      for (const key of [...content.keys()]) if (key.startsWith(`${p}/`)) content.delete(key);
    },
  };
  const snapshot = () => ({ folders: [...dirs].sort(), files: Object.fromEntries([...content].sort()) });
  return { fs, made, snapshot };
}

const newFiles = new Map(['a.csv', 'b.csv', 'c.svg', 'd.png'].map((name) => [name, `new ${name}`]));

describe('writing an export', () => {
  it('creates the folder and its missing parents one level at a time', () => {
    const { fs, made, snapshot } = memoryFs(['/', '/home']);
    writeExport(fs, '/home/me/deck', newFiles, 'x');
    expect(made).toEqual(['/home/me', '/home/me/deck', '/home/me/deck/.tokencast-export-x']);
    expect(snapshot().files).toEqual({ '/home/me/deck/a.csv': 'new a.csv', '/home/me/deck/b.csv': 'new b.csv', '/home/me/deck/c.svg': 'new c.svg', '/home/me/deck/d.png': 'new d.png' });
  });

  it('replaces the files of an earlier export and leaves other files alone', () => {
    const { fs, snapshot } = memoryFs(['/', '/deck'], { '/deck/a.csv': 'old', '/deck/notes.txt': 'mine' });
    writeExport(fs, '/deck', newFiles, 'x');
    expect(snapshot().files).toMatchObject({ '/deck/a.csv': 'new a.csv', '/deck/notes.txt': 'mine' });
    expect(snapshot().folders).toEqual(['/', '/deck']);
  });

  it('checks every target first: a folder with a target\'s name stops the export before anything is written', () => {
    const { fs, snapshot } = memoryFs(['/', '/deck', '/deck/c.svg'], { '/deck/a.csv': 'old' });
    const before = snapshot();
    expect(() => writeExport(fs, '/deck', newFiles, 'x')).toThrow(expect.objectContaining({ path: '/deck/c.svg', message: expect.stringMatching(/^a folder has this name/) }));
    expect(snapshot()).toEqual(before);
  });

  it('puts the folder back as it was when a rename fails midway', () => {
    const { fs, snapshot } = memoryFs(['/', '/deck'], { '/deck/a.csv': 'old a', '/deck/c.svg': 'old c' }, 3);
    const before = snapshot();
    expect(() => writeExport(fs, '/deck', newFiles, 'x')).toThrow(ExportError);
    expect(snapshot()).toEqual(before);
  });

  it('names the target whose rename failed, never the hidden staging folder', () => {
    const { fs } = memoryFs(['/', '/deck'], {}, 1);
    expect(() => writeExport(fs, '/deck', newFiles, 'x')).toThrow(expect.objectContaining({ path: '/deck/b.csv' }));
  });

  it('refuses an --out that is a file, saying what is true', () => {
    const { fs } = memoryFs(['/'], { '/deck': 'a file' });
    expect(() => writeExport(fs, '/deck', newFiles, 'x')).toThrow(expect.objectContaining({ path: '/deck', message: 'is a file, not a folder: --out names the folder the export writes into' }));
  });

  it('says a folder that this file system cannot hold cannot be created, instead of looping', () => {
    const { fs } = memoryFs(['/', '/proc']);
    const noFolders: ExportFs = { ...fs, mkdir: () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); } };
    expect(() => writeExport(noFolders, '/proc/x', newFiles, 'x')).toThrow(expect.objectContaining({ path: '/proc/x', message: 'a folder cannot be created here' }));
  });
});
