import type { ArticleOut } from '../../model/contract.js';
import { lookupPlace } from '../../lang/gazetteer.js';
import { foldName, surnameKey, wordKey } from './translit-key.js';
import { orgId, orgKey } from './org-aliases.js';
import { datelineDay, latestYear } from './text-dates.js';

/**
 * What a story is recognised by, for one article: names (places by gazetteer id, persons by
 * transliteration key, organisations by alias id) that cross languages, and keywords that do
 * not. Counts, not weights: weights (IDF) depend on the corpus and are applied by the index.
 */
export interface ArticleFeatures {
  id: string;
  outlet: string | null;
  language: string | null;
  /** Day number (days since 1970-01-01) of publication, or null when unknown. */
  day: number | null;
  /**
   * When the article was written, as far as it tells: its publication day, else a date at its
   * head (a dateline). Only for telling years apart, never for the window: a dateline can be the
   * event's day, weeks before the article.
   */
  written: number | null;
  /** The latest year the title and lead name ("in 2004"), or null. */
  latestYear: number | null;
  names: Map<string, number>;
  words: Map<string, number>;
  /** A surface form for each name feature, for display ("L:170063" → "Alep"). */
  display: Map<string, string>;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}[\p{N}.,]*\p{N}/gu;
/** Body text beyond this adds cost and little signal: a story is told in its first paragraphs. */
const BODY_CHARS = 3000;
const TITLE_WEIGHT = 2;

export function dayNumber(date: string | null): number | null {
  const m = date ? /^(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?/u.exec(date) : null;
  if (!m?.groups) return null;
  return Math.floor(Date.UTC(Number(m.groups.y), Number(m.groups.m) - 1, Number(m.groups.d ?? '1')) / 86400000);
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  if (key.length < 2) return;
  map.set(key, (map.get(key) ?? 0) + by);
}

function bumpName(f: ArticleFeatures, key: string, surface: string, by = 1): void {
  bump(f.names, key, by);
  if (!f.display.has(key)) f.display.set(key, surface);
}

/** The name feature of one capitalised word or name: place, organisation, or spelling-blind key. */
export function nameFeature(name: string): string {
  const place = lookupPlace(name);
  if (place) return `L:${place.id}`;
  const org = orgId(name);
  if (org) return `O:${org}`;
  return `N:${wordKey(name)}`;
}

function addText(f: ArticleFeatures, text: string, weight: number): void {
  let sentenceStart = true;
  for (const m of text.matchAll(WORD)) {
    const tok = m[0];
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const atStart = sentenceStart || /[.!?:«"“\n]\s*$/u.test(before);
    sentenceStart = false;
    if (/^\p{N}/u.test(tok)) {
      // Figures and years cross languages ("169", "2016"; 2-digit numbers are too common), so
      // they count with the names, not with the keywords of one language.
      const n = tok.replace(/[.,’']/gu, '');
      if (n.length >= 3) bumpName(f, `#${n}`, tok, weight);
      continue;
    }
    const upper = /^\p{Lu}/u.test(tok);
    if (upper && (!atStart || /^\p{Lu}{2,}$/u.test(tok))) {
      bumpName(f, nameFeature(tok), tok, weight);
      // A name inside a compound meets the name alone: "Starlink-Satelliten" / "satellite Starlink".
      if (tok.includes('-')) for (const part of tok.split('-').slice(1)) if (/^\p{Lu}\p{L}{2,}/u.test(part)) bumpName(f, nameFeature(part), part, weight);
      const head = tok.split('-')[0]!;
      if (head !== tok && head.length >= 3) bumpName(f, nameFeature(head), head, weight);
    }
    else if (tok.length >= 4) bump(f.words, foldName(tok).replace(/\s+/gu, ''), weight);
  }
}

/** Features of a stored article: its entities when the reader found some, and its title and lead in any case. */
export function articleFeatures(a: ArticleOut): ArticleFeatures {
  const day = dayNumber(a.published);
  const lead = a.text.slice(0, BODY_CHARS);
  const f: ArticleFeatures = {
    id: a.id, outlet: a.outlet, language: a.language, day, written: day ?? datelineDay(lead), latestYear: latestYear(`${a.title ?? ''}\n${lead}`),
    names: new Map(), words: new Map(), display: new Map(),
  };
  for (const e of a.entities) {
    const n = Math.max(1, e.mentions.length);
    if (e.type === 'LOC') {
      const place = lookupPlace(e.name);
      bumpName(f, place ? `L:${place.id}` : `N:${wordKey(e.name)}`, e.name, n);
    } else if (e.type === 'ORG') {
      bumpName(f, `O:${orgKey(e.name)}`, e.name, n);
    } else if (e.type === 'PER') {
      bumpName(f, `N:${surnameKey(e.name)}`, e.name, n);
    }
  }
  if (a.title) addText(f, a.title, TITLE_WEIGHT);
  addText(f, a.text.slice(0, BODY_CHARS), 1);
  return f;
}
