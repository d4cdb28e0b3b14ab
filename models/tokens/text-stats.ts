/**
 * Characters and words of a text, the units a Languages row counts in.
 * Characters are Unicode code points (an emoji or a rare CJK character
 * outside the BMP is one, not two UTF-16 units). Words are counted by
 * whitespace in space-separated scripts; a stretch of Chinese, Japanese,
 * Thai, Lao, Khmer or Myanmar text, which does not separate words by spaces,
 * is split into words by the platform's word segmenter (Intl.Segmenter).
 */

/** Letters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Unicode code points in a text. */
export function countChars(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The locale to segment an unspaced stretch in: the text's language when given, else the script's. */
function localeOf(chunk: string, lang: string | undefined): string {
  if (lang) return lang;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(chunk)) return 'ja';
  if (/\p{Script=Thai}/u.test(chunk)) return 'th';
  return 'zh';
}

/** Words in a text (see the module comment); `lang` is the text's language, e.g. `zh` or `ja`. */
export function countWords(text: string, lang?: string): number {
  let words = 0;
  for (const chunk of text.split(/\s+/)) {
    if (chunk === '') continue;
    if (!UNSPACED.test(chunk)) {
      words++;
      continue;
    }
    for (const segment of segmenterFor(localeOf(chunk, lang)).segment(chunk)) if (segment.isWordLike) words++;
  }
  return words;
}

/** True when a language tag is one Intl understands (`zh`, `pt-BR`…). */
export function isLanguageTag(lang: string): boolean {
  try {
    return Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}
