import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { RejectionCode } from '../../errors.js';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; code: RejectionCode; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const MAX_GUNZIPPED = 256 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Uint8Array): Uint8Array {
  return gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED });
}

/**
 * Bytes to text: a BOM or a declared charset wins; otherwise valid UTF-8 is UTF-8, and bytes
 * with no UTF-8 sequence at all are a legacy 8-bit page, read as windows-1252 (a superset of
 * ISO-8859-1 for text). Node's own TextDecoder gets windows-1252's 0x80-0x9F wrong, so
 * iconv-lite decodes it. Mostly-UTF-8 bytes with broken sequences are corrupt, not legacy.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset: string | null = null): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'binary content, not text or HTML' };
  if (startsWith(bytes, UTF8_BOM)) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };

  const declared = normalizeCharset(declaredCharset ?? sniffMetaCharset(bytes));
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
    return { ok: true, text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  }
  const stats = utf8Stats(bytes);
  if (stats.invalid === 0) return utf8(bytes, 'utf-8');
  if (stats.valid === 0 && declared !== 'utf-8') {
    return { ok: true, text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
  return {
    ok: false,
    code: 'invalid-encoding',
    reason: `invalid UTF-8 at byte ${stats.firstInvalid} (${stats.invalid} broken sequence${stats.invalid > 1 ? 's' : ''})`,
  };
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes or many control bytes in the first 8 KB: an image, an archive, an executable. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*(?<charset>[\w.:-]+)/iu;

function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return META_CHARSET.exec(head)?.groups?.charset ?? null;
}

function normalizeCharset(charset: string | null): string | null {
  if (!charset) return null;
  const c = charset.toLowerCase().trim();
  if (c === 'utf8' || c === 'utf-8') return 'utf-8';
  // Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
  if (['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'iso8859-1', 'cp1252', 'windows-1252'].includes(c)) return 'windows-1252';
  return c;
}

function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { valid++; i += len; } else { invalid++; if (firstInvalid < 0) firstInvalid = i; i++; }
  }
  return { valid, invalid, firstInvalid };
}
