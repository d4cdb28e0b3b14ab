import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { ExportFs } from './run-export';

/** The real file system for exports. */
export const nodeExportFs: ExportFs = {
  mkdir: (folder) => mkdirSync(folder, { recursive: true }),
  write: (file, data) => writeFileSync(file, data),
  rename: (from, to) => renameSync(from, to),
  remove: (target) => rmSync(target, { recursive: true, force: true }),
};
