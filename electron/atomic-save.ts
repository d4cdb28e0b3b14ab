import path from 'node:path';
import type { FileSystem } from './file-system';

/** The outcome of a save: the new modification time, or why not. */
export type SaveOutcome =
  | { status: 'saved'; modifiedMs: number }
  | { status: 'changed-on-disk'; modifiedMs: number }
  | { status: 'failed'; message: string };

/**
 * Writes a file so that, whatever happens midway (a crash, a full disk), the
 * path holds either the whole old or the whole new text: write a temporary
 * file in the same folder and fsync it, keep the old version as NAME.bak,
 * rename the temporary file over the target, fsync the folder.
 */
export async function saveAtomically(fs: FileSystem, target: string, text: string | Uint8Array, options: { expectedModifiedMs?: number; overwrite?: boolean; now: () => number }): Promise<SaveOutcome> {
  let existing: { mtimeMs: number } | undefined;
  try {
    existing = await fs.stat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'failed', message: describeSaveError(target, error as Error) };
  }
  if (existing && options.expectedModifiedMs !== undefined && !options.overwrite && Math.abs(existing.mtimeMs - options.expectedModifiedMs) > 1) {
    return { status: 'changed-on-disk', modifiedMs: existing.mtimeMs };
  }
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${options.now().toString(36)}.tmp`);
  try {
    await writeAndSync(fs, temp, text);
    if (existing) await keepBackup(fs, target, options.now);
    await fs.rename(temp, target);
    await syncFolder(fs, folder);
    return { status: 'saved', modifiedMs: (await fs.stat(target)).mtimeMs };
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return { status: 'failed', message: describeSaveError(target, error as Error) };
  }
}

async function writeAndSync(fs: FileSystem, file: string, text: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Copies the current file to NAME.bak through its own temporary file, so the backup is never half-written either. */
async function keepBackup(fs: FileSystem, target: string, now: () => number): Promise<void> {
  const backup = `${target}.bak`;
  const temp = path.join(path.dirname(target), `.${path.basename(backup)}.${now().toString(36)}.tmp`);
  await fs.copyFile(target, temp);
  await fs.rename(temp, backup);
}

async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is already durable there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A save error in words a user understands, naming the file. */
export function describeSaveError(target: string, error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(target);
  switch (code) {
    case 'EACCES':
    case 'EPERM': return `${name} cannot be written: permission denied (is the file or folder read-only?)`;
    case 'EROFS': return `${name} is on a read-only disk`;
    case 'ENOSPC': return `the disk is full; ${name} was not changed`;
    case 'ENOENT': return `the folder of ${name} does not exist any more`;
    case 'EISDIR': return `${name} is a folder`;
    default: return `${name} could not be saved: ${error.message}`;
  }
}
