import { fillIn } from '../../shared/fill-in';
import { langOfLocale, type Lang } from '../../shared/lang';
import { messages, type MessageKey } from './messages';

/**
 * The message in the language, with `{name}` placeholders filled in. With
 * `n` = 1 a `key_one` message is used where there is one ("Pasted 1 cell",
 * not "Pasted 1 cells").
 */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const table: Readonly<Record<string, string>> = messages[lang];
  const text = params['n'] === 1 ? table[`${key}_one`] ?? table[key]! : table[key]!;
  return fillIn(text, params);
}

/** The language of the OS, as far as the UI languages go. */
export function systemLang(): Lang {
  return langOfLocale(navigator.language);
}
