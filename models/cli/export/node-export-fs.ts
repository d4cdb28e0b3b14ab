import { copyFileSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { ExportFs, PathKind } from './write-export';

function kind(target: string): PathKind {
  try {
    const info = statSync(target);
    return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    // A link that points nowhere is something, not nothing: renaming over it would lose it.
    try {
      lstatSync(target);
      return 'other';
    } catch {
      return 'missing';
    }
  }
}

/** The real file system for exports. */
export const nodeExportFs: ExportFs = {
  kind,
  mkdir: (folder) => mkdirSync(folder),
  write: (file, data) => writeFileSync(file, data),
  copy: (from, to) => copyFileSync(from, to),
  rename: (from, to) => renameSync(from, to),
  remove: (target) => rmSync(target, { recursive: true, force: true }),
};
