/**
 * Text widths as DejaVu Sans and Noto Sans Hans draw them, for ECharts'
 * server-side renderer: without a canvas it guesses every character at about
 * half the font size, so legends and labels in exported charts overlapped
 * (DejaVu is wide). Widths are em fractions of common character classes.
 */
export function measureExportText(text: string, font: string | undefined): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return { width: em * size };
}

function charWidth(ch: string): number {
  if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch)) return 1;
  if (/[ il.,:;'|!()[\]{}`]/.test(ch)) return 0.32;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[MWmw@%]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.58;
}
