import { z } from 'zod';

/** The languages the UI, the CLI and the exports speak. */
export const LANGS = ['en', 'zh'] as const;

/** The schema of a language setting, for the IPC contract and stored settings. */
export const langSchema = z.enum(LANGS);

/** One of {@link LANGS}. */
export type Lang = z.infer<typeof langSchema>;

/** Whether a stored or typed value names a language we speak. */
export function isLang(value: unknown): value is Lang {
  return langSchema.safeParse(value).success;
}

/** The locale that formats numbers and dates for a language (`zh-CN` groups by 万 in words, `en-US` by thousands). */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** The `lang` attribute of a page written in a language. */
export function htmlLangOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The language for a system locale such as `zh-CN` or `en-GB`: Chinese for any `zh`, English otherwise. */
export function langOfLocale(locale: string): Lang {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
