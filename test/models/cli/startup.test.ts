import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const build = fileURLToPath(new URL('../../../build/', import.meta.url));

/** Every file and package the CLI bundle imports before it runs: static imports, followed through its chunks. */
function loadedAtStart(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(build, file), 'utf8');
    for (const [, target] of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"([^"]+)";?$/gms)) {
      if (target!.startsWith('./')) visit(path.join(path.dirname(file), target!));
      else seen.add(target!);
    }
  };
  visit('cli.mjs');
  return seen;
}

describe('the CLI at start', () => {
  it('loads none of the export libraries (ECharts, exceljs, resvg, subset-font) or tokenizers: compute stays quick', () => {
    const loaded = loadedAtStart();
    expect(loaded.has('cli.mjs')).toBe(true);
    for (const heavy of ['echarts', 'exceljs', '@resvg/resvg-js', 'subset-font', 'gpt-tokenizer']) expect(loaded, heavy).not.toContain(heavy);
  });
});
