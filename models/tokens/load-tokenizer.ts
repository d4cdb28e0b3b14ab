import type { HfTokenizerName, TokenizerName } from './tokenizer-names';

/** A loaded tokenizer: counts the tokens of text as given, adding no special tokens. */
export interface Tokenizer {
  readonly name: TokenizerName;
  count(text: string): number;
}

/** A Hugging Face tokenizer's files, parsed: `tokenizer.json` and `tokenizer_config.json`. */
export interface TokenizerFiles {
  readonly tokenizerJSON: object;
  readonly tokenizerConfig: object;
}

/** Where a host finds a Hugging Face tokenizer's files: the CLI reads them from node_modules, the app fetches them as assets. */
export type TokenizerFilesSource = (name: HfTokenizerName) => Promise<TokenizerFiles>;

/**
 * Loads a tokenizer, on demand: every library and vocabulary is a dynamic
 * import or a host read, so neither the app's start nor `compute` loads one.
 * OpenAI's encodings count text containing `<|endoftext|>` and the like as
 * plain text (as tiktoken's `encode_ordinary`); the Hugging Face tokenizers
 * add no BOS/EOS (`add_special_tokens: false`), as their reference does.
 */
export async function loadTokenizer(name: TokenizerName, files: TokenizerFilesSource): Promise<Tokenizer> {
  // No special token is ever allowed or refused: the text is counted as it is.
  const plain = { disallowedSpecial: new Set<string>() };
  switch (name) {
    case 'o200k_base': {
      const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
      return { name, count: (text) => countTokens(text, plain) };
    }
    case 'cl100k_base': {
      const { countTokens } = await import('gpt-tokenizer/encoding/cl100k_base');
      return { name, count: (text) => countTokens(text, plain) };
    }
    default: {
      const [{ TokenizerLoader }, data] = await Promise.all([import('@lenml/tokenizers'), files(name)]);
      const tokenizer = TokenizerLoader.fromPreTrained({ tokenizerJSON: data.tokenizerJSON, tokenizerConfig: data.tokenizerConfig });
      return { name, count: (text) => tokenizer.encode(text, { add_special_tokens: false }).length };
    }
  }
}
