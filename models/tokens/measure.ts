import { countChars, countWords } from './text-stats';
import type { TokenizerName } from './tokenizer-names';

/** Characters and words of the measured text. */
export interface TextCounts {
  readonly chars: number;
  readonly words: number;
}

/** One tokenizer's count of a text and its ratios (null where the text has no characters or no words). */
export interface TokenCount {
  readonly tokenizer: TokenizerName;
  readonly tokens: number;
  readonly tokens_per_char: number | null;
  readonly tokens_per_word: number | null;
  readonly tokens_per_1k_chars: number | null;
}

/** Counts the characters and words of texts (each counted on its own, then added up). */
export function textCounts(texts: readonly string[], lang?: string): TextCounts {
  let chars = 0;
  let words = 0;
  for (const text of texts) {
    chars += countChars(text);
    words += countWords(text, lang);
  }
  return { chars, words };
}

/** A tokenizer's total with its ratios to the text's characters and words. */
export function tokenCount(tokenizer: TokenizerName, tokens: number, counts: TextCounts): TokenCount {
  return {
    tokenizer,
    tokens,
    tokens_per_char: counts.chars > 0 ? tokens / counts.chars : null,
    tokens_per_word: counts.words > 0 ? tokens / counts.words : null,
    tokens_per_1k_chars: counts.chars > 0 ? (tokens / counts.chars) * 1000 : null,
  };
}
