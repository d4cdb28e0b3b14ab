import type { CellInput } from '../../models/engine';

/**
 * What a cleared cell holds: blank, as in a spreadsheet (0 in arithmetic,
 * "" in text, skipped by count and average). The one place the renderer
 * decides it: Delete, cut, an empty paste, an emptied editor all come here.
 */
export function clearedInput(): CellInput {
  return null;
}
