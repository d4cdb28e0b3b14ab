import { readFileSync, writeFileSync } from 'node:fs';
import { nodeExportFs } from './export/node-export-fs';
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, 'utf8'),
  writeText: (path, text, overwrite) => writeFileSync(path, text, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' }),
  now: () => new Date(),
  exportFs: nodeExportFs,
});
