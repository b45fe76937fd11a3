import type { CleaningRules } from '../../../lang/types.js';

export type LineKind = 'boilerplate' | 'related' | 'related-list' | 'end' | 'credit' | 'section' | 'breadcrumb' | 'dateline' | 'text';

export interface ClassifiedLine {
  kind: LineKind;
  /** The line as printed, trimmed. */
  line: string;
  /** What the line carries: the related headline, the credit, the section name. */
  value: string[];
}

/** Size toggles printed glued to the next word by scrapers ("LGInternational"). */
const GLUED_TOGGLE = /^(?:XS|SM|MD|LG|XL)(?=\p{Lu}\p{Ll})/u;

export function splitGluedToggle(line: string): string[] {
  const m = GLUED_TOGGLE.exec(line);
  return m ? [m[0], line.slice(m[0].length)] : [line];
}

/**
 * A short line carrying a date or a time and no sentence: "5 Mar, 2025 15:02",
 * "04/03/2025 à 16h05", "Updated 11:20 GMT". Digits are enough to tell, in any language.
 */
const DATELINE = /(?:\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b)/u;

const DATELINES = new RegExp(DATELINE.source, 'gu');

export function isDateline(line: string): boolean {
  const words = line.split(/\s+/u).length;
  // a longer line still is one when it holds two dates or times ("18 oct. 2016, 16:52 - Mis à jour : 18 oct. 2016, 18:05")
  const limit = (line.match(DATELINES) ?? []).length >= 2 ? 16 : 12;
  return words <= limit && DATELINE.test(line) && !/[.!?»"”]$/u.test(line.replace(/\b(?:GMT|UTC|CET|CEST)\.?$/u, '').trim()) && !/\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(line);
}

/** "Accueil > Monde > Afrique": short items joined by arrows or slashes; the last is the section. */
function breadcrumb(line: string): string[] | null {
  const parts = line.split(/\s+[>›»/|]\s+/u);
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.split(/\s+/u).length > 4 || /[.!?:;,]$/u.test(p))) return null;
  return parts;
}

/** The names in a credit line; "Reporting by X; additional reporting by Reuters" has two clauses. */
function creditsOf(line: string, rulesets: CleaningRules[]): string[] | null {
  const names: string[] = [];
  // "(Avec AFP et Reuters)"; "Par X (à Moscou) et Y (à Beyrouth)": where each wrote from is not a name
  line = line.replace(/^\((.*)\)$/u, '$1').replace(/\s+[|•]\s+/gu, ', ');
  for (const clause of line.split(/\s*;\s*/u)) {
    let found = false;
    for (const rules of rulesets) {
      const g = rules.credit.exec(rules.creditPlace ? clause.replace(rules.creditPlace, '') : clause)?.groups;
      if (!g) continue;
      // A pattern may hold several named groups (a byline and its agencies): all that matched count.
      const raw = Object.values(g).filter((v): v is string => typeof v === 'string' && v.length > 0).join(', ');
      for (const name of raw.split(/\s*(?:,|(?<![\p{L}])(?:et|and|with|avec)(?![\p{L}])|\/)\s*/u)) {
        const clean = name.replace(/\.$/u, '').trim();
        if (clean && !names.includes(clean)) names.push(clean);
      }
      found = true;
      break;
    }
    if (!found) return null;
  }
  return names;
}

/** One test for the same kind of line in every candidate language: their patterns joined per flag set. */
function anyOf(patterns: RegExp[]): (line: string) => RegExpExecArray | null {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) byFlags.set(p.flags.replace('g', ''), [...(byFlags.get(p.flags.replace('g', '')) ?? []), `(?:${p.source})`]);
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (line) => {
    for (const re of joined) {
      const m = re.exec(line);
      if (m) return m;
    }
    return null;
  };
}

interface CompiledRules {
  end: (line: string) => RegExpExecArray | null;
  relatedList: (line: string) => RegExpExecArray | null;
  boilerplate: (line: string) => RegExpExecArray | null;
  related: (line: string) => RegExpExecArray | null;
  sections: Set<string>;
}

const compiled = new WeakMap<CleaningRules[], CompiledRules>();

/** Compiled once per list of rule sets (callers keep their lists), not once per line. */
function compile(rulesets: CleaningRules[]): CompiledRules {
  let c = compiled.get(rulesets);
  if (!c) {
    c = {
      end: anyOf(rulesets.map((r) => r.endOfArticle)),
      relatedList: anyOf(rulesets.map((r) => r.relatedList)),
      boilerplate: anyOf(rulesets.map((r) => r.boilerplate)),
      related: anyOf(rulesets.map((r) => r.related)),
      sections: new Set(rulesets.flatMap((r) => [...r.sections])),
    };
    compiled.set(rulesets, c);
  }
  return c;
}

/**
 * Share bars and toggles saved on one line ("Partager Tweeter Envoyer", "Share Post Email Copy
 * link"): the line splits into runs of one to three words that are each chrome.
 */
function chromeRun(line: string, isChrome: (line: string) => RegExpExecArray | null): boolean {
  const words = line.split(/\s+/u);
  if (words.length < 2 || words.length > 10 || /[.!?»"”]$/u.test(line)) return false;
  const covered: boolean[] = [true];
  for (let end = 1; end <= words.length; end++) {
    covered[end] = false;
    for (let size = 1; size <= 3 && size <= end && !covered[end]; size++) {
      covered[end] = covered[end - size]! && isChrome(words.slice(end - size, end).join(' ')) !== null;
    }
  }
  return covered[words.length]!;
}

/** "Texte par FRANCE 24 Suivre": a chrome word glued at the end of a line is not part of it. */
function withoutTrailingChrome(line: string, isChrome: (line: string) => RegExpExecArray | null): string {
  const words = line.split(/\s+/u);
  while (words.length > 2 && /\p{L}/u.test(words[words.length - 1]!) && isChrome(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Classifies one line of scraped text with the cleaning rules of every candidate language. */
export function classifyLine(line: string, rulesets: CleaningRules[]): ClassifiedLine {
  const rules = compile(rulesets);
  if (rules.end(line)) return { kind: 'end', line, value: [] };
  if (rules.relatedList(line)) return { kind: 'related-list', line, value: [] };
  if (rules.boilerplate(line) || chromeRun(line, rules.boilerplate)) return { kind: 'boilerplate', line, value: [] };
  const related = rules.related(line);
  if (related && related.index === 0 && related[0].length > 0 && related[0].length < line.length) {
    return { kind: 'related', line, value: [line.slice(related[0].length).trim()] };
  }
  const credits = creditsOf(withoutTrailingChrome(line, rules.boilerplate), rulesets);
  // "By Reuters staff", "La rédaction": a byline that credits no one.
  if (credits) return credits.length > 0 ? { kind: 'credit', line, value: credits } : { kind: 'boilerplate', line, value: [] };
  if (rules.sections.has(line.toLowerCase())) return { kind: 'section', line, value: [line] };
  const crumbs = breadcrumb(line);
  if (crumbs) {
    // "28/10/2016 | 19:47 | Source : AFP": a date line that ends with its credit
    const credited = crumbs.flatMap((c) => creditsOf(c, rulesets) ?? []);
    if (credited.length > 0 && crumbs.some((c) => isDateline(c))) return { kind: 'credit', line, value: credited };
    // "WORLD NEWS | Fri Oct 21, 2016 | 4:18pm EDT": a section followed by the date, not a path
    const dated = crumbs.some((c) => isDateline(c));
    const section = dated ? crumbs.find((c) => !/\d/u.test(c)) : crumbs.at(-1);
    if (section) return { kind: 'breadcrumb', line, value: [section] };
    return { kind: 'dateline', line, value: [] };
  }
  if (isDateline(line)) return { kind: 'dateline', line, value: [] };
  return { kind: 'text', line, value: [] };
}
