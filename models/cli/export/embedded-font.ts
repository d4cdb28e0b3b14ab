import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { exportFonts } from './fonts';

/**
 * An @font-face rule that carries, inline as woff2, exactly the Chinese (and
 * other non-Latin) characters a page uses, cut from the Noto Sans Hans font
 * the exports ship. A business case opened on a machine without a CJK font
 * (many Linux desktops) then still shows Chinese instead of empty boxes, and
 * the page stays self-contained and small (tens of KB, not 8 MB).
 */
export async function embeddedCjkFontCss(pageText: string): Promise<string> {
  const characters = [...new Set(pageText)].filter((ch) => ch.codePointAt(0)! > 0x24f).join('');
  if (characters === '') return '';
  const noto = exportFonts().files.find((file) => file.endsWith('.otf'))!;
  const sfnt = await subsetFont(readFileSync(noto), characters, { targetFormat: 'sfnt' });
  return `@font-face { font-family: 'Noto Sans Hans'; src: url(data:font/otf;base64,${sfnt.toString('base64')}) format('opentype'); }`;
}
