import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-tokens-'));
const file = (name: string, text: string) => {
  const target = path.join(folder, name);
  writeFileSync(target, text);
  return target;
};

describe('tokencast tokens', () => {
  let zh: string;
  let en: string;
  beforeAll(() => {
    // 31 characters; 𠮷 lies outside the BMP: one code point, two UTF-16 units.
    zh = file('zh.txt', '今天我们来算一算，一个中文请求到底要花多少个词元才合适。𠮷野家');
    en = file('en.md', 'How many tokens is a request, really?\n');
  });

  it('counts characters as code points, words and every tokenizer\'s tokens, in the documented JSON', () => {
    const { code, stdout } = runCli('tokens', zh, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { files: number; chars: number; words: number; results: Array<Record<string, unknown>> };
    expect(Object.keys(result)).toEqual(['files', 'chars', 'words', 'results']);
    expect(result).toMatchObject({ files: 1, chars: 31 });
    expect(result.results.map((r) => r['tokenizer'])).toEqual(['o200k_base', 'cl100k_base', 'qwen3', 'deepseek_v3', 'llama3', 'gemma3']);
    for (const r of result.results) {
      expect(Object.keys(r)).toEqual(['tokenizer', 'tokens', 'tokens_per_char', 'tokens_per_word']);
      expect(r['tokens_per_char']).toBeCloseTo((r['tokens'] as number) / 31, 12);
      expect(r['tokens_per_word']).toBeCloseTo((r['tokens'] as number) / result.words, 12);
    }
  }, 60_000);

  it('counts several files together with the tokenizers asked for, in the order asked', () => {
    const result = JSON.parse(runCli('tokens', zh, en, '--tokenizer', 'qwen3', '--tokenizer', 'o200k_base', '--json').stdout) as { files: number; words: number; results: Array<{ tokenizer: string }> };
    expect(result.files).toBe(2);
    expect(result.results.map((r) => r.tokenizer)).toEqual(['qwen3', 'o200k_base']);
  }, 30_000);

  it('counts English words by whitespace', () => {
    expect(JSON.parse(runCli('tokens', en, '--tokenizer', 'o200k_base', '--json').stdout)).toMatchObject({ chars: 38, words: 7 });
  });

  it('reads the text field of each line of a .jsonl file', () => {
    const data = file('data.jsonl', '{"text": "Hello there"}\n\n{"text": "General Kenobi"}\n');
    expect(JSON.parse(runCli('tokens', data, '--tokenizer', 'o200k_base', '--json').stdout)).toMatchObject({ chars: 26, words: 4 });
  });

  it('prints a table without --json', () => {
    const { stdout } = runCli('tokens', en, '--tokenizer', 'cl100k_base');
    expect(stdout.split('\n')[0]).toBe('1 file: 38 characters, 7 words');
    expect(stdout).toMatch(/cl100k_base +\d+ +\d\.\d{3} +\d\.\d{3} +\d+/);
  });

  it('refuses an unknown tokenizer with one line', () => {
    expect(runCli('tokens', en, '--tokenizer', 'gpt4')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: unknown tokenizer "gpt4": use o200k_base, cl100k_base, qwen3, deepseek_v3, llama3, gemma3\n' });
  });

  it('refuses a file it cannot read with one line', () => {
    expect(runCli('tokens', path.join(folder, 'missing.txt'))).toEqual({ code: 2, stdout: '', stderr: `tokencast: cannot read ${path.join(folder, 'missing.txt')}: no such file or folder\n` });
  });

  it('names the line of a .jsonl record without text', () => {
    const data = file('bad.jsonl', '{"text": "ok"}\n{"label": 1}\n');
    expect(runCli('tokens', data).stderr).toBe(`tokencast: ${data} line 2: no "text" field (nor "content", nor "messages" with content)\n`);
  });

  it('needs a file', () => {
    expect(runCli('tokens').stderr).toBe('tokencast: tokens needs at least one FILE (.txt, .md or .jsonl)\n');
  });
});
