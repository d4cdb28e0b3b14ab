import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { replaceFileText } from './atomic-write';
import { dataFolder } from './data-folder';
import { nodeExportFs } from './export/node-export-fs';
import { installFile } from './install-file';
import { main } from './main';

// A reader that stops early (`compute --series | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeText: (path, text, overwrite) => writeFileSync(path, text, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' }),
  replaceText: replaceFileText,
  now: () => new Date(),
  exportFs: nodeExportFs,
  modifiedMs: (path) => statSync(path).mtimeMs,
  dataFolder: dataFolder(process.env, process.platform, homedir()),
  installFile,
  removeFile: (path) => {
    try {
      rmSync(path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  },
});
