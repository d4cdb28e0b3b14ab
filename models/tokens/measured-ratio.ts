import type { Scenario } from '../../shared/scenario-schema';
import { cellRef } from '../engine';
import { cellInput, setSourcedCellIn } from '../scenario';
import type { TextCounts, TokenCount } from './measure';

/** The Languages grid, whose rows take measured ratios. */
export const LANGUAGES_GRID = 'languages';

/** What a language counts its input and output in. */
export type CountUnit = 'char' | 'word';

/** A Languages row's unit as the lab measures it (`char`, `word`, or their Chinese names), or undefined for any other unit. */
export function countUnitOf(unit: unknown): CountUnit | undefined {
  if (typeof unit !== 'string') return undefined;
  const text = unit.trim().toLowerCase();
  if (['char', 'chars', 'character', 'characters', '字', '字符', '汉字'].includes(text)) return 'char';
  if (['word', 'words', '词', '单词'].includes(text)) return 'word';
  return undefined;
}

/** The measured tokens per unit, to 4 decimals (more digits are noise from the sample). */
export function ratioFor(unit: CountUnit, count: TokenCount): number | null {
  const ratio = unit === 'char' ? count.tokens_per_char : count.tokens_per_word;
  return ratio === null ? null : Number(ratio.toFixed(4));
}

/**
 * Writes a measured ratio into a Languages row's `tokens_per_unit`, per the
 * row's unit, with the source `measured: N chars, tokenizer X, DATE` and
 * that date; with a named scenario `active`, as its override (see setSourcedCellIn).
 */
export function writeMeasuredRatio(scenario: Scenario, row: string, count: TokenCount, counts: TextCounts, today: string, active?: string): string | undefined {
  const unitRef = cellRef(LANGUAGES_GRID, row, 'unit');
  const target = cellRef(LANGUAGES_GRID, row, 'tokens_per_unit');
  const unitInput = cellInput(scenario, unitRef);
  if (unitInput === undefined || cellInput(scenario, target) === undefined) return `there is no Languages row "${row}" with a unit and tokens per unit`;
  const unit = countUnitOf(unitInput);
  if (!unit) return `${unitRef} is "${String(unitInput ?? '')}"; a measured ratio is per char or per word`;
  const ratio = ratioFor(unit, count);
  if (ratio === null) return `the text has no ${unit === 'char' ? 'characters' : 'words'} to measure a ratio per ${unit}`;
  return setSourcedCellIn(scenario, active, target, ratio, { source: `measured: ${counts.chars.toLocaleString('en-US')} chars, tokenizer ${count.tokenizer}, ${today}`, asOf: today });
}
