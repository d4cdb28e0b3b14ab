import { NONE, isError, isSeries, type Value } from '../../models/engine';
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
  const { selected } = services.sessionStore.getState();
  if (!selected) return;
  const { scenario, enterTexts } = services.documentStore.getState();
  const start = positionOf(scenario, selected);
  if (!start) return;
  const columns = valueColumns(start.grid);
  const entries: Array<[string, string]> = [];
  parseTsv(text).forEach((line, r) => line.forEach((cell, c) => {
    const column = columns[start.columnIndex + c];
    const ref = column === undefined ? undefined : refAt(start.grid, start.rowIndex + r, column);
    if (ref) entries.push([ref, cell]);
  }));
  const problem = enterTexts(entries);
  if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
}

/** Blanks the selected block, as one undoable step. */
export function clearSelection(services: AppServices): void {
  const { selected, extent } = services.sessionStore.getState();
  if (!selected) return;
  const { scenario, setCells } = services.documentStore.getState();
  setCells(block(scenario, selected, extent).flat().map((ref) => [ref, null] as const));
}
