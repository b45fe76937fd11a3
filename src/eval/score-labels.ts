import { emptyResult, finding, type ScoreInput } from './field-result.js';
import type { GoldLabelGroup } from './gold-file.js';
import { normalise } from './normalize.js';
import type { FieldResult } from './types.js';

function termsOf(group: GoldLabelGroup): string[] {
  const seen = new Set<string>();
  return [...(group.terms ?? []), ...(group.reported_terms ?? []), ...(group.in_quotes_only ?? [])]
    .filter((t) => {
      const key = normalise(t);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Labels: recall of every gold term (terms, reported_terms, in_quotes_only) among the output
 * label terms; then, as its own check per gold group with at least two terms found, whether
 * those terms share one output group. Output group names are free, so only sharing counts.
 */
export function scoreLabels(input: ScoreInput): FieldResult[] {
  const recall = emptyResult('labels', 'recall');
  const groups = emptyResult('label_groups', 'checks');
  const outGroups = new Map<string, Set<string>>();
  for (const label of input.out.labels) {
    const term = normalise(label.term);
    const set = outGroups.get(term) ?? new Set<string>();
    set.add(normalise(label.group));
    outGroups.set(term, set);
  }
  for (const group of input.gold.labels ?? []) {
    const found: { term: string; groups: Set<string> }[] = [];
    for (const term of termsOf(group)) {
      const hit = outGroups.get(normalise(term));
      if (hit) {
        recall.counts.tp += 1;
        found.push({ term, groups: hit });
      } else {
        recall.counts.fn += 1;
        recall.findings.push(finding(input, 'labels', 'miss', `${group.group}: ${term}`));
      }
    }
    if (found.length < 2) continue;
    const [first, ...rest] = found;
    const shared = [...(first?.groups ?? [])].filter((g) => rest.every((f) => f.groups.has(g)));
    if (shared.length > 0) {
      groups.counts.tp += 1;
    } else {
      groups.counts.fn += 1;
      const spread = found.map((f) => `${f.term} -> ${[...f.groups].join('|')}`).join('; ');
      groups.findings.push(finding(input, 'label_groups', 'failed', `${group.group}: ${spread}`));
    }
  }
  return [recall, groups];
}
