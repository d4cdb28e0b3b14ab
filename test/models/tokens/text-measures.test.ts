import { describe, expect, it } from 'vitest';
import { cellInput, cellSource, setCell } from '../../../models/scenario';
import { countChars, countWords, splitForCounting, textCounts, textOfFile, tokenCount, writeMeasuredRatio } from '../../../models/tokens';
import { referenceScenario } from '../templates/template-helpers';

describe('characters and words', () => {
  it('counts characters as code points: a character outside the BMP is one', () => {
    expect(countChars('𠮷野家 🚀')).toBe(5);
    expect('𠮷野家 🚀'.length).toBe(7);
  });

  it('counts words by whitespace in space-separated scripts', () => {
    expect(countWords('How many tokens is a request, really?')).toBe(7);
    expect(countWords('  leading\tand\ntrailing  ')).toBe(3);
  });

  it('splits Chinese and Japanese into words with the platform\'s segmenter', () => {
    const chinese = countWords('大模型按词元收费');
    expect(chinese).toBeGreaterThan(1);
    expect(chinese).toBeLessThan(countChars('大模型按词元收费'));
    expect(countWords('お問い合わせいただきありがとうございます', 'ja')).toBeGreaterThan(2);
  });

  it('counts a mixed text by both rules, and several texts added up', () => {
    expect(countWords('Hello 世界')).toBe(2);
    expect(textCounts(['a b', '𠮷'])).toEqual({ chars: 4, words: 3 });
  });
});

describe('counting in pieces', () => {
  it('cuts at the start of a line, never inside a surrogate pair, and loses nothing', () => {
    const text = `${'word '.repeat(30)}\nnext line\n${'𠮷'.repeat(50)}`;
    const pieces = splitForCounting(text, 40);
    expect(pieces.join('')).toBe(text);
    expect(pieces[1]!.startsWith('next line')).toBe(true);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('leaves a short text whole', () => {
    expect(splitForCounting('short')).toEqual(['short']);
  });
});

describe('the text of a file', () => {
  it('reads .txt and .md as they are', () => {
    expect(textOfFile('a.md', '# Title\n')).toEqual({ ok: true, text: '# Title\n' });
  });

  it('reads the text, content or messages of each .jsonl record', () => {
    const jsonl = '{"text": "one"}\n{"content": "two"}\n{"messages": [{"role": "user", "content": "three"}, {"role": "assistant", "content": "four"}]}\n';
    expect(textOfFile('data.jsonl', jsonl)).toEqual({ ok: true, text: 'one\ntwo\nthree\nfour' });
  });

  it('names the line that is not JSON', () => {
    expect(textOfFile('data.jsonl', '{"text": "ok"}\n{oops\n')).toEqual({ ok: false, error: 'data.jsonl line 2: not JSON' });
  });
});

describe('writing a measured ratio', () => {
  const counts = { chars: 1000, words: 400 };

  it('writes tokens per character into a row counted in characters, with the measurement as source and date', () => {
    const scenario = referenceScenario();
    expect(writeMeasuredRatio(scenario, 'zh', tokenCount('qwen3', 651, counts), counts, '2026-11-23')).toBeUndefined();
    expect(cellInput(scenario, 'languages.zh.tokens_per_unit')).toBe(0.651);
    expect(cellSource(scenario, 'languages.zh.tokens_per_unit')).toEqual({ source: 'measured: 1,000 chars, tokenizer qwen3, 2026-11-23', asOf: '2026-11-23' });
  });

  it('writes tokens per word into a row counted in words, to 4 decimals', () => {
    const scenario = referenceScenario();
    writeMeasuredRatio(scenario, 'en', tokenCount('o200k_base', 533, counts), counts, '2026-11-23');
    expect(cellInput(scenario, 'languages.en.tokens_per_unit')).toBe(1.3325);
  });

  it('refuses a row whose unit is neither characters nor words', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'languages.es.unit', 'sentence');
    expect(writeMeasuredRatio(scenario, 'es', tokenCount('llama3', 10, counts), counts, '2026-11-23')).toBe('languages.es.unit is "sentence"; a measured ratio is per char or per word');
  });

  it('refuses a row that does not exist', () => {
    expect(writeMeasuredRatio(referenceScenario(), 'fr', tokenCount('llama3', 10, counts), counts, '2026-11-23')).toBe('there is no Languages row "fr" with a unit and tokens per unit');
  });
});
