// Renders build-resources/icon.svg to the PNG sizes electron-builder wants (build-resources/icons/NxN.png and icon.png).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const folder = new URL('../build-resources/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', folder), 'utf8');
mkdirSync(new URL('icons/', folder), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`icons/${size}x${size}.png`, folder), png);
  if (size === 512) writeFileSync(new URL('icon.png', folder), png);
}
