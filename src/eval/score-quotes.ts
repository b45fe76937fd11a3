import type { QuoteOut } from '../model/contract.js';
import { emptyResult, finding, type ScoreInput } from './field-result.js';
import type { GoldQuote } from './gold-file.js';
import { actorMatches } from './gold-names.js';
import { matchOneToOne } from './match.js';
import { normalise, words } from './normalize.js';
import { tally } from './ratios.js';
import type { FieldResult } from './types.js';

/** Share of the gold `contains` words an output quote must have when it does not hold it whole. */
const MIN_WORD_SHARE = 0.5;

/**
 * 1..2 when the output text holds `contains` (tighter quotes score higher, so the pair that
 * best fits wins); the share of `contains` words otherwise, when at least half.
 */
export function quoteMatchScore(gold: GoldQuote, out: QuoteOut): number | null {
  const want = normalise(gold.contains);
  const text = normalise(out.text);
  if (want !== '' && text.includes(want)) return 1 + want.length / text.length;
  const wanted = new Set(words(gold.contains));
  if (wanted.size === 0) return null;
  const have = new Set(words(out.text));
  let shared = 0;
  for (const w of wanted) if (have.has(w)) shared += 1;
  const ratio = shared / wanted.size;
  return ratio >= MIN_WORD_SHARE ? ratio : null;
}

function speakerLabel(q: QuoteOut): string | null {
  const { name, text } = q.speaker ?? { name: null, text: null };
  if (name && text && normalise(name) !== normalise(text)) return `${name} (${text})`;
  return name ?? text ?? null;
}

function goldSpeakerLabel(speaker: GoldQuote['speaker']): string | null {
  if (speaker === undefined || speaker === null) return null;
  return typeof speaker === 'string' ? speaker : speaker.join(' + ');
}

/** Quotes: P/R/F1 on matching, then speaker, kind and cue accuracy over the matched ones. */
export function scoreQuotes(input: ScoreInput): FieldResult {
  const result = emptyResult('quotes', 'prf');
  const m = matchOneToOne(input.gold.quotes ?? [], input.out.quotes, quoteMatchScore);
  result.counts = { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  for (const { gold, out } of m.pairs) {
    const wrong = (attribute: string, expected: string | null, got: string | null): void => {
      result.findings.push(finding(input, 'quotes', 'wrong', gold.contains, { attribute, expected, got }));
    };
    if (gold.speaker !== undefined) {
      const ok = actorMatches(input.gold, gold.speaker, [out.speaker?.name, out.speaker?.text]);
      tally(result.attributes, 'speaker', ok);
      if (!ok) wrong('speaker', goldSpeakerLabel(gold.speaker), speakerLabel(out));
    }
    if (gold.kind !== undefined) {
      const ok = gold.kind === out.kind;
      tally(result.attributes, 'kind', ok);
      if (!ok) wrong('kind', gold.kind, out.kind);
    }
    if (gold.cue !== undefined) {
      const ok = normalise(gold.cue) === normalise(out.cue);
      tally(result.attributes, 'cue', ok);
      if (!ok) wrong('cue', gold.cue, out.cue);
    }
  }
  for (const { item } of m.missed) result.findings.push(finding(input, 'quotes', 'miss', item.contains));
  for (const { item } of m.extra) result.findings.push(finding(input, 'quotes', 'false', item.text));
  return result;
}
