import type { ArticleOut } from '../model/contract.js';

const COLUMNS = ['article_id', 'outlet', 'published', 'language', 'title', 'category', 'value', 'min', 'max', 'approximate', 'who', 'date', 'place', 'source', 'hedged', 'text'] as const;

export function articlesCsvHeader(): string {
  return COLUMNS.join(',');
}

/** One row per figure; an article without figures still gets one row, so none goes missing. */
export function articleCsvRows(a: ArticleOut): string[] {
  const base = [a.id, a.outlet, a.published, a.language, a.title];
  if (a.claims.length === 0) return [csvLine([...base, '', '', '', '', '', '', '', '', '', '', ''])];
  return a.claims.map((c) => csvLine([...base, c.category, c.value, c.min, c.max, c.approximate, c.who, c.date, c.place, c.source, c.hedged, c.text]));
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/u.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}
