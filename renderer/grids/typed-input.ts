import type { CellInput } from '../../models/engine';
import { parseUserInput } from '../../models/format/parse-input';
import type { AppServices } from '../app/app-context';
import { clearedInput } from './clear-cell';

/**
 * What the user typed (in a cell, the formula bar, or a pasted cell) as the
 * input of cell `ref`: nothing clears the cell, anything else is read by the
 * shared input grammar. The one door from typed text to a cell input.
 */
export function readTyped(services: AppServices, ref: string, text: string): CellInput {
  if (text.trim() === '') return clearedInput(services.documentStore.getState().engine, ref);
  return parseUserInput(text, services.sessionStore.getState().lang);
}

/** Sets a cell to what the user typed, as one undoable step; a refusal shows in the status bar. */
export function commitTyped(services: AppServices, ref: string, text: string): boolean {
  const problem = services.documentStore.getState().setCell(ref, readTyped(services, ref, text));
  if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  return !problem;
}
