import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../shared/file-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
const json = '{"app": "tokencast", "name": "计划"}';

describe('decoding a file', () => {
  it('reads UTF-8, Chinese included', () => {
    expect(decodeFileText(utf8(json))).toEqual({ ok: true, text: json });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeFileText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(json)]))).toEqual({ ok: true, text: json });
  });

  it('names UTF-16 little-endian by its byte-order mark', () => {
    expect(decodeFileText(Uint8Array.from([0xff, 0xfe, ...utf16le(json)]))).toEqual({
      ok: false, error: 'the file is encoded as UTF-16 (little-endian); Tokencast reads UTF-8 — save it as UTF-8 and open it again',
    });
  });

  it('names UTF-16 big-endian by its byte-order mark', () => {
    expect(decodeFileText(Uint8Array.from([0xfe, 0xff, ...utf16be(json)]))).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is encoded as UTF-16 \(big-endian\);/) });
  });

  it('recognises UTF-16 without a byte-order mark', () => {
    expect(decodeFileText(utf16le(json))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-16 \(little-endian\)/) });
    expect(decodeFileText(utf16be(json))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-16 \(big-endian\)/) });
  });

  it('names UTF-32 by its byte-order mark', () => {
    expect(decodeFileText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-32 \(little-endian\)/) });
  });

  it('refuses invalid UTF-8 with the offset of the first bad byte, instead of replacing it', () => {
    const latin1 = Uint8Array.from(Buffer.from('{"name": "café"}', 'latin1'));
    expect(decodeFileText(latin1)).toEqual({
      ok: false,
      error: 'the file is not valid UTF-8: byte 13 (0xE9) does not start a complete character — is it in another encoding, such as GBK or Windows-1252? Save it as UTF-8 and open it again',
    });
  });

  it('refuses a character cut off at the end of the file', () => {
    const cut = utf8('{"name": "计').slice(0, -1);
    expect(decodeFileText(cut)).toMatchObject({ ok: false, error: expect.stringMatching(/byte 10 \(0xE8\)/) });
  });

  it('refuses encoded surrogates and overlong forms, as the standard decoder does', () => {
    expect(decodeFileText(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, error: expect.stringMatching(/byte 1 /) });
    expect(decodeFileText(Uint8Array.from([0x41, 0x42, 0xc0, 0xaf]))).toMatchObject({ ok: false, error: expect.stringMatching(/byte 2 /) });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeFileText(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});
