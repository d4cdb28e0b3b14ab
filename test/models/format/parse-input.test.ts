import { describe, expect, it } from 'vitest';
import { parseUserInput } from '../../../models/format/parse-input';

describe('reading what a user typed', () => {
  it.each([
    ['10000', 10000],
    ['1,234.5', 1234.5],
    ['3.4%', 0.034],
    ['$2.50', 2.5],
    ['-1e3', -1000],
    ['=a.b * 2', '=a.b * 2'],
    ['  =t ', '=t'],
    ['TRUE', true],
    ['cloud', 'cloud'],
    ['12 apples', '12 apples'],
    ['', ''],
  ] as const)('reads %j as %j', (typed, expected) => {
    expect(parseUserInput(typed)).toBe(expected);
  });
});
