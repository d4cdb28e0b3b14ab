import { NONE, isError, isInGrid, type Value } from '../../models/engine';
import { formatNumber, formatValue } from '../../models/format/format-value';
import type { Lang } from '../../shared/lang';
import { readNumber } from '../../models/format/parse-input';
import { OUTPUT_GRID } from '../../models/outputs';
import type { CellInfo } from '../../models/scenario';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** True for outputs that are a month number (the payback month, the fine-tune breakeven month). */
const isMonthOutput = (ref: string) => isInGrid(ref, OUTPUT_GRID) && ref.endsWith('_month');

/** A value as the key figures show it: month outputs as "month 12", none as "never", the cell's own format otherwise. */
export function showValue(ref: string, value: Value | number | null | undefined, catalog: ReadonlyMap<string, CellInfo>, lang: Lang, t: Translate): string {
  if (value === undefined) return '';
  if (value === null || value === NONE) return isMonthOutput(ref) ? t('never') : t('none');
  if (typeof value !== 'number') return isError(value) ? value.code : formatValue(value, catalog.get(ref)?.format, lang);
  if (isMonthOutput(ref) && Number.isInteger(value)) return t('month', { n: value });
  return formatNumber(value, catalog.get(ref)?.format, lang);
}

/** A number as typed into a field, or undefined when empty; throws with a message naming the field when it is not a number. */
export function fieldNumber(text: string, field: string, t: Translate): number | undefined {
  if (text.trim() === '') return undefined;
  const value = readNumber(text);
  if (typeof value !== 'number') throw new Error(typeof value === 'object' ? value.problem : t('wi.notNumber', { field }));
  return value;
}
