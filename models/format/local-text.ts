import type { LocalText } from '../../shared/scenario-schema';
import type { Lang } from '../../shared/lang';

/** Text in the user's language, falling back to the other one, then to `fallback`. */
export function localText(text: LocalText | undefined, lang: Lang, fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return text;
  return text[lang] || text.en || text.zh || fallback;
}
