import { describe, expect, it } from 'vitest';
import { referenceTemplate } from '../../models/templates';
import { checkFile } from './check-file';
import { mutateFile } from './file-mutations';

/** Fixed, so a failure here reproduces; `FUZZ_SEED=…` explores other files, `npm run fuzz` many more. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FILES = 300;

describe('reading hostile files', () => {
  it(`ends every one of ${FILES} mutated templates (seed ${SEED}) in a clean outcome`, async () => {
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    for (let index = 0; index < FILES; index++) {
      const file = mutateFile(referenceTemplate.text, SEED, index);
      const outcome = await checkFile(file.bytes);
      const key = `${outcome.load} → exit ${outcome.exitCode}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      for (const problem of outcome.problems) failures.push(`file ${index} (${file.mutations.join(' + ')}): ${problem}`);
    }
    expect(failures).toEqual([]);
    // The mutations reach every outcome, so a clean run means something.
    expect([...outcomes.keys()].sort()).toEqual(expect.arrayContaining(['loaded → exit 0', 'loaded → exit 1', 'not UTF-8 → exit 2', 'refused → exit 2']));
  }, 120_000);
});
