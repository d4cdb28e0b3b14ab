import type { FileHandle } from 'node:fs/promises';

/**
 * The file-system calls the main process makes, as an interface so tests can
 * inject failures at any step (a crash mid-save, a full disk) without Electron.
 */
export interface FileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  open(path: string, flags: string): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mtimeMs: number; isFile(): boolean }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}
