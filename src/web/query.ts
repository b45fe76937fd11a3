import type { ListQuery } from '../store/store.js';

export const PAGE_SIZE = 50;

/** Filters as read from a URL: every value checked, anything malformed dropped rather than passed to the store. */
export interface ListParams {
  q: string;
  outlet: string;
  language: string;
  from: string;
  to: string;
  page: number;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const LANGUAGE = /^[a-z]{2,3}$/u;

export function readListParams(search: URLSearchParams): ListParams {
  const text = (name: string, max: number) => (search.get(name) ?? '').trim().slice(0, max);
  const page = Number(search.get('page') ?? '1');
  const from = text('from', 10);
  const to = text('to', 10);
  const language = text('language', 3);
  return {
    q: text('q', 200),
    outlet: text('outlet', 200),
    language: LANGUAGE.test(language) ? language : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    // The cap keeps OFFSET bounded even for a hand-typed URL.
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export function toListQuery(p: ListParams, pageSize = PAGE_SIZE): ListQuery {
  return {
    search: p.q || undefined,
    outlet: p.outlet || undefined,
    language: p.language || undefined,
    from: p.from || undefined,
    // `published <= '2025-03'` would drop every day of March: an open month or year ends at its last day.
    to: p.to ? (p.to.length === 10 ? p.to : `${p.to}-99`) : undefined,
    limit: pageSize,
    offset: (p.page - 1) * pageSize,
  };
}

export function filterParams(p: ListParams): Record<string, string> {
  return { q: p.q, outlet: p.outlet, language: p.language, from: p.from, to: p.to };
}
