import type { CellInput } from '../engine';
import type { Lang } from './format-value';

/**
 * What a user typed into a cell, as a cell input: a formula when it starts
 * with "=", a number when it reads as one (digit grouping, a trailing %, a
 * leading currency sign allowed), true/false, otherwise text.
 */
export function parseUserInput(text: string, lang: Lang = 'en'): CellInput {
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) return trimmed;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  const number = parseLocaleNumber(trimmed, lang);
  return number ?? text;
}

function parseLocaleNumber(text: string, lang: Lang): number | undefined {
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).replace(/^[$¥€£]\s?/, '').replace(lang === 'zh' ? /[,，]/g : /,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return undefined;
  const value = Number(body);
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}
