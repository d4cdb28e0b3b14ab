/** The tokenizer lab's core: tokenizers loaded on demand, counts of characters, words and tokens, and measured ratios. */
export { TOKENIZER_NAMES, HF_TOKENIZERS, TOKENIZER_INFO, isTokenizerName, type TokenizerName, type HfTokenizerName, type TokenizerInfo } from './tokenizer-names';
export { loadTokenizer, type Tokenizer, type TokenizerFiles, type TokenizerFilesSource } from './load-tokenizer';
export { countChars, countWords, isLanguageTag } from './text-stats';
export { splitForCounting, CHUNK_CHARS } from './count-chunks';
export { textOfFile, type FileTextResult } from './file-text';
export { textCounts, tokenCount, type TextCounts, type TokenCount } from './measure';
export { LANGUAGES_GRID, countUnitOf, ratioFor, writeMeasuredRatio, type CountUnit } from './measured-ratio';
export { SAMPLE_TEXTS } from './samples';
