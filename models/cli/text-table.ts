/** Lays out rows as aligned columns of plain text (widths by visible characters; CJK counts double). */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, alignRight: ReadonlySet<number> = new Set()): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => {
      const pad = ' '.repeat(widths[c]! - displayWidth(cell));
      return alignRight.has(c) ? pad + cell : cell + pad;
    }).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return width;
}
