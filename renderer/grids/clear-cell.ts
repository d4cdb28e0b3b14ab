import type { CellInput, Engine } from '../../models/engine';

/**
 * What a cleared cell holds: the one place the renderer decides it (Delete,
 * cut, an empty paste, an emptied formula bar or cell editor all come here).
 * Until the engine has a blank value, a cell showing text becomes empty text
 * and any other becomes 0, so formulas reading it keep computing; once blank
 * cells land, this returns the blank input and nothing else changes.
 */
export function clearedInput(engine: Engine, ref: string): CellInput {
  return typeof engine.get(ref) === 'string' ? '' : 0;
}
