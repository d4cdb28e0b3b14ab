import { describe, expect, it } from 'vitest';
import { translate } from '../../../renderer/i18n/translate';

describe('messages with a count', () => {
  it('say one thing in the singular', () => {
    expect(translate('en', 'pasted', { n: 1 })).toBe('Pasted 1 cell');
    expect(translate('en', 'pastedLeftOut', { n: 1 })).toBe('1 cell did not fit and was left out');
  });

  it('say other counts in the plural', () => {
    expect(translate('en', 'pasted', { n: 2 })).toBe('Pasted 2 cells');
    expect(translate('en', 'pasted', { n: 0 })).toBe('Pasted 0 cells');
  });

  it('use the one form of a language that has no plural', () => {
    expect(translate('zh', 'pasted', { n: 1 })).toBe('已粘贴 1 个单元格');
    expect(translate('zh', 'pasted', { n: 3 })).toBe('已粘贴 3 个单元格');
  });
});
