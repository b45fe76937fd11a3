import type { EntityOut } from '../model/contract.js';
import { emptyResult, finding, type ScoreInput } from './field-result.js';
import type { GoldEntity } from './gold-file.js';
import { matchOneToOne } from './match.js';
import { normalise } from './normalize.js';
import type { FieldResult } from './types.js';

function goldKeys(e: GoldEntity): Set<string> {
  return new Set([e.name, ...(e.mentions ?? [])].map(normalise).filter((k) => k !== ''));
}

function outKeys(e: EntityOut): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => m.text)].map(normalise).filter((k) => k !== ''));
}

function shareKey(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

function describe(e: { name: string; type: string }): string {
  return `${e.type} ${e.name}`;
}

/**
 * Entities match when their types agree and the output's name or a mention text equals the
 * gold name or a gold mention. A pair whose names agree is preferred, then one whose output
 * name is a gold mention, so an output that splits one person in two ("Roudskoï",
 * "Sergueï Roudskoï") keeps the better half matched.
 * Output entities naming an optional entity are never counted. MISC is scored for recall only.
 */
export function scoreEntities(input: ScoreInput): FieldResult[] {
  const main = emptyResult('entities', 'prf');
  const misc = emptyResult('entities_misc', 'recall');
  const optional = new Set((input.gold.optional_entities ?? []).map(normalise));
  const score = (g: GoldEntity, o: EntityOut): number | null => {
    if (g.type !== o.type) return null;
    const gk = goldKeys(g);
    if (!shareKey(gk, outKeys(o))) return null;
    const name = normalise(o.name);
    if (name === normalise(g.name)) return 3;
    return gk.has(name) ? 2 : 1;
  };

  const goldMain = (input.gold.entities ?? []).filter((e) => e.type !== 'MISC');
  const outMain = input.out.entities.filter((e) => e.type !== 'MISC');
  const m = matchOneToOne(goldMain, outMain, score);
  const extra = m.extra.filter(({ item }) => !shareKey(outKeys(item), optional));
  main.counts = { tp: m.pairs.length, fp: extra.length, fn: m.missed.length };
  for (const { item } of m.missed) main.findings.push(finding(input, 'entities', 'miss', describe(item)));
  for (const { item } of extra) main.findings.push(finding(input, 'entities', 'false', describe(item)));

  const goldMisc = (input.gold.entities ?? []).filter((e) => e.type === 'MISC');
  const outMisc = input.out.entities.filter((e) => e.type === 'MISC');
  const mm = matchOneToOne(goldMisc, outMisc, score);
  misc.counts = { tp: mm.pairs.length, fp: 0, fn: mm.missed.length };
  for (const { item } of mm.missed) misc.findings.push(finding(input, 'entities_misc', 'miss', describe(item)));
  return [main, misc];
}
