import { functions } from '../../models/engine';

/** The name being typed just before the caret, if any: letters, digits, _ and dots. */
export function tokenBefore(text: string, caret: number): { start: number; token: string } | undefined {
  const match = /[a-z_][a-z0-9_.]*$/i.exec(text.slice(0, caret));
  if (!match || !text.startsWith('=')) return undefined;
  return { start: caret - match[0].length, token: match[0] };
}

/** References and functions that start with (or, for references, contain) the token, best first. */
export function suggestionsFor(token: string, refs: readonly string[], limit = 8): string[] {
  const lower = token.toLowerCase();
  const fns = [...functions.keys()].filter((name) => name.startsWith(lower)).map((name) => `${name}(`);
  const starts = refs.filter((ref) => ref.startsWith(lower));
  const contains = lower.length >= 2 ? refs.filter((ref) => !ref.startsWith(lower) && ref.includes(lower)) : [];
  return [...fns, ...starts, ...contains].filter((s) => s !== lower).slice(0, limit);
}
