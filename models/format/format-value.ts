import type { NumberFormat } from '../../shared/scenario-schema';
import { BLANK, NONE, isError, isSeries, type Value } from '../engine';
import { localeOf, type Lang } from '../../shared/lang';


const words = {
  en: { none: '—', yes: 'yes', no: 'no', months: 'months' },
  zh: { none: '—', yes: '是', no: '否', months: '个月' },
} as const;

/**
 * A value as people read it: grouped digits, percentages ×100, small amounts
 * with significant digits rather than a row of zeros. For display only — the
 * stored value is never rounded.
 */
export function formatValue(value: Value, format: NumberFormat | undefined, lang: Lang): string {
  if (value === NONE) return words[lang].none;
  if (value === BLANK) return '';
  if (isError(value)) return value.code;
  if (typeof value === 'boolean') return value ? words[lang].yes : words[lang].no;
  if (typeof value === 'string') return value;
  if (isSeries(value)) {
    if (value.length === 0) return `0 ${words[lang].months}`;
    return `${formatNumber(value[0]!, format, lang)} … ${formatNumber(value[value.length - 1]!, format, lang)} (${value.length} ${words[lang].months})`;
  }
  return formatNumber(value, format, lang);
}

/** The number formatters in use, made once: building an Intl.NumberFormat costs far more than using one, and a screen of cells uses a handful. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A shared Intl.NumberFormat for a locale and options. */
export function numberFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * One number in the given display format, the same way everywhere (grid,
 * key figures, charts, exports): percentages with one decimal; money with
 * cents only under 1,000 (a TCO of 939,720 needs no cents, a price of 2.50
 * does); amounts under 1 with four significant digits.
 */
export function formatNumber(value: number, format: NumberFormat | undefined, lang: Lang): string {
  const locale = localeOf(lang);
  if (format === 'percent') {
    return `${numberFormatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100)}%`;
  }
  const size = Math.abs(value);
  if (format === 'integer' && size >= 1) {
    return numberFormatter(locale, { maximumFractionDigits: 0 }).format(value);
  }
  if (format === 'currency' && size >= 1000) return numberFormatter(locale, { maximumFractionDigits: 0 }).format(value);
  if (size >= 1 || value === 0) {
    return numberFormatter(locale, { maximumFractionDigits: 2, minimumFractionDigits: format === 'currency' && value !== 0 ? 2 : 0 }).format(value);
  }
  // Money under 1 keeps at least cents (0.60, not 0.6) and shows small prices to four significant digits (0.002468).
  const significant = numberFormatter(locale, { maximumSignificantDigits: 4 }).format(value);
  if (format !== 'currency' || /[.,]\d{2,}$/.test(significant)) return significant;
  return numberFormatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
