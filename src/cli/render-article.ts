import type { ArticleOut } from '../model/contract.js';

const COLORS = { entity: '\x1b[36m', quote: '\x1b[33m', claim: '\x1b[1;31m', reset: '\x1b[0m', dim: '\x1b[2m', bold: '\x1b[1m' };

/**
 * An article for a person at a terminal: metadata, the body with its spans highlighted (entities
 * cyan, quotes yellow, figures red), then quotes, figures and events in lists.
 */
export function renderArticleText(a: ArticleOut, options: { color: boolean }): string {
  const c = options.color ? COLORS : { entity: '', quote: '', claim: '', reset: '', dim: '', bold: '' };
  const lines: string[] = [];
  lines.push(`${c.bold}${a.title ?? '(no title)'}${c.reset}`);
  lines.push(`${c.dim}${[a.id, a.outlet, a.published, a.language, a.section].filter(Boolean).join(' · ')}${c.reset}`);
  if (a.input.path || a.input.url) lines.push(`${c.dim}${a.input.url ?? a.input.path}${c.reset}`);
  if (a.credits.length) lines.push(`credits: ${a.credits.join(', ')}`);
  lines.push('', highlight(a, c), '');
  if (a.captions.length) lines.push('captions:', ...a.captions.map((x) => `  ${x}`));
  if (a.related.length) lines.push('related:', ...a.related.map((x) => `  ${x}`));
  if (a.quotes.length) {
    lines.push(`quotes (${a.quotes.length}):`);
    for (const q of a.quotes) {
      lines.push(`  [${q.kind}] ${q.speaker.name ?? q.speaker.text ?? '?'} (${q.cue ?? '?'})${q.hedged ? ' hedged' : ''}: ${c.quote}${clip(q.text)}${c.reset}`);
    }
  }
  if (a.claims.length) {
    lines.push(`figures (${a.claims.length}):`);
    for (const k of a.claims) {
      const value = k.value ?? [k.min !== null ? `≥${k.min}` : '', k.max !== null ? `≤${k.max}` : ''].filter(Boolean).join(' ');
      lines.push(`  ${k.category} ${c.claim}${value}${k.approximate ? ' (approx.)' : ''}${c.reset} ${k.who ?? ''} · ${k.date ?? '?'} · ${k.place ?? '?'} · source: ${k.source ?? '(the outlet)'}${k.hedged ? ' · HEDGED' : ''}`);
    }
  }
  if (a.events.length) {
    lines.push(`events (${a.events.length}):`);
    for (const e of a.events) lines.push(`  ${e.date ?? '?'} ${e.type} ${[e.actor].flat().filter(Boolean).join(', ')} @ ${e.place ?? '?'}`);
  }
  if (a.entities.length) {
    lines.push(`entities (${a.entities.length}): ${a.entities.map((e) => `${e.name} [${e.type}]`).join(', ')}`);
  }
  return lines.join('\n');
}

/** Spans may nest or overlap: at every boundary the most specific open span (figure > entity > quote) colours the text. */
function highlight(a: ArticleOut, c: Record<keyof typeof COLORS, string>): string {
  if (!c.reset) return a.text;
  const styles = [c.quote, c.entity, c.claim];
  const spans: { start: number; end: number; level: number }[] = [
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, level: 0 })),
    ...a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, level: 1 }))),
    ...a.claims.map((k) => ({ start: k.start, end: k.end, level: 2 })),
  ];
  const bounds = [...new Set([0, a.text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const level = Math.max(-1, ...spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.level));
    const piece = a.text.slice(from, to);
    out += level < 0 ? piece : `${styles[level]}${piece}${c.reset}`;
  }
  return out;
}

function clip(s: string, n = 160): string {
  const one = s.replace(/\s+/gu, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
