import { emptyResult, finding, type ScoreInput } from './field-result.js';
import { normalise } from './normalize.js';
import { tally } from './ratios.js';
import type { FieldResult } from './types.js';

/** How much of the output's edge a failed starts_with / ends_with shows. */
const EDGE_SLACK = 20;

/**
 * Every body string is one check against the trimmed, normalised `text`. A must_exclude
 * string that is there is reported as a false find; the others as failed checks.
 */
export function scoreBody(input: ScoreInput): FieldResult {
  const result = emptyResult('body', 'checks');
  const body = input.gold.body ?? {};
  const text = normalise(input.out.text);
  const check = (attribute: string, wanted: string, pass: boolean, got: string | null): void => {
    tally(result.attributes, attribute, pass);
    if (pass) {
      result.counts.tp += 1;
      return;
    }
    result.counts.fn += 1;
    const kind = attribute === 'must_exclude' ? 'false' : 'failed';
    result.findings.push(finding(input, 'body', kind, `${attribute}: ${wanted}`, { attribute, expected: wanted, got }));
  };
  if (body.starts_with !== undefined) {
    const want = normalise(body.starts_with);
    check('starts_with', body.starts_with, text.startsWith(want), text.slice(0, want.length + EDGE_SLACK));
  }
  if (body.ends_with !== undefined) {
    const want = normalise(body.ends_with);
    check('ends_with', body.ends_with, text.endsWith(want), text.slice(Math.max(0, text.length - want.length - EDGE_SLACK)));
  }
  for (const s of body.must_include ?? []) check('must_include', s, text.includes(normalise(s)), null);
  for (const s of body.must_exclude ?? []) check('must_exclude', s, !text.includes(normalise(s)), null);
  return result;
}
