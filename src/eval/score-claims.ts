import type { ClaimOut } from '../model/contract.js';
import { emptyResult, finding, type ScoreInput } from './field-result.js';
import type { GoldClaim, GoldFile } from './gold-file.js';
import { actorMatches } from './gold-names.js';
import { matchOneToOne } from './match.js';
import { normalise } from './normalize.js';
import { tally } from './ratios.js';
import type { FieldResult } from './types.js';

type ClaimKey = Pick<GoldClaim, 'category' | 'value' | 'min' | 'max'>;

/** Category and figure: each of value, min, max the gold gives must be the output's. */
export function claimKeyMatches(gold: ClaimKey, out: ClaimOut): boolean {
  if (gold.category !== out.category) return false;
  for (const bound of ['value', 'min', 'max'] as const) {
    const want = gold[bound];
    if (want !== undefined && want !== null && out[bound] !== want) return false;
  }
  return true;
}

interface AttributeCheck { name: string; ok: boolean; expected: string | null; got: string | null }

/**
 * source and date are checked only when the gold gives them (null included); hedged and
 * approximate are booleans that default to false, as in the output contract.
 */
function attributeChecks(gold: GoldFile, g: GoldClaim, o: ClaimOut): AttributeCheck[] {
  const checks: AttributeCheck[] = [];
  if (g.source !== undefined) {
    checks.push({ name: 'source', ok: actorMatches(gold, g.source, [o.source]), expected: g.source, got: o.source });
  }
  if (g.date !== undefined) {
    checks.push({ name: 'date', ok: normalise(g.date) === normalise(o.date), expected: g.date, got: o.date });
  }
  const hedged = g.hedged ?? false;
  checks.push({ name: 'hedged', ok: hedged === o.hedged, expected: String(hedged), got: String(o.hedged) });
  const approximate = g.approximate ?? false;
  checks.push({ name: 'approximate', ok: approximate === o.approximate, expected: String(approximate), got: String(o.approximate) });
  return checks;
}

function figure(c: ClaimKey): string {
  if (c.value !== undefined && c.value !== null) return String(c.value);
  const bounds = [c.min != null ? `min ${c.min}` : '', c.max != null ? `max ${c.max}` : ''].filter(Boolean);
  return bounds.length > 0 ? bounds.join(' ') : '?';
}

function describeGold(c: GoldClaim): string {
  const parts = [`${c.category} ${figure(c)}`];
  if (c.who) parts.push(c.who);
  if (c.source) parts.push(`source ${c.source}`);
  return parts.join(', ');
}

function describeOut(c: ClaimOut): string {
  return `${c.category} ${figure(c)}: ${c.text}`;
}

/**
 * Claims: P/R/F1 on category and figure, then source, date, hedged and approximate accuracy
 * over the matched ones. Output claims matching an optional claim are not counted; output
 * claims of category `other` count only where the gold lists `other` figures itself.
 */
export function scoreClaims(input: ScoreInput): FieldResult {
  const result = emptyResult('claims', 'prf');
  const gold = input.gold.claims ?? [];
  const optional = input.gold.optional_claims ?? [];
  const goldHasOther = [...gold, ...optional].some((c) => c.category === 'other');
  const out = input.out.claims.filter((c) => goldHasOther || c.category !== 'other');

  const m = matchOneToOne(gold, out, (g, o) => {
    if (!claimKeyMatches(g, o)) return null;
    // Among outputs with the same figure, the one that gets most attributes right wins.
    const checks = attributeChecks(input.gold, g, o);
    return 1 + checks.filter((c) => c.ok).length / (checks.length + 1);
  });
  const extra = m.extra.filter(({ item }) => !optional.some((g) => claimKeyMatches(g, item)));
  result.counts = { tp: m.pairs.length, fp: extra.length, fn: m.missed.length };
  for (const { gold: g, out: o } of m.pairs) {
    for (const check of attributeChecks(input.gold, g, o)) {
      tally(result.attributes, check.name, check.ok);
      if (!check.ok) {
        result.findings.push(finding(input, 'claims', 'wrong', describeGold(g),
          { attribute: check.name, expected: check.expected, got: check.got }));
      }
    }
  }
  for (const { item } of m.missed) result.findings.push(finding(input, 'claims', 'miss', describeGold(item)));
  for (const { item } of extra) result.findings.push(finding(input, 'claims', 'false', describeOut(item)));
  return result;
}
