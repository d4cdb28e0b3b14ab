import { Resvg } from '@resvg/resvg-js';
import { exportFonts } from './fonts';

/** Renders chart SVG to PNG at `scale` × its size (2 for crisp slides), with the shipped fonts. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const fonts = exportFonts();
  const width = Number(/<svg[^>]*\bwidth="(\d+)/.exec(svg)?.[1] ?? 960);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * scale },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
