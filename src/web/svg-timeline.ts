import { html, type Html } from './html.js';
import type { TimelineMark } from './timeline-marks.js';

export interface TimelineOptions {
  id: string;
  title: string;
  /** Publication dates per lane, drawn as small ticks (lanes per outlet only). */
  published?: Map<string, { date: string; title: string }[]>;
}

const WIDTH = 960;
const GUTTER = 180;
const UNDATED_ZONE = 90;
const AXIS = 34;
const ROW = 18;
const LANE_PAD = 10;
const MARK = 6;
const DAY = 86_400_000;
const LANE_LABEL_CHARS = 26;

interface Span { from: number; to: number }
interface Placed { m: TimelineMark; x1: number; x2: number; row: number; span: Span | null }

/**
 * Events and figures on a time axis as inline SVG, one lane per outlet or per source: a circle
 * per figure (hollow when hedged), a diamond per event, a bar when the date is a month or a
 * range; each mark is an SVG `<a>` to its sentence (focusable, so Tab walks the marks) with a
 * `<title>`. Marks that would overlap stack in rows inside their lane. Undated marks sit in
 * their own column at the right. Geometry is presentation attributes, colours come from
 * classes in the app's stylesheet: nothing inline for the CSP to block.
 */
export function renderTimelineChart(marks: TimelineMark[], o: TimelineOptions): Html {
  const spans = marks.map((m) => parseDateSpan(m.date));
  const dated = spans.filter((s): s is Span => s !== null);
  const anyUndated = spans.some((s) => s === null);
  const plotRight = WIDTH - 16 - (anyUndated ? UNDATED_ZONE : 0);
  let d0 = dated.length ? Math.min(...dated.map((s) => s.from)) : 0;
  let d1 = dated.length ? Math.max(...dated.map((s) => s.to)) + 1 : 1;
  if (d1 - d0 < 7) { const mid = (d0 + d1) / 2; d0 = Math.floor(mid - 3.5); d1 = Math.ceil(mid + 3.5); }
  const pad = Math.max(1, Math.round((d1 - d0) * 0.04));
  d0 -= pad;
  d1 += pad;
  const x = (day: number) => GUTTER + ((day - d0) / (d1 - d0)) * (plotRight - GUTTER);
  const undatedX = plotRight + UNDATED_ZONE / 2;

  const laneNames = [...new Set(marks.map((m) => m.lane))].sort((a, b) => a.localeCompare(b));
  const lanes = laneNames.map((name) => {
    const placed: Placed[] = [];
    const rowsEnd: number[] = [];
    const mine = marks.map((m, i) => ({ m, span: spans[i] })).filter((e) => e.m.lane === name);
    mine.sort((a, b) => (a.span?.from ?? Infinity) - (b.span?.from ?? Infinity) || a.m.kind.localeCompare(b.m.kind));
    for (const { m, span } of mine) {
      const point = !span || span.to === span.from;
      const x1 = span ? (point ? x(span.from + 0.5) - MARK : x(span.from)) : undatedX - MARK;
      const x2 = span ? (point ? x(span.from + 0.5) + MARK : Math.max(x(span.to + 1), x(span.from) + 2 * MARK)) : undatedX + MARK;
      let row = rowsEnd.findIndex((end) => end + 2 <= x1);
      if (row < 0) { row = rowsEnd.length; rowsEnd.push(x2); } else rowsEnd[row] = x2;
      placed.push({ m, x1, x2, row, span });
    }
    return { name, placed, rows: Math.max(1, rowsEnd.length) };
  });

  let y = AXIS;
  const laneBoxes = lanes.map((l) => {
    const height = l.rows * ROW + 2 * LANE_PAD;
    const box = { ...l, top: y, height };
    y += height;
    return box;
  });
  const height = y + 8;
  const ticks = axisTicks(d0, d1, Math.max(2, Math.floor((plotRight - GUTTER) / 95)));
  const titleId = `${o.id}-title`;

  return html`<svg class="chart timeline-chart" id="${o.id}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${o.title}</title>
<g class="axis">${ticks.map((t) => html`<line class="grid" x1="${x(t.day).toFixed(1)}" x2="${x(t.day).toFixed(1)}" y1="${AXIS - 6}" y2="${height - 8}"/><text class="tick" x="${x(t.day).toFixed(1)}" y="${AXIS - 12}" text-anchor="middle">${t.label}</text>`)}
${anyUndated ? html`<line class="grid undated-rule" x1="${plotRight + 4}" x2="${plotRight + 4}" y1="${AXIS - 6}" y2="${height - 8}"/><text class="tick" x="${undatedX}" y="${AXIS - 12}" text-anchor="middle">undated</text>` : ''}</g>
${laneBoxes.map((l, i) => html`<g class="lane" data-lane="${l.name}">
<rect class="${i % 2 ? 'lane-bg odd' : 'lane-bg'}" x="0" y="${l.top}" width="${WIDTH}" height="${l.height}"/>
<text class="lane-label" x="8" y="${l.top + LANE_PAD + ROW / 2 + 4}"><title>${l.name}</title>${clip(l.name)}</text>
${(o.published?.get(l.name) ?? []).map((p) => {
    const s = parseDateSpan(p.date);
    if (!s) return '';
    const px = x(s.from + 0.5);
    const base = l.top + l.height - 1;
    return html`<path class="published" d="M${px.toFixed(1)},${base - 6}l4,6h-8z"><title>${`published ${p.date}: ${p.title}`}</title></path>`;
  })}
${l.placed.map((p) => mark(p, l.top + LANE_PAD + p.row * ROW + ROW / 2))}
</g>`)}
</svg>`;
}

function mark(p: Placed, cy: number): Html {
  const { m } = p;
  const classes = `mark ${m.kind}${m.hedged ? ' hedged' : ''}`;
  const point = !p.span || p.span.from === p.span.to;
  const cx = (p.x1 + p.x2) / 2;
  const shape = !point
    ? html`<rect class="${classes}" x="${p.x1.toFixed(1)}" y="${(cy - 5).toFixed(1)}" width="${(p.x2 - p.x1).toFixed(1)}" height="10" rx="5"/>`
    : m.kind === 'figure'
      ? html`<circle class="${classes}" cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${MARK - 0.5}"/>`
      : html`<path class="${classes}" d="M${cx.toFixed(1)},${(cy - MARK - 1).toFixed(1)}l${MARK + 1},${MARK + 1}l-${MARK + 1},${MARK + 1}l-${MARK + 1},-${MARK + 1}z"/>`;
  const what = `${m.kind === 'figure' ? 'Figure' : 'Event'}: ${m.label}${m.hedged ? ' (hedged)' : ''}`;
  const tip = [what, `date: ${m.date ?? 'undated'}`, `outlet: ${m.outlet}`, ...(m.kind === 'figure' ? [`source: ${m.source ?? 'the outlet'}`] : [])].join('\n');
  return html`<a class="mark-link" href="${m.href}" data-kind="${m.kind}" aria-label="${`${what}, ${m.date ?? 'undated'}, ${m.outlet}`}"><title>${tip}</title>${shape}</a>`;
}

function clip(s: string): string {
  return s.length > LANE_LABEL_CHARS ? `${s.slice(0, LANE_LABEL_CHARS - 1)}…` : s;
}

const ISO = /^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$/u;

/** A contract date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `start/end` of those) as whole days since 1970, both ends inclusive. */
export function parseDateSpan(date: string | null): Span | null {
  if (!date) return null;
  const [a, b] = date.split('/');
  const start = parseOne(a);
  const end = parseOne(b ?? a);
  if (!start || !end) return null;
  return { from: start.from, to: Math.max(start.from, end.to) };
}

function parseOne(s: string | undefined): Span | null {
  const g = s ? ISO.exec(s.trim())?.groups : undefined;
  if (!g) return null;
  const y = Number(g.y);
  const m = g.m ? Number(g.m) - 1 : null;
  const d = g.d ? Number(g.d) : null;
  if ((m !== null && (m < 0 || m > 11)) || (d !== null && (d < 1 || d > 31))) return null;
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm, dd) / DAY);
  if (m === null) return { from: day(y, 0, 1), to: day(y + 1, 0, 1) - 1 };
  if (d === null) return { from: day(y, m, 1), to: day(y, m + 1, 1) - 1 };
  return { from: day(y, m, d), to: day(y, m, d) };
}

interface Tick { day: number; label: string }

/** Ticks on whole days, weeks, months or years, the finest step that fits `max` labels. */
export function axisTicks(d0: number, d1: number, max: number): Tick[] {
  const iso = (day: number) => new Date(day * DAY).toISOString();
  for (const step of [1, 2, 7, 14]) {
    if ((d1 - d0) / step > max) continue;
    const out: Tick[] = [];
    // Weeks start on Mondays (day 0, 1970-01-01, was a Thursday).
    const offset = step >= 7 ? 4 : 0;
    for (let d = Math.ceil((d0 - offset) / step) * step + offset; d <= d1; d += step) out.push({ day: d, label: iso(d).slice(0, 10) });
    return out;
  }
  const first = new Date(d0 * DAY);
  const months = (d1 - d0) / 30.44;
  for (const step of [1, 2, 3, 6, 12, 24, 60, 120]) {
    if (months / step > max) continue;
    const out: Tick[] = [];
    let y = first.getUTCFullYear();
    let m = Math.ceil(first.getUTCMonth() / step) * step;
    for (;;) {
      y += Math.floor(m / 12);
      m %= 12;
      const day = Math.floor(Date.UTC(y, m, 1) / DAY);
      if (day > d1) break;
      if (day >= d0) out.push({ day, label: step >= 12 ? String(y) : iso(day).slice(0, 7) });
      m += step;
    }
    return out;
  }
  return [];
}
