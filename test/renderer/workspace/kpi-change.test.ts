import { describe, expect, it } from 'vitest';
import { CellError, NONE, type Value } from '../../../models/engine';
import { changeAmount, changeSentence, kpiChange, nextReferences, referenceValues, type KpiMoment, type KpiReferences } from '../../../renderer/workspace/kpi-change';

const plain = (amount: number) => String(amount);

describe('a key figure\'s change', () => {
  it('is none when the figure is the same, or either side is missing or an error', () => {
    expect(kpiChange('out.tco', 100, 100, 'currency')).toBeUndefined();
    expect(kpiChange('out.tco', 0.1 + 0.2, 0.3, 'currency')).toBeUndefined();
    expect(kpiChange('out.tco', 100, undefined, 'currency')).toBeUndefined();
    expect(kpiChange('out.tco', new CellError('#DIV/0!', 'divided by 0'), 100, 'currency')).toBeUndefined();
  });

  it('reads a cost going up as worse, in % of the reference', () => {
    const change = kpiChange('out.tco', 1044, 1000, 'currency');
    expect(change).toEqual({ direction: 'up', measure: 'percent', amount: expect.closeTo(4.4, 9), good: false });
    if (change?.direction !== 'up') throw new Error('up');
    expect(changeAmount(change, 'en', plain)).toBe('+4.4%');
    expect(changeAmount(change, 'zh', plain)).toBe('+4.4%');
    expect(changeSentence(change, 'saved', 'en', plain, String)).toBe('up 4.4% from the last saved version');
    expect(changeSentence(change, 'base', 'zh', plain, String)).toBe('较基准情景上升 4.4%');
  });

  it('moves percent figures in points and months in months, better by the figure\'s direction', () => {
    const roi = kpiChange('out.roi', 0.6, 0.62, 'percent');
    expect(roi).toEqual({ direction: 'down', measure: 'points', amount: expect.closeTo(-2, 9), good: false });
    if (roi?.direction !== 'down') throw new Error('down');
    expect(changeAmount(roi, 'en', plain)).toBe('−2.0 pp');
    const payback = kpiChange('out.payback_month', 11, 12, 'integer');
    expect(payback).toEqual({ direction: 'down', measure: 'months', amount: -1, good: true });
    if (payback?.direction !== 'down') throw new Error('down');
    expect(changeAmount(payback, 'en', plain)).toBe('−1 month');
    expect(changeAmount({ ...payback, amount: 3 }, 'en', plain)).toBe('+3 months');
    expect(changeAmount(payback, 'zh', plain)).toBe('−1 个月');
  });

  it('shows a change too small to round as <0.1, and a move from 0 as the difference', () => {
    const tiny = kpiChange('out.tco', 1000.1, 1000, 'currency');
    if (tiny?.direction !== 'up') throw new Error('up');
    expect(changeAmount(tiny, 'en', plain)).toBe('+<0.1%');
    const fromZero = kpiChange('out.gross_margin_abs', 50, 0, 'number');
    expect(fromZero).toEqual({ direction: 'up', measure: 'difference', amount: 50, good: undefined });
    if (fromZero?.direction !== 'up') throw new Error('up');
    expect(changeAmount(fromZero, 'en', (n) => `${n}.00`)).toBe('+50.00');
  });

  it('names what a figure that is not a number was', () => {
    const change = kpiChange('out.payback_month', NONE, 12, 'integer');
    expect(change).toEqual({ direction: 'changed', was: 12 });
    expect(changeSentence(change!, 'opened', 'en', plain, (value) => `month ${String(value)}`)).toBe('month 12 in the version as opened');
  });
});

describe('the references of the key figures', () => {
  const grids = {};
  const moment = (values: Record<string, Value>, over: Partial<KpiMoment> = {}): KpiMoment => ({ baseline: 0, grids, named: false, computing: false, read: () => new Map(Object.entries(values)), ...over });
  const step = (previous: KpiReferences | undefined, now: KpiMoment) => nextReferences(previous, now);

  it('keep the figures of the last open or save while edits change them, and start over at a save', () => {
    let refs = step(undefined, moment({ 'out.tco': 100 }));
    refs = step(refs, moment({ 'out.tco': 120 }));
    expect(referenceValues(refs, moment({}))?.get('out.tco')).toBe(100);
    refs = step(refs, moment({ 'out.tco': 120 }, { baseline: 1 }));
    expect(referenceValues(refs, moment({}))?.get('out.tco')).toBe(120);
  });

  it('wait for an engine off the page to compute the opened document', () => {
    let refs = step(undefined, moment({ 'out.tco': 1 }, { computing: true }));
    expect(referenceValues(refs, moment({}))).toBeUndefined();
    refs = step(refs, moment({ 'out.tco': 100 }));
    expect(referenceValues(refs, moment({}))?.get('out.tco')).toBe(100);
  });

  it('compare a named scenario with the base as last shown, while the base is unchanged', () => {
    let refs = step(undefined, moment({ 'out.tco': 100 }));
    refs = step(refs, moment({ 'out.tco': 110 }));
    refs = step(refs, moment({ 'out.tco': 150 }, { named: true }));
    expect(referenceValues(refs, moment({}, { named: true }))?.get('out.tco')).toBe(110);
    expect(referenceValues(refs, moment({}))?.get('out.tco')).toBe(100);
    // Saved while the named scenario shows: back on the base, the base's figures then are the reference.
    refs = step(refs, moment({ 'out.tco': 150 }, { named: true, baseline: 1 }));
    expect(referenceValues(refs, moment({}))?.get('out.tco')).toBe(110);
    // The base changed under the named scenario (an undo): no reference rather than a wrong one.
    expect(referenceValues(refs, moment({}, { named: true, grids: {} }))).toBeUndefined();
  });
});
