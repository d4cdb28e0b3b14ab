import path from 'node:path';
import { MAX_SCENARIO_BYTES, decodeFileText, tooLargeMessage } from '../shared/file-text';
import { removeOrphanedTemps } from './atomic-save';
import type { FileSystem } from './file-system';

/** A document's text and modification time, or why it cannot be opened. */
export type ReadOutcome = { status: 'read'; text: string; modifiedMs: number } | { status: 'failed'; message: string };

/**
 * Reads a document for the UI. The size is checked before a byte is read, and
 * the read itself stops past the limit (a file may grow in between), so a
 * huge file costs nothing; the bytes are decoded as UTF-8 or refused with the
 * reason; temporary files a killed save of this file left are removed.
 * File-system errors propagate for the caller to put in words.
 */
export async function readDocument(fs: FileSystem, file: string): Promise<ReadOutcome> {
  const name = path.basename(file);
  const info = await fs.stat(file);
  if (!info.isFile()) return { status: 'failed', message: `${name} is not a file` };
  if (info.size > MAX_SCENARIO_BYTES) return { status: 'failed', message: tooLargeMessage(name, info.size) };
  const bytes = await readAtMost(fs, file, MAX_SCENARIO_BYTES + 1);
  if (bytes.length > MAX_SCENARIO_BYTES) return { status: 'failed', message: tooLargeMessage(name, bytes.length) };
  await removeOrphanedTemps(fs, file);
  const decoded = decodeFileText(bytes);
  return decoded.ok ? { status: 'read', text: decoded.text, modifiedMs: info.mtimeMs } : { status: 'failed', message: `${name}: ${decoded.error}` };
}

async function readAtMost(fs: FileSystem, file: string, limit: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(2 ** 20, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}
