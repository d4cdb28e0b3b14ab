import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file that may not exist yet, atomically: the text goes to a temporary file beside it,
 * which is then renamed over the old one, so a failed write leaves the old
 * file whole. Missing folders are created one level at a time (Node's
 * recursive mkdir loops for ever on procfs paths).
 */
export function installFile(file: string, text: string): void {
  const folder = path.dirname(file);
  const missing: string[] = [];
  for (let at = folder; !existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.unshift(at);
  for (const level of missing) mkdirSync(level);
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'w' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
