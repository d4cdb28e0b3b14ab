import type { EngineView } from '../engine';
import { formatValue, type Lang } from '../format/format-value';
import { localText } from '../format/local-text';
import type { CellInfo } from '../scenario';
import { failedChecks } from './outputs';

/** A warning to show: the check that failed and what to tell the user. */
export interface Warning {
  readonly ref: string;
  readonly text: string;
}

/**
 * The failed checks as sentences. A check's `message` may name cells in
 * braces — "Language shares sum to {checks.language_share_total}, not 100 %" —
 * which show their current value in the cell's own format; a check without
 * one shows its label.
 */
export function warnings(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, lang: Lang): Warning[] {
  return failedChecks(engine).map((ref) => {
    const info = catalog.get(ref);
    const message = localText(info?.message, lang);
    if (!message) return { ref, text: info?.label[lang] ?? ref };
    const text = message.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,2})\}/g, (whole, cell: string) => {
      const value = engine.get(cell);
      return value === undefined ? whole : formatValue(value, catalog.get(cell)?.format, lang);
    });
    return { ref, text };
  });
}
