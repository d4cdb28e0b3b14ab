import path from 'node:path';

/** What is at a path, as far as an export cares. */
export type PathKind = 'file' | 'folder' | 'other' | 'missing';

/** File-system calls of an export; injected so tests can make any of them fail. */
export interface ExportFs {
  /** What is at a path, following links; `missing` when nothing is (or a parent is not a folder). */
  kind(target: string): PathKind;
  /** Creates one folder whose parent exists — never a whole chain: Node's recursive mkdir loops for ever on procfs. */
  mkdir(folder: string): void;
  write(file: string, data: string | Uint8Array): void;
  copy(from: string, to: string): void;
  rename(from: string, to: string): void;
  remove(target: string): void;
}

/** An export that could not be written: the path the user knows (never the hidden staging folder) and why. */
export class ExportError extends Error {
  constructor(readonly path: string, readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** A reason that is not a system error, put in words. */
const problem = (message: string) => new Error(message);

/**
 * Writes the files into `out` so that the folder ends with all the new files,
 * or — whatever fails — exactly as it was. Every target is checked before
 * anything is written; the files are written into a hidden staging folder
 * inside `out`, the files they replace are copied there too, and only then
 * is each renamed into place. A rename that fails puts back what the earlier
 * ones replaced.
 */
export function writeExport(fs: ExportFs, out: string, files: ReadonlyMap<string, string | Uint8Array>, stamp: string): void {
  makeFolders(fs, out);
  const targets = [...files.keys()].map((name) => [name, path.join(out, name)] as const);
  for (const [, target] of targets) {
    const kind = fs.kind(target);
    if (kind === 'folder') throw new ExportError(target, problem('a folder has this name; move it away or choose another --out folder'));
    if (kind === 'other') throw new ExportError(target, problem('something that is not a file has this name; move it away or choose another --out folder'));
  }
  const staging = path.join(out, `.tokencast-export-${stamp}`);
  const fresh = (name: string) => path.join(staging, name);
  const previous = (name: string) => path.join(staging, `previous-${name}`);
  attempt(out, () => fs.mkdir(staging));
  let restored = true;
  try {
    attempt(out, () => {
      for (const [name, data] of files) fs.write(fresh(name), data);
      for (const [name, target] of targets) if (fs.kind(target) === 'file') fs.copy(target, previous(name));
    });
    const placed: Array<readonly [string, string]> = [];
    for (const entry of targets) {
      try {
        fs.rename(fresh(entry[0]), entry[1]);
      } catch (error) {
        restored = putBack(fs, placed, previous);
        throw new ExportError(entry[1], error);
      }
      placed.push(entry);
    }
  } finally {
    // Without a complete restore, the staging folder holds the only copy of a replaced file: keep it.
    if (restored) fs.remove(staging);
  }
}

/** Undoes the renames already done: each replaced file comes back, each new one goes. False if any step failed. */
function putBack(fs: ExportFs, placed: ReadonlyArray<readonly [string, string]>, previous: (name: string) => string): boolean {
  let complete = true;
  for (const [name, target] of [...placed].reverse()) {
    try {
      if (fs.kind(previous(name)) === 'file') fs.rename(previous(name), target);
      else fs.remove(target);
    } catch {
      complete = false;
    }
  }
  return complete;
}

/** Runs file-system steps whose failure is best described as the output folder's. */
function attempt(out: string, steps: () => void): void {
  try {
    steps();
  } catch (error) {
    throw new ExportError(out, error);
  }
}

/** Creates `folder` and any missing parents, one level at a time, so every path ends in a folder or an error. */
function makeFolders(fs: ExportFs, folder: string): void {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const kind = fs.kind(at);
    if (kind === 'folder') break;
    if (kind !== 'missing') throw new ExportError(at, problem(kind === 'file' ? 'is a file, not a folder: --out names the folder the export writes into' : 'is not a folder'));
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdir(level);
    } catch (error) {
      // The parent exists, so "no such file" means this file system has no room for folders here (procfs, for one).
      const code = (error as { code?: string }).code;
      throw new ExportError(level, code === 'ENOENT' ? problem('a folder cannot be created here') : error);
    }
  }
}
