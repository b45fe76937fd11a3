import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { ClaimRules } from './rules.js';
import type { Figure } from './find-figures.js';
import { sourceAt } from './figure-context.js';

// How far before a figure its counting verb may start ("avance pour sa part le chiffre de").
const TALLY_LOOK_BACK = 120;
const CLAUSE_MARK = /[;:()]/u;
/** How many sentences back a pronoun source ("selon elle") may find its antecedent. */
const PRONOUN_REACH = 3;
const DETERMINER_WORDS = /^(?:the|a|an|its|their|le|la|les|l['’]|un|une|des|du|en|y|a|ont)$/iu;

/**
 * Who gives a figure: the subject of a counting verb right before it ("Sarn Watch recense au
 * moins 37 civils tués", "police counted 4,500"), else the sentence's attribution or speaker
 * (figure-context.ts). A pronoun ("it added") takes the previous sentence's source; a document
 * ("selon un dernier bilan communiqué par le ministère") its issuer.
 */
export function claimSource(doc: Doc, s: number, f: Figure, rules: ClaimRules): string | null {
  const sentence = doc.get('sentences')[s]!;
  const tallied = tallySubject(doc, sentence, f, rules) ?? tallyAgent(doc, sentence, f, rules);
  if (tallied) return tallied;
  let source = sourceAt(doc, s, f.figure.start, rules);
  // "Selon elle, …": the source of the sentences just before (a sentence about the source between)
  for (let back = 1; back <= PRONOUN_REACH && source && rules.pronoun.test(source.trim()) && s - back >= 0; back++) {
    const previous = doc.get('sentences')[s - back]!;
    source = sourceAt(doc, s - back, previous.end - 1, rules) ?? source;
  }
  if (source && rules.documentSource.test(source.trim())) source = issuerIn(doc, sentence) ?? source;
  return source;
}

function tallySubject(doc: Doc, sentence: Span, f: Figure, rules: ClaimRules): string | null {
  const from = Math.max(sentence.start, f.start - TALLY_LOOK_BACK);
  const before = doc.text.slice(from, f.start);
  const m = rules.tally.exec(before);
  if (!m) return null;
  const verbAt = from + m.index;
  let clauseStart = verbAt;
  while (clauseStart > sentence.start && !CLAUSE_MARK.test(doc.text[clauseStart - 1]!)) clauseStart--;
  if (doc.has('entities')) {
    for (const e of doc.get('entities')) {
      if (e.type === 'LOC') continue;
      const mention = e.mentions.find((x) => x.start >= clauseStart && x.end <= verbAt);
      // Right before the verb, or with an apposition (", a rights group,") or a possessive ("'s humanitarian office").
      const gap = doc.text.slice(mention?.end ?? 0, verbAt);
      if (mention && (/^[\s,]*$|^,[^,]*,\s*$|^['’]s(?:\s+[\p{L}-]+){1,3}\s*$/u.test(gap) || rules.tallyGap?.test(gap))) return e.name;
    }
  }
  // A common-noun subject right before the verb ("Organizers put", "la police en a compté").
  const words = doc.text.slice(clauseStart, verbAt).trim().split(/\s+/u).filter(Boolean);
  while (words.length > 0 && DETERMINER_WORDS.test(words[words.length - 1]!)) words.pop();
  const noun = words[words.length - 1];
  // A pronoun, relative ones included ("la préfecture, qui fait état de…"), points back: the sentence's own source stands.
  if (!noun || !/^\p{L}[\p{L}-]+$/u.test(noun) || rules.pronoun.test(noun)) return null;
  return noun;
}

/** "les quelque 400 blessés recensés par les Nations unies": the agent of a counting participle after the figure. */
function tallyAgent(doc: Doc, sentence: Span, f: Figure, rules: ClaimRules): string | null {
  if (!rules.tallyAfter || !doc.has('entities')) return null;
  const after = doc.text.slice(f.end, Math.min(sentence.end, f.end + 60));
  for (let cut = after.length; cut > 0; cut--) {
    if (!/[\s'’]/u.test(after[cut - 1]!)) continue;
    if (!rules.tallyAfter.test(after.slice(0, cut))) continue;
    const at = f.end + cut;
    const e = doc.get('entities').find((x) => x.type !== 'LOC' && x.mentions.some((m) => m.start === at));
    return e?.name ?? null;
  }
  return null;
}

/** "un dernier bilan communiqué mardi par le ministère de l'Intérieur": the entity after "par"/"by". */
function issuerIn(doc: Doc, sentence: Span): string | null {
  if (!doc.has('entities')) return null;
  let best: { name: string; start: number } | null = null;
  for (const e of doc.get('entities')) {
    for (const m of e.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (!/(?<![\p{L}])(?:par|by)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+)?$/iu.test(doc.text.slice(Math.max(sentence.start, m.start - 20), m.start))) continue;
      if (!best || m.start < best.start) best = { name: e.name, start: m.start };
    }
  }
  return best?.name ?? null;
}
