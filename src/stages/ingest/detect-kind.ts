export type ContentKind = 'html' | 'jsonl' | 'text';

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|header|!--)[\s>]/iu;
const HTML_ANYWHERE = /<(?:html|body|p|div|article)[\s>][\s\S]*<\/(?:p|div|article|body|html)>/iu;

/** The kind of a page from its content; the file extension is only a tie-breaker. */
export function detectKind(text: string, path: string | null): ContentKind {
  const head = text.slice(0, 4096);
  if (/^\s*\{/u.test(head) && firstLineIsJson(text)) return 'jsonl';
  if (HTML_START.test(head)) return 'html';
  const ext = (path ?? '').toLowerCase().replace(/\.gz$/u, '');
  if (/\.(?:html?|xhtml)$/u.test(ext) && /<\w+[\s>]/u.test(head)) return 'html';
  if (HTML_ANYWHERE.test(text.slice(0, 65536))) return 'html';
  return 'text';
}

function firstLineIsJson(text: string): boolean {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).trim();
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
