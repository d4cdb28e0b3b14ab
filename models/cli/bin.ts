import { readFileSync, writeFileSync } from 'node:fs';
import { replaceFileText } from './atomic-write';
import { nodeExportFs } from './export/node-export-fs';
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeText: (path, text, overwrite) => writeFileSync(path, text, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' }),
  replaceText: replaceFileText,
  now: () => new Date(),
  exportFs: nodeExportFs,
});
