import { readTypedInput } from '../../models/scenario';
import type { ParsedInput } from '../../models/format/parse-input';
import type { AppServices } from '../hooks/services';

/**
 * What the user typed (in a cell, the formula bar, or a pasted cell) as the
 * input of cell `ref`, by the one input grammar and what the cell expects:
 * nothing is blank; text the cell cannot take is refused with the reason.
 */
export function readTyped(services: AppServices, ref: string, text: string): ParsedInput {
  return readTypedInput(services.documentStore.getState().scenario, ref, text, services.sessionStore.getState().lang);
}

/** Sets a cell to what the user typed, as one undoable step; a refusal shows in the status bar, and its reason is returned. */
export function commitTyped(services: AppServices, ref: string, text: string): string | undefined {
  const problem = services.documentStore.getState().enterText(ref, text, services.sessionStore.getState().lang);
  if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  return problem;
}
