import type { FileHandle } from 'node:fs/promises';

/**
 * The file-system calls the main process makes, as an interface so tests can
 * inject failures at any step (a crash mid-save, a full disk) without Electron.
 * Node's `fs/promises` is the real one.
 */
export interface FileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  open(path: string, flags: string, mode?: number): Promise<Pick<FileHandle, 'writeFile' | 'read' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mtimeMs: number; size: number; mode: number; isFile(): boolean }>;
  chmod(path: string, mode: number): Promise<void>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}
