import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces a file's text so that it is, at every moment, either the old file
 * or the new one: the text goes into a temporary file in the same folder (a
 * rename is atomic only within one file system), is flushed to disk, and is
 * renamed over the file. The file keeps its permissions; a symbolic link
 * keeps pointing at it (the file it points to is the one replaced). If any
 * step fails the temporary file is removed and the file is as it was.
 */
export function replaceFileText(file: string, text: string): void {
  const target = realpathSync(file);
  const mode = statSync(target).mode & 0o7777;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const descriptor = openSync(temporary, 'wx', mode);
    try {
      writeSync(descriptor, text, null, 'utf8');
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
