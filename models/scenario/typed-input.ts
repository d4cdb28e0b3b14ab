import type { Lang } from '../../shared/lang';
import type { Scenario } from '../../shared/scenario-schema';
import { parseCellInput, type InputKind, type ParsedInput } from '../format/parse-input';
import { cellInput, locateCell } from './document-edits';

/**
 * What a cell expects to be typed into it, from the document: a list of
 * options is a choice (typed as an option or one of its labels); a cell holding true/false stays boolean; a text
 * column or row takes text; everything else takes numbers (formulas are
 * always accepted).
 */
export function inputKindOf(scenario: Scenario, ref: string): InputKind {
  const place = locateCell(scenario, ref);
  if (!place) return { kind: 'number' };
  const grid = scenario.grids[place.gridIndex]!;
  const row = grid.rows[place.rowIndex]!;
  if (grid.kind === 'scalar' && 'options' in row && row.options && row.options.length > 0) return { kind: 'choice', options: row.options, labels: row.optionLabels };
  if (typeof cellInput(scenario, ref) === 'boolean') return { kind: 'boolean' };
  const format = grid.kind === 'scalar' ? grid.rows[place.rowIndex]!.format : grid.columns.find((c) => c.name === place.column)?.format;
  return format === 'text' ? { kind: 'text' } : { kind: 'number', percent: format === 'percent' };
}

/** Reads text typed into a cell of the scenario, by the one input grammar and what the cell expects; a refusal says why in `lang`. */
export function readTypedInput(scenario: Scenario, ref: string, text: string, lang: Lang = 'en'): ParsedInput {
  return parseCellInput(text, ref, inputKindOf(scenario, ref), lang);
}
