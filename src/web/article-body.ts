import type { ArticleOut, ClaimOut, QuoteOut } from '../model/contract.js';
import { html, type Html } from './html.js';

type Kind = 'entity' | 'quote' | 'claim' | 'event' | 'sentence';

interface Mark { kind: Kind; index: number; start: number; end: number; title: string; highlight: boolean }

export function claimValue(c: ClaimOut): string {
  if (c.value !== null) return `${c.approximate ? '~' : ''}${c.value}`;
  const range = [c.min !== null ? `≥${c.min}` : '', c.max !== null ? `≤${c.max}` : ''].filter(Boolean).join(' ');
  return range || '?';
}

export function claimTitle(c: ClaimOut): string {
  return `${c.category} ${claimValue(c)} · source: ${c.source ?? 'the outlet'}${c.hedged ? ' · hedged' : ''}`;
}

export function quoteSpeaker(q: QuoteOut): string {
  return q.speaker.name ?? q.speaker.text ?? 'unknown speaker';
}

/**
 * The clean text cut at every span boundary; each piece is wrapped in one <span> whose classes
 * and data-* attributes list the spans covering it. Flat pieces instead of nested elements,
 * because quotes, figures and mentions may cross each other. Each figure, quote and event gets
 * an empty anchor (`id="claim-N"`, N its index in the contract's array) where it starts (an
 * entity at its first mention); a
 * figure's anchor sits at the start of its sentence, and the sentence's pieces carry
 * `data-sentence`, so a link to the figure shows and highlights the sentence it came from.
 */
export function renderArticleBody(a: ArticleOut): Html {
  const len = a.text.length;
  const marks: Mark[] = [];
  const add = (kind: Kind, index: number, start: number, end: number, title: string, highlight = true) => {
    const s = Math.max(0, Math.min(len, start | 0));
    const e = Math.max(0, Math.min(len, end | 0));
    if (e > s || (!highlight && e >= s)) marks.push({ kind, index, start: s, end: Math.max(s, e), title, highlight });
  };
  a.entities.forEach((en, i) => { for (const m of en.mentions) add('entity', i, m.start, m.end, `${en.name} (${en.type})`); });
  a.quotes.forEach((q, i) => add('quote', i, q.start, q.end, `quote: ${quoteSpeaker(q)}${q.cue ? ` (${q.cue})` : ''}`));
  a.claims.forEach((c, i) => {
    add('claim', i, c.start, c.end, claimTitle(c));
    const [from, to] = sentenceAround(a.text, c.start, c.end);
    add('sentence', i, from, to, '');
  });
  // Events carry no colour of their own (the text is busy enough); their pieces carry data-event
  // so a link to an event (from the timeline or the map) can light up its words.
  a.events.forEach((ev, i) => add('event', i, ev.start, ev.end, `event: ${ev.type}`));

  const cuts = new Set<number>([0, len]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const starting = new Map<number, Mark[]>();
  for (const m of marks) {
    const list = starting.get(m.start) ?? [];
    list.push(m);
    starting.set(m.start, list);
  }
  const active = new Set<Mark>();
  const anchored = new Set<number>();
  const parts: Html[] = [];
  for (let i = 0; i < points.length - 1 || (i === 0 && len === 0); i++) {
    const from = points[i];
    const to = points[i + 1] ?? from;
    for (const m of [...active]) if (m.end <= from) active.delete(m);
    for (const m of starting.get(from) ?? []) {
      if (m.kind === 'sentence') parts.push(html`<span class="anchor" id="${`claim-${m.index}`}"></span>`);
      else if (m.kind === 'entity') {
        // One anchor per entity, at its first mention: the article map's places link there.
        if (!anchored.has(m.index)) parts.push(html`<span class="anchor" id="${`entity-${m.index}`}"></span>`);
        anchored.add(m.index);
      } else if (m.kind !== 'claim') parts.push(html`<span class="anchor" id="${`${m.kind}-${m.index}`}"></span>`);
      if (m.highlight && m.end > from) active.add(m);
    }
    const piece = a.text.slice(from, to);
    if (active.size === 0) { parts.push(html`${piece}`); continue; }
    const kinds = new Set([...active].map((m) => m.kind));
    const classes = [...kinds].filter((k) => k !== 'sentence' && k !== 'event').map((k) => `hl-${k}`).join(' ');
    const data = (kind: Kind) => [...active].filter((m) => m.kind === kind).map((m) => m.index).join(' ');
    const title = [...new Set([...active].map((m) => m.title).filter(Boolean))].join('\n');
    parts.push(html`<span${classes ? html` class="${classes}"` : ''}${kinds.has('sentence') ? html` data-sentence="${data('sentence')}"` : ''}${title ? html` title="${title}"` : ''}${kinds.has('claim') ? html` data-claim="${data('claim')}"` : ''}${kinds.has('quote') ? html` data-quote="${data('quote')}"` : ''}${kinds.has('entity') ? html` data-entity="${data('entity')}"` : ''}${kinds.has('event') ? html` data-event="${data('event')}"` : ''}>${piece}</span>`);
  }
  return html`${parts}`;
}

/**
 * The sentence around a span, by punctuation alone (the contract carries no sentences): back to
 * just after the previous full stop, question or exclamation mark, or line break; on to the next.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !(/[.!?…]/u.test(text[from - 1]) && /\s/u.test(text[from] ?? ' ')) && text[from - 1] !== '\n') from--;
  while (from < start && /\s/u.test(text[from])) from++;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !/[.!?…\n]/u.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return [from, to];
}
