import { describe, expect, it } from 'vitest';
import { localText, namesAndMore, optionLabel } from '../../../models/format/local-text';

describe('bilingual text', () => {
  it('picks the language asked for; plain text is the same in both', () => {
    expect(localText({ en: 'Traffic', zh: '流量' }, 'zh')).toBe('流量');
    expect(localText('Traffic', 'zh')).toBe('Traffic');
    expect(localText(undefined, 'en', '—')).toBe('—');
  });

  it('names every item when there are few enough', () => {
    expect(namesAndMore(['a', 'b'], 4, 'en')).toBe('a, b');
  });

  it('names the first items and counts the rest, in English and in Chinese', () => {
    expect(namesAndMore(['a', 'b', 'c'], 2, 'en')).toBe('a, b and 1 more');
    expect(namesAndMore(['甲', '乙', '丙'], 2, 'zh')).toBe('甲、乙 等另外 1 个');
  });

  it('shows an option by its label in the language asked for, and an unlabelled option as itself', () => {
    const labels = { cloud: { en: 'Rented GPUs', zh: '租用 GPU' } };
    expect(optionLabel(labels, 'cloud', 'zh')).toBe('租用 GPU');
    expect(optionLabel(labels, 'api', 'en')).toBe('api');
    expect(optionLabel(labels, 'constructor', 'en')).toBe('constructor');
  });
});
