import { fillIn } from '../../shared/fill-in';
import type { Lang } from '../../shared/lang';
import type { LocalText } from '../../shared/scenario-schema';
import { formulaProblem, type CellInput } from '../engine';

/**
 * The one input grammar: how text typed into a cell (in the UI, or after
 * `--set REF=` in the CLI) becomes a cell input. A formula starts with "=";
 * empty text is a blank cell; numbers may carry digit grouping (`1,200`,
 * `1 234`), a trailing `%`, a currency sign (`$2.50`, `-$2.50`) and
 * accounting parentheses for negatives (`(1,234)`). What the cell expects
 * decides the rest: a number typed into a text cell, or text into a numeric
 * one, is refused with a message naming the cell, never stored to turn
 * outputs into errors later.
 */

/** What a cell expects: a number, text, true/false, or one of a fixed list of choices. */
export type InputKind =
  | { readonly kind: 'number'; readonly percent?: boolean }
  | { readonly kind: 'text' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly options: readonly string[]; readonly labels?: Readonly<Record<string, LocalText>> };

/** A parsed input, or why the text cannot go into the cell. */
export type ParsedInput = { readonly ok: true; readonly input: CellInput } | { readonly ok: false; readonly error: string };

/** Why typed text is refused, in each UI language. */
const REFUSALS = {
  en: {
    formula: '{ref}: {problem}',
    numberNotBoolean: '{ref} expects a number, not {text}',
    number: '{ref} expects a number (like 1200, 1,200, 15% or $2.50), not "{text}"',
    boolean: '{ref} expects true or false, not "{text}"',
    choice: '{ref} expects one of {options}, not "{text}"',
    text: '{ref} expects text, not the number {text}',
  },
  zh: {
    formula: '{ref}：{problem}',
    numberNotBoolean: '{ref} 需要数字，而不是 {text}',
    number: '{ref} 需要数字（如 1200、1,200、15% 或 $2.50），而不是“{text}”',
    boolean: '{ref} 需要 true 或 false，而不是“{text}”',
    choice: '{ref} 需要以下选项之一：{options}；而不是“{text}”',
    text: '{ref} 需要文本，而不是数字 {text}',
  },
} as const;

/** Parses what a user typed into the cell `ref`, which expects `expected`; a refusal says why in `lang`. */
export function parseCellInput(text: string, ref: string, expected: InputKind, lang: Lang = 'en'): ParsedInput {
  const words = REFUSALS[lang];
  const refused = (template: string, values: Record<string, string>) => refuse(fillIn(template, { ref, ...values }));
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) {
    // Refused as typed, as a spreadsheet refuses it: stored, it would only turn the cell and what reads it into errors.
    const problem = formulaProblem(trimmed.slice(1), lang);
    return problem === undefined ? { ok: true, input: trimmed } : refused(words.formula, { problem });
  }
  if (trimmed === '') return { ok: true, input: null };
  const bool = /^(true|false)$/i.test(trimmed) ? trimmed.toLowerCase() === 'true' : undefined;
  const number = readNumber(trimmed);
  switch (expected.kind) {
    case 'number':
      // A percentage cell takes "60" as 60 %, as spreadsheets do; 1 and below are read as the fraction itself (0.6, 1 = 100 %).
      if (typeof number === 'number' && expected.percent && !/%\s*\)?$/.test(trimmed) && Math.abs(number) > 1) return { ok: true, input: number / 100 };
      if (typeof number === 'number') return { ok: true, input: number };
      if (bool !== undefined) return refused(words.numberNotBoolean, { text: trimmed });
      return number ? refuse(number.problem, ref) : refused(words.number, { text: shorten(trimmed) });
    case 'boolean':
      return bool === undefined ? refused(words.boolean, { text: shorten(trimmed) }) : { ok: true, input: bool };
    case 'choice': {
      // An option is typed as itself or as one of its labels, in either language (what the cell shows is what one types).
      const typed = trimmed.toLowerCase();
      const match = expected.options.find((option) => [option, ...optionLabels(expected.labels, option)].some((name) => name.toLowerCase() === typed));
      const listed = expected.options.map((option) => {
        const label = optionLabels(expected.labels, option)[lang === 'zh' ? 1 : 0];
        return label === undefined || label === option ? option : `${label} (${option})`;
      });
      return match === undefined ? refused(words.choice, { options: listed.join(lang === 'zh' ? '、' : ', '), text: shorten(trimmed) }) : { ok: true, input: match };
    }
    case 'text':
      if (typeof number === 'number') return refused(words.text, { text: trimmed });
      return { ok: true, input: bool ?? text };
  }
}

/** An option's labels, English then Chinese. */
function optionLabels(labels: Readonly<Record<string, LocalText>> | undefined, option: string): string[] {
  const label = labels && Object.hasOwn(labels, option) ? labels[option] : undefined;
  if (label === undefined) return [];
  return typeof label === 'string' ? [label, label] : [label.en, label.zh];
}

function refuse(message: string, ref?: string): ParsedInput {
  return { ok: false, error: ref !== undefined && !message.startsWith(ref) ? `${ref}: ${message}` : message };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const CURRENCY = /^(?:US\$|[$¥￥€£])/;
const GROUP_SPACES = /[ \u00a0\u202f]/;

/**
 * A number as people type it, or why it is not one when it almost is (an
 * ambiguous decimal comma), or undefined for plain text.
 */
export function readNumber(text: string): number | { problem: string } | undefined {
  let body = text.replace(/％/g, '%').trim();
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(body);
  if (accounting) {
    negative = true;
    body = accounting[1]!.trim();
  }
  if (/^[-−]/.test(body)) {
    negative = !negative;
    body = body.slice(1).trim();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trim();
  }
  body = body.replace(CURRENCY, '').trim();
  if (!accounting && /^[-−]/.test(body)) {
    negative = !negative;
    body = body.slice(1).trim();
  }
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  const digits = ungroup(body);
  if (typeof digits !== 'string') return digits;
  if (!/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) return undefined;
  const value = Number(digits) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { problem: `${text} is too large a number` };
  return percent ? value / 100 : value;
}

/** Removes digit grouping (`1,234,567`, `1 234`), refusing a comma that can only be a decimal comma. */
function ungroup(body: string): string | { problem: string } | undefined {
  const commas = body.replace(/，/g, ',');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(commas)) return commas.replace(/,/g, '');
  if (new RegExp(`^\\d{1,3}(${GROUP_SPACES.source}\\d{3})+(\\.\\d+)?$`).test(commas)) return commas.replace(new RegExp(GROUP_SPACES.source, 'g'), '');
  if (/^[\d.]*\d,\d+$/.test(commas) || /^\d{1,3}(\.\d{3})+,\d+$/.test(commas)) {
    return { problem: `"${body}" uses a decimal comma; type the number with a decimal point (${commas.replace(/\./g, '').replace(',', '.')})` };
  }
  return commas;
}
