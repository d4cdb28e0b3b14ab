import type { CliIo } from '../../../models/cli/cli-io';

/** A CliIo in memory: files by path, every write to stdout and stderr kept separately, as the CLI made it. */
export function memoryIo(files: Record<string, Uint8Array | string> = {}): CliIo & { writes: string[]; errors: string[] } {
  // Installed files land in `files` too, so a test can read back what a command installed.
  const writes: string[] = [];
  const errors: string[] = [];
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return {
    writes,
    errors,
    out: (text) => void writes.push(text),
    err: (text) => void errors.push(text),
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw missing(path);
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeText: (path) => {
      throw missing(path);
    },
    replaceText: (path) => {
      throw missing(path);
    },
    now: () => new Date('2026-11-23T10:00:00Z'),
    modifiedMs: (path) => {
      if (files[path] === undefined) throw missing(path);
      return Date.parse('2026-11-20T08:00:00Z');
    },
    dataFolder: '/data',
    installFile: (path, text) => void (files[path] = text),
    removeFile: (path) => {
      const there = files[path] !== undefined;
      delete files[path];
      return there;
    },
    exportFs: {
      kind: () => 'missing',
      copy: (from) => {
        throw missing(from);
      },
      mkdir: (folder) => {
        throw missing(folder);
      },
      write: (file) => {
        throw missing(file);
      },
      rename: (from) => {
        throw missing(from);
      },
      remove: () => undefined,
    },
  };
}
