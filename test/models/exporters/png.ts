import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA or RGB PNG: enough of the format to test what the exporter writes. */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly pixels: Uint8Array;
}

/** Decodes a non-interlaced 8-bit PNG (the kind resvg writes). */
export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      channels = ({ 2: 3, 6: 4 } as Record<number, number>)[body[9]!] ?? 0;
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** How many pixels in a rectangle are clearly darker than white. */
export function inkIn(image: Image, x0: number, y0: number, w: number, h: number): number {
  let ink = 0;
  for (let y = y0; y < Math.min(image.height, y0 + h); y++) {
    for (let x = x0; x < Math.min(image.width, x0 + w); x++) {
      const i = (y * image.width + x) * image.channels;
      if (image.pixels[i]! + image.pixels[i + 1]! + image.pixels[i + 2]! < 600) ink++;
    }
  }
  return ink;
}

/** A square of the image as a string of ink (1) and paper (0), to compare two drawings. */
export function cellBitmap(image: Image, x0: number, y0: number, size: number): string {
  let bits = '';
  for (let y = y0; y < y0 + size; y++) {
    for (let x = x0; x < x0 + size; x++) {
      const i = (y * image.width + x) * image.channels;
      bits += image.pixels[i]! + image.pixels[i + 1]! + image.pixels[i + 2]! < 600 ? '1' : '0';
    }
  }
  return bits;
}
