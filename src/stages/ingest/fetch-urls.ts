import type { Rejection } from '../../errors.js';

/** A page fetched over the network, ready to be read like a file. */
export interface FetchedPage {
  /** The URL as the user gave it: the input's name. */
  input: string;
  /** Where the page ended up after redirects. */
  url: string;
  bytes: Uint8Array;
  /** Charset from the Content-Type header, if any. */
  charset: string | null;
}

export interface FetchOptions {
  timeoutMs?: number;
  concurrency?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

const URL_ARG = /^https?:\/\//iu;

export function isUrl(arg: string): boolean {
  return URL_ARG.test(arg);
}

/** The URLs of a list file: one per line; blank lines and lines starting with # are skipped. */
export function urlsFromList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Fetches pages a few at a time, each with a timeout; a failure (DNS, refused, timeout, HTTP
 * error, too large) is a rejection naming the URL, and the others go on.
 */
export async function fetchUrls(urls: string[], options: FetchOptions = {}): Promise<{ pages: FetchedPage[]; rejections: Rejection[] }> {
  const pages: FetchedPage[] = [];
  const rejections: Rejection[] = [];
  const doFetch = options.fetchImpl ?? fetch;
  const queue = [...new Set(urls)];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (!isUrl(url)) { rejections.push({ input: url, code: 'unreadable', reason: 'not an http(s) URL' }); continue; }
      try {
        const res = await doFetch(url, {
          redirect: 'follow',
          signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
          headers: { 'user-agent': 'recoupe/0.1 (news cross-checking; +https://github.com/recoupe)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5' },
        });
        if (!res.ok) { rejections.push({ input: url, code: 'unreadable', reason: `HTTP ${res.status} ${res.statusText}`.trim() }); continue; }
        const bytes = new Uint8Array(await res.arrayBuffer());
        if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
          rejections.push({ input: url, code: 'too-large', reason: `${(bytes.length / 1048576).toFixed(1)} MB is over the ${(options.maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)` });
          continue;
        }
        const charset = /charset\s*=\s*"?(?<c>[\w.:-]+)/iu.exec(res.headers.get('content-type') ?? '')?.groups?.c ?? null;
        pages.push({ input: url, url: res.url || url, bytes, charset });
      } catch (err) {
        const e = err as Error & { cause?: { code?: string; message?: string } };
        const why = e.name === 'TimeoutError' ? 'timed out' : e.cause?.code ?? e.cause?.message ?? e.message;
        rejections.push({ input: url, code: 'unreadable', reason: `cannot fetch (${why})` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  // Keep the user's order, whatever order the answers came in.
  const order = new Map(urls.map((u, i) => [u, i]));
  pages.sort((a, b) => order.get(a.input)! - order.get(b.input)!);
  return { pages, rejections };
}
