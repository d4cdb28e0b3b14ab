import { fillIn } from '../../shared/fill-in';
import type { EngineView } from '../engine';
import { formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { clipText } from '../format/clip-text';
import { localText, namesAndMore } from '../format/local-text';
import type { CellInfo, InputMisfit } from '../scenario';
import { failedChecks } from './outputs';

/** A warning to show: the check that failed and what to tell the user. */
export interface Warning {
  readonly ref: string;
  readonly text: string;
}

/** How many blank cells a warning names before it only counts the rest. */
const BLANKS_NAMED = 4;

/** How the cells holding what they cannot take are introduced, by what they should hold. */
const MISFITS = {
  en: { number: 'Text where a number is expected (outputs that read it show #VALUE!): {cells}', choice: 'Not one of the cell\'s options: {cells}' },
  zh: { number: '应为数字的单元格中是文本（读取它的结果会显示 #VALUE!）：{cells}', choice: '不是该单元格的可选项：{cells}' },
} as const;

/** One warning for each kind of misfit the file holds, naming the cells and what they hold. */
function misfitWarnings(misfits: readonly InputMisfit[], lang: Lang): Warning[] {
  const quote = (text: string) => (lang === 'zh' ? `（“${clipText(text, 30)}”）` : ` (“${clipText(text, 30)}”)`);
  return (['number', 'choice'] as const).flatMap((expects) => {
    const cells = misfits.filter((misfit) => misfit.expects === expects);
    if (cells.length === 0) return [];
    return [{ ref: cells[0]!.ref, text: fillIn(MISFITS[lang][expects], { cells: namesAndMore(cells.map((cell) => `${cell.ref}${quote(cell.input)}`), BLANKS_NAMED, lang) }) }];
  });
}

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
 * label. Cells of the file that hold what they cannot take (`misfits`, see
 * inputMisfits) come first: they explain errors further on.
 */
export function warnings(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, lang: Lang, misfits: readonly InputMisfit[]): Warning[] {
  return [...misfitWarnings(misfits, lang), ...failedChecks(engine).map((ref) => {
    const info = catalog.get(ref);
    const message = localText(info?.message, lang);
    if (!message) return { ref, text: info?.label[lang] ?? ref };
    const named = message.replace(/\{blanks ([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,2})\}/g, (_whole, cell: string) => blankCellsRead(engine, cell, lang));
    const text = named.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,2})\}/g, (whole, cell: string) => {
      const value = engine.get(cell);
      return value === undefined ? whole : formatValue(value, catalog.get(cell)?.format, lang);
    });
    return { ref, text };
  })];
}
