import { describe, expect, it } from 'vitest';
import { htmlLangOf, isLang, langOfLocale, localeOf } from '../../shared/lang';

describe('languages', () => {
  it('knows English and Chinese and nothing else', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('zh')).toBe(true);
    expect(isLang('ja')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('takes Chinese for any zh system locale and English for the rest', () => {
    expect(langOfLocale('zh-CN')).toBe('zh');
    expect(langOfLocale('zh-Hant-TW')).toBe('zh');
    expect(langOfLocale('ZH')).toBe('zh');
    expect(langOfLocale('en-GB')).toBe('en');
    expect(langOfLocale('de-DE')).toBe('en');
  });

  it('formats numbers with the locale of the language', () => {
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en-US');
  });

  it('marks pages with the tag of their language', () => {
    expect(htmlLangOf('zh')).toBe('zh-CN');
    expect(htmlLangOf('en')).toBe('en');
  });
});
