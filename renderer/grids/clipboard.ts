import { NONE, isError, isSeries, type Value } from '../../models/engine';
import type { AppServices } from '../hooks/services';
import { block } from './grid-geometry';
import { toTsv } from './tsv';

/** A value as clipboard text: full precision, so a paste into Excel loses nothing. */
function clipboardText(value: Value | undefined): string {
  if (value === undefined || value === NONE) return '';
  if (isError(value)) return value.code;
  if (isSeries(value)) return Array.from(value).join('\t');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The selected block as tab-separated values. */
export function copySelection(services: AppServices): string | undefined {
  const { selected, extent } = services.sessionStore.getState();
  if (!selected) return undefined;
  const { scenario, engine } = services.documentStore.getState();
  return toTsv(block(scenario, selected, extent).map((row) => row.map((ref) => clipboardText(engine.get(ref)))));
}

/**
 * Cuts the selected block as Google Sheets does: copies it now and marks it;
 * the cells are cleared when that text is pasted (a paste of anything else,
 * or Escape, forgets the mark), so a cut never loses data on its own.
 */
export function cutSelection(services: AppServices): string | undefined {
  const text = copySelection(services);
  const { selected, extent, setCut } = services.sessionStore.getState();
  if (text === undefined || !selected) return undefined;
  setCut({ anchor: selected, extent, text });
  return text;
}
