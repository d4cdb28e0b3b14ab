import { clipText, oneLine } from '../format/clip-text';
import type { ExportFs } from './export/write-export';

/** What the CLI needs from the outside world; injected so commands run in tests without a process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The bytes of a file (decoded by the commands, so every encoding problem gets the same message). */
  readonly readFile: (path: string) => Uint8Array;
  /** Writes a new file; fails if it exists unless `overwrite`. */
  readonly writeText: (path: string, text: string, overwrite: boolean) => void;
  /** Replaces an existing file's text atomically (a temporary file in the same folder, renamed over it). */
  readonly replaceText: (path: string, text: string) => void;
  readonly now: () => Date;
  /** Folder operations of `export`. */
  readonly exportFs: ExportFs;
  /** When a file was last modified, in ms (a price table is as of the day it was downloaded). */
  readonly modifiedMs: (path: string) => number;
  /** The folder the desktop app keeps its data in (the installed price catalog); `TOKENCAST_DATA_DIR` overrides it. */
  readonly dataFolder: string;
  /** Writes a file that may not exist yet, creating its folders, atomically (a temporary file renamed over it): a failed write leaves the old file whole. */
  readonly installFile: (path: string, text: string) => void;
  /** Deletes a file; true if it was there, false if there was nothing to delete. */
  readonly removeFile: (path: string) => boolean;
}

/** The longest message a failure prints: messages quote what the user gave, which can be any length. */
const MAX_FAILURE = 2000;

/**
 * A failure the user must fix: one line on stderr, nothing on stdout, exit
 * code 2. The message is made one printable line (line breaks and terminal
 * escapes in a quoted argument are escaped) and clipped, whatever it quotes.
 */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(clipText(oneLine(message), MAX_FAILURE));
  }
}

/** Writes a note on stderr: something the user asked for that did what they may not have meant, said without failing. */
export function noteOn(io: CliIo): (text: string) => void {
  return (text) => io.err(`tokencast: note: ${clipText(oneLine(text), MAX_FAILURE)}\n`);
}

/** A file-system error in words a user understands. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return `${path}: no such file or folder`;
    case 'EACCES':
    case 'EPERM': return `${path}: permission denied`;
    case 'EISDIR': return `${path}: is a folder, not a file`;
    case 'EEXIST': return `${path}: already exists`;
    case 'ENOTDIR': return `${path}: a part of the path is a file, not a folder`;
    case 'ENOSPC': return `${path}: the disk is full`;
    case 'EROFS': return `${path}: the disk is read-only`;
    case 'ENAMETOOLONG': return `${path}: the name is too long`;
    // A system error's own message repeats the paths it involved (a hidden staging folder, say); keep only what went wrong.
    default: return `${path}: ${error instanceof Error ? (code ? error.message.replace(/^E\w+: /, '').replace(/, \w+ '.*$/, '') : error.message) : String(error)}`;
  }
}
