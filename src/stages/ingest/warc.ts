import { gunzipSync } from 'node:zlib';

/** One HTTP response archived in a WARC file. */
export interface WarcResponse {
  /** 1-based position of the record in the file. */
  index: number;
  url: string | null;
  /** The charset the HTTP Content-Type declared, if any. */
  charset: string | null;
  body: Uint8Array;
}

const WARC_MAGIC = 'WARC/';

export function isWarc(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === WARC_MAGIC;
}

/**
 * The HTML responses of a WARC file (ISO 28500): each record is a header block, a blank line
 * and `Content-Length` bytes; a response's block is an HTTP message. Other record types
 * (request, metadata, warcinfo) and non-HTML responses are skipped and counted.
 */
export function readWarc(bytes: Uint8Array): { responses: WarcResponse[]; skipped: number; error: string | null } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const responses: WarcResponse[] = [];
  let skipped = 0;
  let pos = 0;
  let index = 0;
  while (pos < buf.length) {
    while (pos < buf.length && (buf[pos] === 0x0d || buf[pos] === 0x0a)) pos++;
    if (pos >= buf.length) break;
    index++;
    const headEnd = buf.indexOf('\r\n\r\n', pos, 'latin1');
    if (headEnd < 0 || buf.toString('latin1', pos, pos + 5) !== WARC_MAGIC) {
      return { responses, skipped, error: `record ${index}: no WARC header at byte ${pos}` };
    }
    const headers = parseHeaders(buf.toString('utf8', pos, headEnd));
    const length = Number(headers.get('content-length'));
    if (!Number.isFinite(length) || length < 0) return { responses, skipped, error: `record ${index}: no Content-Length` };
    const start = headEnd + 4;
    const end = Math.min(buf.length, start + length);
    pos = end;
    if ((headers.get('warc-type') ?? '').toLowerCase() !== 'response') { skipped++; continue; }
    const http = buf.subarray(start, end);
    const httpEnd = http.indexOf('\r\n\r\n', 0, 'latin1');
    if (httpEnd < 0) { skipped++; continue; }
    const httpHeaders = parseHeaders(http.toString('latin1', 0, httpEnd).split('\r\n').slice(1).join('\r\n'));
    const type = httpHeaders.get('content-type') ?? '';
    if (!/html/iu.test(type)) { skipped++; continue; }
    const charset = /charset\s*=\s*"?(?<c>[\w.:-]+)/iu.exec(type)?.groups?.c ?? null;
    let body: Uint8Array = new Uint8Array(http.subarray(httpEnd + 4));
    try {
      if (/chunked/iu.test(httpHeaders.get('transfer-encoding') ?? '')) body = dechunk(body);
      if (/gzip/iu.test(httpHeaders.get('content-encoding') ?? '')) body = gunzipSync(body);
    } catch {
      skipped++;
      continue;
    }
    responses.push({ index, url: headers.get('warc-target-uri') ?? null, charset, body });
  }
  return { responses, skipped, error: null };
}

function parseHeaders(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

/** HTTP/1.1 chunked transfer coding: hex size, CRLF, data, CRLF, until a zero-size chunk. */
function dechunk(data: Uint8Array): Uint8Array {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = buf.indexOf('\r\n', pos, 'latin1');
    if (lineEnd < 0) break;
    const size = parseInt(buf.toString('latin1', pos, lineEnd).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(buf.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return new Uint8Array(Buffer.concat(parts));
}
