import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The fonts exports draw with, shipped as npm packages so no system font is
 * needed: DejaVu Sans for Latin text and Noto Sans Hans (OFL) for Chinese.
 * Without a font file resvg silently drops all text.
 */
export function exportFonts(): { files: string[]; family: string } {
  const dejavu = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
  const noto = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
  return { files: [dejavu, noto], family: 'DejaVu Sans' };
}
