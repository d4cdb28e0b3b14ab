import { messages } from './messages';

/**
 * Asks for every piece of the bundled Chinese font that the UI's Chinese
 * strings need (regular and bold), at start. Noto Sans SC comes in ~100
 * pieces by Unicode range; on a machine without a CJK system font, Chromium
 * left some text of the first paint (the first toolbar button, headings,
 * bold key figures) as boxes for good when it had shaped it before its piece
 * arrived. Awaited before the first render, it makes every paint find its
 * glyphs; the pieces are local files, so this costs no network.
 */
export function loadCjkFont(fonts: FontFaceSet): Promise<unknown> {
  const text = [...new Set(Object.values(messages.zh).join('') + '中文')].join('');
  return Promise.all(['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"'].map((font) => fonts.load(font, text)));
}
