import { foldKey } from '../model/fold-key.js';
import { Doc } from '../model/document.js';
import type { CleanedPage } from '../stages/clean/cleaned-page.js';
import type { RawRecord } from '../stages/ingest/records.js';
import { cleanScrapedText } from '../stages/clean/text/clean-text.js';
import { extractHtml } from '../stages/clean/html/extract-html.js';
import { detectLanguage } from '../stages/language/detect-language.js';
import { allPacks, languagePack } from '../lang/registry.js';
import type { CleaningRules, LanguagePack } from '../lang/types.js';
import { sha256 } from '../stages/ingest/records.js';

/** Metadata given on the command line or by a manifest: it wins over what the page says. */
export interface GivenMeta {
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  /** The path to report in `input.path` (as given, or as the manifest lists it). */
  path?: string | null;
}

/** Cleans a raw record and returns its document, born with its `headings` layer. */
export function buildDocument(record: RawRecord, given: GivenMeta = {}): Doc {
  const { page, guess } = cleanRecord(record, given.language ?? null);
  const language = given.language ?? guess ?? detectLanguage(page.text, page.language);
  const outlet = given.outlet ?? record.outlet ?? page.outlet ?? domainOf(given.url ?? record.url ?? page.url);
  const published = toDay(given.published ?? record.published ?? page.published);
  const url = given.url ?? record.url ?? page.url;
  const id = sha256(`${outlet ?? ''}\u0000${page.title ?? ''}\u0000${page.text}`).slice(0, 16);
  const doc = new Doc(page.text, {
    id,
    path: given.path ?? record.input,
    url,
    outlet,
    published,
    language,
    title: page.title,
    section: page.section,
    // "Par Le Figaro avec AFP", "Texte par : FRANCE 24": the outlet itself is not a credit
    credits: page.credits.filter((c) => !sameName(c, outlet)),
    captions: page.captions,
    related: page.related,
    boilerplate: page.boilerplate,
  });
  doc.set('headings', page.headings);
  return doc;
}

/**
 * `guess`: for scraped text, the language found on the raw page before cleaning; chrome is short
 * beside the body, so the verdict stands and detection runs once per article.
 */
function cleanRecord(record: RawRecord, language: string | null): { page: CleanedPage; guess: string | null } {
  if (record.kind === 'html') return { page: extractHtml(record.content, { url: record.url }), guess: null };
  // The language is not known before the chrome is gone: a first guess on the raw text orders
  // the rule sets, and every known language's chrome words are tried.
  const guess = language ?? detectLanguage(record.content);
  const rulesets = cleaningRulesFor(languagePack(guess));
  return { page: cleanScrapedText(record.content, rulesets), guess };
}

const rulesetsByLanguage = new Map<string, CleaningRules[]>();

/** The guessed language's cleaning rules first, then every other known language's; one list per language. */
function cleaningRulesFor(first: LanguagePack): CleaningRules[] {
  let list = rulesetsByLanguage.get(first.code);
  if (!list) {
    list = [first.cleaning, ...allPacks().filter((p) => p !== first).map((p) => p.cleaning)];
    rulesetsByLanguage.set(first.code, list);
  }
  return list;
}

/** YYYY-MM-DD from a date or date-time; null for anything unreadable. */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(?<day>\d{4}-\d{2}-\d{2})/u.exec(value.trim());
  if (m) return m.groups!.day!;
  // RFC 822 dates of feeds and mail ("Tue, 04 Mar 2025 00:30:00 +0100"): the day the outlet
  // wrote, not the UTC day it falls on.
  const rfc = /(?<d>\d{1,2})\s+(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<y>\d{4})/iu.exec(value);
  if (rfc) {
    const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(rfc.groups!.mon!.toLowerCase()) / 3 + 1;
    return `${rfc.groups!.y}-${String(month).padStart(2, '0')}-${rfc.groups!.d!.padStart(2, '0')}`;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}

function sameName(credit: string, outlet: string | null | undefined): boolean {
  // "LEXPRESS.fr" for L'Express, "FRANCE 24" for France 24
  const fold = (x: string) => foldKey(x.replace(/\.(?:fr|com|net|org|info|be|ch|ca|co\.uk)$/iu, '')).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!outlet) return false;
  const [a, b] = [fold(credit), fold(outlet)];
  return a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
}
