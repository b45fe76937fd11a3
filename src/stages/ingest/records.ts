import { createHash } from 'node:crypto';
import type { Rejection } from '../../errors.js';
import { decodeBytes, gunzip, isGzip } from './decode.js';
import { detectKind } from './detect-kind.js';
import { isFeed, parseFeed, feedItemPage } from './feeds.js';
import { isWarc, readWarc } from './warc.js';

/** One article's raw content, with whatever metadata came with it, before cleaning. */
export interface RawRecord {
  /** Unique name of the input: the path, or "path#line" for a JSON Lines record. */
  input: string;
  path: string;
  line: number | null;
  kind: 'html' | 'text';
  content: string;
  /** sha256 of the input's bytes (of its line for JSON Lines): the resume key of a run. */
  contentHash: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  encoding: string;
}

export type RecordResult = { record: RawRecord } | { rejection: Rejection };

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Turns one input's bytes into its articles (several for JSON Lines) or reasons for rejecting them. */
export function recordsFromBytes(path: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, declaredCharset: string | null = null): RecordResult[] {
  if (bytes.length > maxBytes) {
    return [reject(path, 'too-large', `${(bytes.length / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)`)];
  }
  let data = bytes;
  if (isGzip(bytes)) {
    try {
      data = gunzip(bytes);
    } catch (err) {
      return [reject(path, 'unreadable', `broken gzip data (${(err as Error).message})`)];
    }
    if (data.length > maxBytes) return [reject(path, 'too-large', `uncompressed size is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)`)];
  }
  if (isWarc(data)) return recordsFromWarc(path, data);
  const decoded = decodeBytes(data, declaredCharset);
  if (!decoded.ok) return [reject(path, decoded.code, decoded.reason)];
  if (decoded.text.trim() === '') return [reject(path, 'empty', 'only white space')];
  if (isFeed(decoded.text)) return recordsFromFeed(path, decoded.text, decoded.encoding);
  const kind = detectKind(decoded.text, path);
  if (kind === 'jsonl') return recordsFromJsonLines(path, decoded.text, decoded.encoding);
  return [{
    record: {
      input: path, path, line: null, kind, content: decoded.text, contentHash: sha256(data),
      url: null, outlet: null, published: null, encoding: decoded.encoding,
    },
  }];
}

/** Each HTML response of a web archive is an article, named "file.warc#n" by its record number. */
function recordsFromWarc(path: string, data: Uint8Array): RecordResult[] {
  const warc = readWarc(data);
  const out: RecordResult[] = [];
  for (const r of warc.responses) {
    const input = `${path}#${r.index}`;
    const decoded = decodeBytes(r.body, r.charset);
    if (!decoded.ok) { out.push(reject(input, decoded.code, decoded.reason)); continue; }
    out.push({
      record: {
        input, path, line: r.index, kind: 'html', content: decoded.text, contentHash: sha256(r.body),
        url: r.url, outlet: null, published: null, encoding: decoded.encoding,
      },
    });
  }
  if (warc.error) out.push(reject(path, 'unreadable', `broken web archive: ${warc.error}`));
  else if (out.length === 0) out.push(reject(path, 'no-content', `web archive holds no HTML response (${warc.skipped} other records)`));
  return out;
}

/** Each item of an RSS or Atom feed is an article, named "feed.xml#n" by its position. */
function recordsFromFeed(path: string, xml: string, encoding: string): RecordResult[] {
  const items = parseFeed(xml);
  if (items.length === 0) return [reject(path, 'no-content', 'feed has no items')];
  return items.map((item, i) => {
    const input = `${path}#${i + 1}`;
    if (!item.html && !item.title) return reject(input, 'no-content', 'feed item has neither content nor title');
    const content = feedItemPage(item);
    return {
      record: {
        input, path, line: i + 1, kind: 'html' as const, content, contentHash: sha256(content),
        url: item.url, outlet: item.outlet, published: item.published, encoding,
      },
    };
  });
}

/** `{url, html|text, outlet, published}` per line; each line stands or falls alone. */
function recordsFromJsonLines(path: string, text: string, encoding: string): RecordResult[] {
  const out: RecordResult[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const input = `${path}#${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      out.push(reject(input, 'not-json', 'line is not JSON'));
      return;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      out.push(reject(input, 'not-json', 'line is not a JSON object'));
      return;
    }
    const html = typeof row.html === 'string' ? row.html : null;
    const body = typeof row.text === 'string' ? row.text : null;
    const content = html ?? body;
    if (content === null || content.trim() === '') {
      out.push(reject(input, 'no-content', 'record has neither "html" nor "text"'));
      return;
    }
    out.push({
      record: {
        input, path, line: i + 1, kind: html !== null ? 'html' : 'text', content, contentHash: sha256(line),
        url: str(row.url), outlet: str(row.outlet), published: str(row.published), encoding,
      },
    });
  });
  return out;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function reject(input: string, code: Rejection['code'], reason: string): { rejection: Rejection } {
  return { rejection: { input, code, reason } };
}
