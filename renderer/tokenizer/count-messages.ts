import type { TextCounts, TokenCount } from '../../models/tokens/measure';
import type { TokenizerName } from '../../models/tokens/tokenizer-names';

/** What the lab asks the counting worker: texts (each counted on its own), the tokenizers, the text's language. */
export interface CountRequest {
  readonly texts: readonly string[];
  readonly tokenizers: readonly TokenizerName[];
  readonly lang: string | undefined;
}

/** How far a count is: loading a tokenizer, or pieces counted out of all (every tokenizer's pieces together). */
export interface CountProgress {
  readonly phase: 'loading' | 'counting';
  readonly tokenizer: TokenizerName;
  readonly done: number;
  readonly total: number;
}

/** What the worker answers: progress, then the counts, or the reason it failed. */
export type CountMessage =
  | { readonly type: 'progress'; readonly progress: CountProgress }
  | { readonly type: 'done'; readonly counts: TextCounts; readonly results: readonly TokenCount[] }
  | { readonly type: 'error'; readonly message: string };
