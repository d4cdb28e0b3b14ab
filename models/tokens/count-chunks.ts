/** How much text one step of a count takes: small enough to report progress and cancel often. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * Splits a text into pieces whose token counts add up to the count of the
 * whole. Every tokenizer here splits text into pieces before merging, and
 * never merges across the start of a line that begins with a non-space
 * character after a newline, nor across the space before a word: pieces
 * break there. A text with neither for a long stretch (a megabyte of
 * Chinese on one line) is cut where it must, which may shift the count by a
 * token per cut.
 */
export function splitForCounting(text: string, size = CHUNK_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const cut = cutPoint(text, start + size, Math.min(text.length, start + 4 * size));
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function cutPoint(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i - 1] === '\n' && /\S/.test(text[i]!)) return i;
  for (let i = from; i < to; i++) if (text[i] === ' ' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i - 1]!)) return i;
  // Never between the two halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[from] ?? '') ? from + 1 : from;
}
