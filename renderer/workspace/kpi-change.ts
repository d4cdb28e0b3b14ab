import { differenceFromBase } from '../../models/analysis';
import { isError, sameValue, type Value } from '../../models/engine';
import { localeOf, type Lang } from '../../shared/lang';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';

/** Key figures by reference. */
export type KpiValues = ReadonlyMap<string, Value | undefined>;

/**
 * What the key figures are compared with: their values when the document was
 * last opened, made new or saved (`baseline` is that moment), and the base
 * scenario's values, for when a named scenario shows. Both are read from the
 * engine the page already has, never computed apart: the base's values are
 * the last ones the engine showed for the base, and stay good as long as the
 * base's grids are the same object (edits in a named scenario leave them).
 */
export interface KpiReferences {
  readonly baseline: number;
  /** The figures as on disk (or as opened); undefined until the engine has computed them. */
  readonly saved: KpiValues | undefined;
  readonly base: { readonly grids: unknown; readonly values: KpiValues } | undefined;
}

/** What the page shows now. */
export interface KpiMoment {
  readonly baseline: number;
  /** The base's grids (`scenario.grids`): the base's figures change only with them. */
  readonly grids: unknown;
  /** A named scenario shows, not the base. */
  readonly named: boolean;
  /** An engine off the page has edits its values do not show yet. */
  readonly computing: boolean;
  /** The figures the engine shows. */
  read(): KpiValues;
}

/** The references after a moment of the page: pure, so it can run at every draw. */
export function nextReferences(previous: KpiReferences | undefined, now: KpiMoment): KpiReferences {
  const same = previous?.baseline === now.baseline ? previous : undefined;
  const base = previous?.base;
  if (now.computing) return same ?? { baseline: now.baseline, saved: undefined, base };
  if (now.named) {
    if (same) return same;
    // Saved while a named scenario showed: the base's figures then are the base's figures now.
    return { baseline: now.baseline, saved: base && base.grids === now.grids ? base.values : undefined, base };
  }
  const values = now.read();
  return { baseline: now.baseline, saved: same?.saved ?? values, base: { grids: now.grids, values } };
}

/** Where the figures shown are compared from. */
export type ReferenceKind = 'saved' | 'opened' | 'base';

/** The figures to compare with now, if known: the base's when a named scenario shows, else the saved ones. */
export function referenceValues(references: KpiReferences, now: Pick<KpiMoment, 'grids' | 'named'>): KpiValues | undefined {
  if (now.named) return references.base && references.base.grids === now.grids ? references.base.values : undefined;
  return references.saved;
}

/** Which way a figure is better: cost and time down, return and margin up. */
const LOWER_IS_BETTER = new Set(['out.tco', 'out.tco_api', 'out.tco_cloud', 'out.tco_onprem', 'out.payback_month', 'out.cost_per_request', 'out.ft_breakeven_calls', 'out.ft_breakeven_month']);
const HIGHER_IS_BETTER = new Set(['out.roi', 'out.gross_margin', 'out.ft_max_retry_multiplier']);

/** How a figure moved from its reference. */
export type KpiChange =
  | {
    readonly direction: 'up' | 'down';
    /** How the amount reads: a relative change in %, percentage points (percent figures), months, or the plain difference (a reference of 0). */
    readonly measure: 'percent' | 'points' | 'months' | 'difference';
    /** Signed. */
    readonly amount: number;
    /** True: better for the plan; false: worse; undefined: the figure has no better direction. */
    readonly good: boolean | undefined;
  }
  | { readonly direction: 'changed'; readonly was: Value };

/** Differences this small are rounding, not change. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The change of a figure from its reference, or undefined when it has none
 * (the same value, no reference, or an error on either side: the error
 * speaks for itself). Percent figures move in points, months in months,
 * everything else in % of the reference (the same share the scenario
 * comparison shows, {@link differenceFromBase}).
 */
export function kpiChange(ref: string, value: Value | undefined, reference: Value | undefined, format: string | undefined): KpiChange | undefined {
  if (value === undefined || reference === undefined || isError(value) || isError(reference)) return undefined;
  if (typeof value !== 'number' || typeof reference !== 'number') return sameValue(value, reference) ? undefined : { direction: 'changed', was: reference };
  if (close(value, reference)) return undefined;
  const difference = differenceFromBase(value, reference)!;
  const direction = difference.delta > 0 ? 'up' : 'down';
  const good = LOWER_IS_BETTER.has(ref) ? direction === 'down' : HIGHER_IS_BETTER.has(ref) ? direction === 'up' : undefined;
  if (ref.endsWith('_month')) return { direction, measure: 'months', amount: difference.delta, good };
  if (format === 'percent') return { direction, measure: 'points', amount: difference.delta * 100, good };
  if (difference.ratio === null) return { direction, measure: 'difference', amount: difference.delta, good };
  return { direction, measure: 'percent', amount: difference.ratio * 100, good };
}

/** A signed number in the language's digits, with a real minus sign; amounts that round to 0 read as "<0.1". */
function signed(amount: number, digits: number, lang: Lang): string {
  const smallest = 10 ** -digits;
  if (digits > 0 && Math.abs(amount) < smallest / 2) return `${amount > 0 ? '+' : '−'}<${smallest.toFixed(digits)}`;
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'always' }).format(amount).replace('-', '−');
}

/** The amount of a move as shown beside the figure: "+4.4 %", "−3.0 pp", "+2 months"; `difference` formats a plain difference. */
export function changeAmount(change: Extract<KpiChange, { direction: 'up' | 'down' }>, lang: Lang, difference: (amount: number) => string): string {
  switch (change.measure) {
    case 'percent': return translate(lang, 'changePercent', { n: signed(change.amount, 1, lang) });
    case 'points': return translate(lang, 'changePoints', { n: signed(change.amount, 1, lang) });
    case 'months': return translate(lang, Math.abs(change.amount) === 1 ? 'changeMonths_one' : 'changeMonths', { n: signed(change.amount, 0, lang) });
    case 'difference': return `${change.amount > 0 ? '+' : '−'}${difference(Math.abs(change.amount))}`;
  }
}

const REFERENCE_NAME: Record<ReferenceKind, MessageKey> = { saved: 'refSaved', opened: 'refOpened', base: 'refBase' };

/**
 * The change in words, for the figure's accessible name and tooltip: "up
 * 4.4 % from the last saved version"; `was` formats a reference value that
 * is not a number ("never").
 */
export function changeSentence(change: KpiChange, kind: ReferenceKind, lang: Lang, difference: (amount: number) => string, was: (value: Value) => string): string {
  const reference = translate(lang, REFERENCE_NAME[kind]);
  if (change.direction === 'changed') return translate(lang, 'changeOther', { was: was(change.was), reference });
  const amount = changeAmount(change, lang, difference).replace(/^[+−]/, '');
  return translate(lang, change.direction === 'up' ? 'changeUp' : 'changeDown', { change: amount, reference });
}
