import type { Span } from '../../model/span.js';
import type { EventRules } from './rules.js';
import { allMatches } from '../../lang/match-all.js';

// A relative clause runs from its pronoun to the next clause mark (or the sentence's end).
const CLAUSE_MARK = /[,;:()–—]/u;

/**
 * The relative clauses of a sentence ("the army, which had launched its offensive on 2 July,
 * says …"; "Reyna, who was arrested in August last year, is expected …"). A happening told in
 * one is dated by its own words, and the main clause's date is not its date: news prose hangs
 * background on the subject in relative clauses. A pronoun right after a reporting verb or a
 * conjunction ("said that", "parce que") opens a complement, not a relative clause.
 */
export function relativeClauses(text: string, sentence: Span, rules: EventRules): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  rules.relative.lastIndex = 0;
  for (const m of allMatches(rules.relative, body)) {
    const at = m.index!;
    if (out.some((c) => c.start <= sentence.start + at && sentence.start + at < c.end)) continue;
    if (rules.notRelative.test(body.slice(Math.max(0, at - 40), at))) continue;
    let end = at + m[0].length;
    while (end < body.length && !CLAUSE_MARK.test(body[end]!)) end++;
    // Without a comma before it, the clause is inside its noun phrase and ends where the main verb
    // comes: "le bilan de la crue qui a ravagé la vallée | s'est alourdi jeudi".
    if (!/,\s*$/u.test(body.slice(0, at))) {
      rules.clauseVerb.lastIndex = 0;
      const verbs = allMatches(rules.clauseVerb, body.slice(at, end));
      if (verbs.length > 1) end = at + verbs[1]!.index!;
    }
    out.push({ start: sentence.start + at, end: sentence.start + end });
  }
  return out;
}

/** The relative clause holding `at`, if any. */
export function clauseAt(clauses: Span[], at: number): Span | null {
  return clauses.find((c) => c.start <= at && at < c.end) ?? null;
}
