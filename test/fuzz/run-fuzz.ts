// `npm run fuzz [FILES] [SEED]`: the long run of the file fuzzer. Mutates the
// reference template FILES times (10,000 by default) from SEED (random by
// default, printed so any failure reproduces), reads each file as the app and
// `tokencast validate` do, and prints the outcomes and every unclean one.
// Exit 1 if any file did not end cleanly.
import { referenceTemplate } from '../../models/templates';
import { checkFile } from './check-file';
import { mutateFile } from './file-mutations';

const files = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
const outcomes = new Map<string, number>();
const mutations = new Map<string, number>();
const failures: string[] = [];
const started = performance.now();
let slowest = { ms: 0, index: -1 };

for (let index = 0; index < files; index++) {
  const file = mutateFile(referenceTemplate.text, seed, index);
  const begun = performance.now();
  const outcome = await checkFile(file.bytes);
  const ms = performance.now() - begun;
  if (ms > slowest.ms) slowest = { ms, index };
  const key = `${outcome.load}, validate exit ${outcome.exitCode ?? 'threw'}`;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  for (const name of file.mutations) mutations.set(name, (mutations.get(name) ?? 0) + 1);
  if (outcome.problems.length > 0) failures.push(`file ${index} (${file.mutations.join(' + ')}):\n  ${outcome.problems.join('\n  ')}`);
  if ((index + 1) % 1000 === 0) process.stderr.write(`${index + 1} files…\n`);
}

const table = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`).join('\n');
console.log(`file fuzzer: seed ${seed}, ${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s (slowest: file ${slowest.index}, ${slowest.ms.toFixed(0)} ms)`);
console.log(`outcomes:\n${table(outcomes)}`);
console.log(`mutations applied:\n${table(mutations)}`);
console.log(`${files - failures.length} of ${files} files clean`);
if (failures.length > 0) {
  console.log(`\nunclean files (reproduce with: npm run fuzz -- ${files} ${seed}):\n${failures.join('\n')}`);
  process.exitCode = 1;
}
