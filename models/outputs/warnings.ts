import type { EngineView } from '../engine';
import { formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { localText, namesAndMore } from '../format/local-text';
import type { CellInfo } from '../scenario';
import { failedChecks } from './outputs';

/** A warning to show: the check that failed and what to tell the user. */
export interface Warning {
  readonly ref: string;
  readonly text: string;
}

/** How many blank cells a warning names before it only counts the rest. */
const BLANKS_NAMED = 4;

/** The blank inputs a cell reads (directly, or through a whole column), named: which cells a "blank cells" check means. */
function blankCellsRead(engine: EngineView, ref: string, lang: Lang): string {
  return namesAndMore(engine.dependenciesOf(ref).filter((read) => engine.input(read) === null), BLANKS_NAMED, lang);
}

/**
 * The failed checks as sentences. A check's `message` may name cells in
 * braces — "Language shares sum to {checks.language_share_total}, not 100 %" —
 * which show their current value in the cell's own format, and
 * `{blanks checks.model_blanks}`, which names the blank cells that cell
 * reads ("models.qwen.batch_discount"); a check without a message shows its
 * label.
 */
export function warnings(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, lang: Lang): Warning[] {
  return failedChecks(engine).map((ref) => {
    const info = catalog.get(ref);
    const message = localText(info?.message, lang);
    if (!message) return { ref, text: info?.label[lang] ?? ref };
    const named = message.replace(/\{blanks ([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,2})\}/g, (_whole, cell: string) => blankCellsRead(engine, cell, lang));
    const text = named.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,2})\}/g, (whole, cell: string) => {
      const value = engine.get(cell);
      return value === undefined ? whole : formatValue(value, catalog.get(cell)?.format, lang);
    });
    return { ref, text };
  });
}
