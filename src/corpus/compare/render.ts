import type { Report, ReportTable } from './report-tables.js';

/** Terminal text: aligned columns, multi-line cells flattened. */
export function renderText(reports: Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.title, r.subtitle, '');
    for (const t of r.tables) {
      out.push(`== ${t.title}${t.note ? ` (${t.note})` : ''}`);
      if (t.rows.length === 0) { out.push('  (none)', ''); continue; }
      const rows = [t.columns, ...t.rows.map((row) => row.map((c) => c.replace(/\s*\n\s*/gu, ' | ')))];
      const widths = t.columns.map((_, i) => Math.min(48, Math.max(...rows.map((row) => (row[i] ?? '').length))));
      for (const row of rows) out.push(`  ${row.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd()}`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

function mdCell(s: string): string {
  return s.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/[<>]/gu, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\n/gu, '<br>');
}

export function renderMarkdown(reports: Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`# ${mdCell(r.title)}`, '', mdCell(r.subtitle), '');
    for (const t of r.tables) {
      out.push(`## ${t.title}`, '');
      if (t.note) out.push(`*${mdCell(t.note)}*`, '');
      if (t.rows.length === 0) { out.push('(none)', ''); continue; }
      out.push(`| ${t.columns.map(mdCell).join(' | ')} |`, `|${t.columns.map(() => ' --- ').join('|')}|`);
      for (const row of t.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Escapes text for HTML element content and attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccc}
.sub{color:#555}.note{color:#666;font-size:.85rem;margin:.2rem 0 .5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top;white-space:pre-line}
th{background:#f3f3f5}tr.disputed td{background:#fff4e5}tr.conservative td{background:#e8f5e9;font-weight:600}
section.story{margin-bottom:3rem}`;

function htmlTable(t: ReportTable): string {
  const head = `<tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = t.rows.map((row, i) => {
    const mark = t.marks?.[i];
    return `<tr${mark ? ` class="${mark}"` : ''}>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  }).join('\n');
  return `<h2>${escapeHtml(t.title)}</h2>${t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : ''}${t.rows.length === 0 ? '<p>(none)</p>' : `<table>\n${head}\n${body}\n</table>`}`;
}

/** One self-contained page: inline CSS, no script, no network; every article string escaped. */
export function renderHtml(reports: Report[]): string {
  const sections = reports.map((r) => `<section class="story"><h1>${escapeHtml(r.title)}</h1><p class="sub">${escapeHtml(r.subtitle)}</p>\n${r.tables.map(htmlTable).join('\n')}</section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>recoupe: stories compared</title><style>${CSS}</style></head>
<body>
${sections.join('\n')}
</body></html>
`;
}
