import { TOKENIZER_NAMES, isLanguageTag, isTokenizerName, loadTokenizer, splitForCounting, textCounts, textOfFile, tokenCount, type TokenCount, type TokenizerName } from '../tokens';
import { CliFailure, type CliIo } from './cli-io';
import { closestName } from './did-you-mean';
import { nodeTokenizerFiles } from './node-tokenizer-files';
import { readScenarioText } from './open-scenario';
import { textTable } from './text-table';

/** Options of `tokens`. */
export interface TokensOptions {
  readonly files: readonly string[];
  /** Tokenizer names; none means all. */
  readonly tokenizers: readonly string[];
  /** The language of the text (for counting words), e.g. `zh`. */
  readonly lang: string | undefined;
  readonly json: boolean;
}

const ratio = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

/**
 * Counts the characters (code points), words and tokens of files with real
 * tokenizers, each loaded only here. Every argument is checked, and every
 * file read, before the first tokenizer loads.
 */
export async function tokensCommand(options: TokensOptions, io: CliIo): Promise<number> {
  if (options.files.length === 0) throw new CliFailure('tokens needs at least one FILE (.txt, .md or .jsonl)');
  for (const name of options.tokenizers) {
    if (isTokenizerName(name)) continue;
    const hint = closestName(name, TOKENIZER_NAMES);
    throw new CliFailure(`unknown tokenizer "${name}"${hint ? ` (did you mean ${hint}?)` : ''}: use ${TOKENIZER_NAMES.join(', ')}`);
  }
  if (options.lang !== undefined && !isLanguageTag(options.lang)) throw new CliFailure(`--lang must be a language tag such as en, zh or ja, got "${options.lang}"`);
  const texts = options.files.map((file) => {
    const result = textOfFile(file, readScenarioText(file, io));
    if (!result.ok) throw new CliFailure(result.error);
    return result.text;
  });
  const counts = textCounts(texts, options.lang);
  const names: TokenizerName[] = options.tokenizers.length > 0 ? [...new Set(options.tokenizers as TokenizerName[])] : [...TOKENIZER_NAMES];
  const results: TokenCount[] = [];
  for (const name of names) {
    const tokenizer = await loadTokenizer(name, nodeTokenizerFiles);
    let tokens = 0;
    for (const text of texts) for (const piece of splitForCounting(text)) tokens += tokenizer.count(piece);
    results.push(tokenCount(name, tokens, counts));
  }
  if (options.json) {
    const json = { files: texts.length, chars: counts.chars, words: counts.words, results: results.map(({ tokenizer, tokens, tokens_per_char, tokens_per_word }) => ({ tokenizer, tokens, tokens_per_char, tokens_per_word })) };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const rows = results.map((r) => [r.tokenizer, String(r.tokens), ratio(r.tokens_per_char, 3), ratio(r.tokens_per_word, 3), ratio(r.tokens_per_1k_chars, 0)]);
  const title = `${texts.length} file${texts.length === 1 ? '' : 's'}: ${counts.chars} characters, ${counts.words} words`;
  io.out(`${title}\n\n${textTable(['tokenizer', 'tokens', 'tokens/char', 'tokens/word', 'tokens/1k chars'], rows, new Set([1, 2, 3, 4]))}\n`);
  return 0;
}
