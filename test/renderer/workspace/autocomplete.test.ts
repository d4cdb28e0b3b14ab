import { describe, expect, it } from 'vitest';
import { suggestionsFor, tokenBefore } from '../../../renderer/workspace/autocomplete';

describe('formula autocomplete', () => {
  it('finds the dotted name typed just before the caret', () => {
    expect(tokenBefore('=traffic.req * 2', 12)).toEqual({ start: 1, token: 'traffic.req' });
  });

  it('offers nothing outside a formula', () => {
    expect(tokenBefore('traffic', 7)).toBeUndefined();
  });

  it('offers nothing right after an operator', () => {
    expect(tokenBefore('=a.b + ', 7)).toBeUndefined();
  });

  it('puts functions first, then references that start with the text, then those that contain it', () => {
    const refs = ['sum_grid.x', 'traffic.summary', 'b.sum'];
    const shown = suggestionsFor('sum', refs);
    expect(shown.slice(0, 3).sort()).toEqual(['sum(', 'sumif(', 'sumproduct(']);
    expect(shown.slice(3)).toEqual(['sum_grid.x', 'traffic.summary', 'b.sum']);
  });

  it('matches inside references only from two characters on', () => {
    expect(suggestionsFor('m', ['a.m', 'm.x'])).not.toContain('a.m');
  });

  it('does not suggest exactly what is typed', () => {
    expect(suggestionsFor('a.b', ['a.b', 'a.bc'])).toEqual(['a.bc']);
  });

  it('keeps to the limit', () => {
    expect(suggestionsFor('r', Array.from({ length: 20 }, (_, i) => `r.c${i}`), 5)).toHaveLength(5);
  });
});
