import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileSystem } from './file-system';

/** The outcome of a save: the new modification time, or why not. */
export type SaveOutcome =
  | { status: 'saved'; modifiedMs: number }
  | { status: 'changed-on-disk'; modifiedMs: number }
  | { status: 'failed'; message: string };

/** Temporary files of saves still running in this process: never "orphans", whatever their age. */
const inFlight = new Set<string>();

/**
 * Writes a file so that, whatever happens midway (a crash, a full disk), the
 * path holds either the whole old or the whole new text: write a temporary
 * file in the same folder and fsync it, keep the old version as NAME.bak,
 * rename the temporary file over the target, fsync the folder.
 *
 * Around that: a symbolic link is saved through (the file it points to is
 * replaced, the link stays); the file keeps its permission bits (a 0600 file
 * stays private, its temporary file too); every temporary file has a name of
 * its own, so two saves in the same millisecond cannot collide; and temporary
 * files a killed save left behind are removed first.
 */
export async function saveAtomically(fs: FileSystem, requested: string, text: string | Uint8Array, options: { expectedModifiedMs?: number; overwrite?: boolean; now: () => number }): Promise<SaveOutcome> {
  let target: string;
  let existing: { mtimeMs: number; mode: number } | undefined;
  try {
    target = await throughLinks(fs, requested);
    existing = await fs.stat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  } catch (error) {
    return { status: 'failed', message: describeSaveError(requested, error as Error) };
  }
  if (existing && options.expectedModifiedMs !== undefined && !options.overwrite && Math.abs(existing.mtimeMs - options.expectedModifiedMs) > 1) {
    return { status: 'changed-on-disk', modifiedMs: existing.mtimeMs };
  }
  await removeOrphanedTemps(fs, target);
  const folder = path.dirname(target);
  const temp = tempPath(target, options.now);
  const backupTemp = tempPath(`${target}.bak`, options.now);
  inFlight.add(temp).add(backupTemp);
  try {
    await writeAndSync(fs, temp, text, existing && existing.mode & 0o7777);
    if (existing) await keepBackup(fs, target, backupTemp);
    await fs.rename(temp, target);
    await syncFolder(fs, folder);
    return { status: 'saved', modifiedMs: (await fs.stat(target)).mtimeMs };
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    await fs.unlink(backupTemp).catch(() => undefined);
    return { status: 'failed', message: describeSaveError(requested, error as Error) };
  } finally {
    inFlight.delete(temp);
    inFlight.delete(backupTemp);
  }
}

/** The file a path names, following symbolic links; the path itself when nothing is there yet. */
async function throughLinks(fs: FileSystem, file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return file;
    throw error;
  }
}

/** `.NAME.<time>-<random>.tmp` beside the file: hidden, and unique even for saves in the same millisecond. */
function tempPath(file: string, now: () => number): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${now().toString(36)}-${randomBytes(4).toString('hex')}.tmp`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temporary files that saves of `file` (and of its backup) left
 * when they were killed midway, except those of saves running now. Best
 * effort: a file that cannot be removed stays and is tried again next time.
 */
export async function removeOrphanedTemps(fs: FileSystem, file: string): Promise<void> {
  const folder = path.dirname(file);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(file))}(\\.bak)?\\.[0-9a-z]+(-[0-9a-f]+)?\\.tmp$`);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const temp = path.join(folder, name);
    if (pattern.test(name) && !inFlight.has(temp)) await fs.unlink(temp).catch(() => undefined);
  }
}

async function writeAndSync(fs: FileSystem, file: string, text: string | Uint8Array, mode: number | undefined): Promise<void> {
  // Created with the old file's mode so its content is never more readable than before; chmod then undoes the umask.
  const handle = await fs.open(file, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (mode !== undefined) await fs.chmod(file, mode);
}

/** Copies the current file to NAME.bak through its own temporary file, so the backup is never half-written either. */
async function keepBackup(fs: FileSystem, target: string, temp: string): Promise<void> {
  await fs.copyFile(target, temp);
  await fs.rename(temp, `${target}.bak`);
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
