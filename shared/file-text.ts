/**
 * Turning a file's bytes into text, the one way every host does it (the CLI,
 * the main process, the browser build). Scenario files are UTF-8; anything
 * else is refused with a message that names what the file is, rather than
 * decoded into replacement characters or read as garbage JSON.
 */

// Every host has TextDecoder (Node, Chromium, Electron), but the ES library
// this bottom layer compiles against does not declare it.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

/** The largest scenario file the app opens: no scenario is near it, and reading more would stall the UI. */
export const MAX_SCENARIO_BYTES = 50 * 2 ** 20;

const megabytes = (bytes: number) => `${Number((bytes / 2 ** 20).toFixed(1))} MB`;

/** Why a file over {@link MAX_SCENARIO_BYTES} is not opened (hosts check the size before reading). */
export function tooLargeMessage(name: string, size: number): string {
  return `${name} is ${megabytes(size)}; Tokencast opens scenario files up to ${megabytes(MAX_SCENARIO_BYTES)}`;
}

/** A file's text, or why its bytes are not UTF-8 text. */
export type DecodedText = { ok: true; text: string } | { ok: false; error: string };


/** Decodes a file's bytes as UTF-8 (a byte-order mark is dropped); UTF-16/32 and invalid bytes get a message naming them. */
export function decodeFileText(bytes: Uint8Array): DecodedText {
  const encoding = otherEncoding(bytes);
  if (encoding) return { ok: false, error: `the file is encoded as ${encoding}; Tokencast reads UTF-8 — save it as UTF-8 and open it again` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, error: `the file is not valid UTF-8: byte ${offset} (0x${byte}) does not start a complete character — is it in another encoding, such as GBK or Windows-1252? Save it as UTF-8 and open it again` };
  }
}

/** UTF-32 or UTF-16 by their byte-order marks, or UTF-16 without one by the zero bytes ASCII text leaves in every other place. */
function otherEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32 (little-endian)';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16 (little-endian)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
  const pairs = Math.min(32, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (evenZeros === 0 && oddZeros >= pairs * 0.75) return 'UTF-16 (little-endian)';
  if (oddZeros === 0 && evenZeros >= pairs * 0.75) return 'UTF-16 (big-endian)';
  return undefined;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 character (the WHATWG decoder's rules). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += length;
  }
  return i;
}
