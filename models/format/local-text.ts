import type { LocalText } from '../../shared/scenario-schema';
import type { Lang } from '../../shared/lang';

/** The first `limit` names joined, and how many more there are, as a sentence says it in each language. */
export function namesAndMore(names: readonly string[], limit: number, lang: Lang): string {
  const named = names.slice(0, limit).join(lang === 'zh' ? '、' : ', ');
  const more = names.length - limit;
  if (more <= 0) return named;
  return lang === 'zh' ? `${named} 等另外 ${more} 个` : `${named} and ${more} more`;
}

/** Text in the user's language, falling back to the other one, then to `fallback`. */
export function localText(text: LocalText | undefined, lang: Lang, fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return text;
  return text[lang] || text.en || text.zh || fallback;
}

/** What people see for an option of a choice: its label in `lang` when the choice labels it, else the option itself. */
export function optionLabel(labels: Readonly<Record<string, LocalText>> | undefined, option: string, lang: Lang): string {
  return localText(labels && Object.hasOwn(labels, option) ? labels[option] : undefined, lang, option);
}
