// `npm run electronegativity`: Electronegativity's scan of the Electron
// sources (main process, preload, renderer), failing on any finding that
// electronegativity.json does not list with its reason, and on any
// listed finding that no longer occurs. The sources are scanned together in a
// scratch copy, so global checks (navigation limits, permission handlers) see
// main and renderer at once and build output is never scanned.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const config = JSON.parse(readFileSync(path.join(root, 'electronegativity.json'), 'utf8'));
const run = createRequire(import.meta.url)('@doyensec/electronegativity');

const scratch = mkdtempSync(path.join(tmpdir(), 'tokencast-electronegativity-'));
let result;
try {
  for (const folder of config.scan) cpSync(path.join(root, folder), path.join(scratch, folder), { recursive: true });
  // Electronegativity fetches translations first and says so on stdout when it cannot; that line is noise here.
  const log = console.log;
  console.log = (...args) => (String(args[0]).startsWith('Could not retrieve updated translations') ? undefined : log(...args));
  try {
    result = await run({
      input: scratch, isRelative: true, customScan: [], parserPlugins: [],
      excludeFromScan: Object.keys(config.skippedChecks).map((check) => check.toLowerCase()),
      electronVersionOverride: config.electronVersion,
    }, false);
  } finally {
    console.log = log;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const describe = (issue) => `${issue.id} in ${issue.file}:${issue.location.line}:${issue.location.column} (${issue.severity.name}): ${issue.sample ?? ''}\n    ${issue.description}`;
const matches = (entry, issue) => entry.check === issue.id && entry.file === issue.file.split(path.sep).join('/') && String(issue.sample ?? '').includes(entry.code);
const unknown = result.issues.filter((issue) => !config.knownFindings.some((entry) => matches(entry, issue)));
const stale = config.knownFindings.filter((entry) => !result.issues.some((issue) => matches(entry, issue)));

if (result.errors.length > 0) console.log(`files Electronegativity could not parse:\n  ${result.errors.map((e) => `${e.file}: ${e.message ?? e.error}`).join('\n  ')}`);
if (unknown.length > 0) console.log(`findings not in electronegativity.json (fix them, or list them there with the reason):\n  ${unknown.map(describe).join('\n  ')}`);
if (stale.length > 0) console.log(`entries of electronegativity.json that match no finding any more (remove them):\n  ${stale.map((entry) => `${entry.check} in ${entry.file}`).join('\n  ')}`);
if (unknown.length + stale.length + result.errors.length > 0) process.exitCode = 1;
else console.log(`electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${result.issues.length} findings, each explained in electronegativity.json`);
