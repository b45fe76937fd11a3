/**
 * HTML built only through the `html` tag: every interpolated value goes through `escapeHtml`
 * unless it is already `Html` (the output of another `html` call). Article content is untrusted,
 * so there is no other way to put a string into a page.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/gu, (c) => ESCAPES[c]);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing, so `${cond && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** A link target inside the app: a fixed path plus query parameters, empty ones dropped. */
export function appHref(path: string, params: Record<string, string | number | undefined | null> = {}, hash = ''): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const q = query.toString();
  return `${path}${q ? `?${q}` : ''}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

export function articleHref(id: string, hash = ''): string {
  return `/article/${encodeURIComponent(id)}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/** Only http(s) addresses from an article become links; anything else (javascript:, data:) stays text. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
