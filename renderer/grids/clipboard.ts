import { NONE, isError, isSeries, type Value } from '../../models/engine';
import { parseUserInput } from '../../models/format/parse-input';
import type { AppServices } from '../app/app-context';
import { block, positionOf, refAt, valueColumns } from './grid-geometry';
import { parseTsv, toTsv } from './tsv';

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

/** Pastes tab-separated values with their top-left at the selected cell, as one undoable step. */
export function pasteAtSelection(services: AppServices, text: string): void {
  const { selected, lang } = services.sessionStore.getState();
  if (!selected) return;
  const { scenario, setCells } = services.documentStore.getState();
  const start = positionOf(scenario, selected);
  if (!start) return;
  const columns = valueColumns(start.grid);
  const entries: Array<[string, ReturnType<typeof parseUserInput>]> = [];
  parseTsv(text).forEach((line, r) => line.forEach((cell, c) => {
    const column = columns[start.columnIndex + c];
    const ref = column === undefined ? undefined : refAt(start.grid, start.rowIndex + r, column);
    if (ref) entries.push([ref, parseUserInput(cell, lang)]);
  }));
  const problem = setCells(entries);
  if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
}

/** Empties the selected block (numbers to 0, text to ""), as one undoable step. */
export function clearSelection(services: AppServices): void {
  const { selected, extent } = services.sessionStore.getState();
  if (!selected) return;
  const { scenario, engine, setCells } = services.documentStore.getState();
  setCells(block(scenario, selected, extent).flat().map((ref) => [ref, typeof engine.get(ref) === 'string' ? '' : 0] as const));
}
