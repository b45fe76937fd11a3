import { emptyResult, finding, type ScoreInput } from './field-result.js';
import { normalise } from './normalize.js';
import { tally } from './ratios.js';
import type { FieldResult } from './types.js';

export const METADATA_FIELDS = ['language', 'title', 'section', 'published', 'outlet'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** `published` and `outlet` come from the manifest when the gold file leaves them out. */
function expected(input: ScoreInput, name: MetadataField): string | null {
  if (input.gold[name] !== undefined) return input.gold[name] ?? null;
  const fromManifest = input.manifestEntry?.[name];
  return (name === 'published' || name === 'outlet') && typeof fromManifest === 'string' ? fromManifest : null;
}

/** Each metadata value is one check: exact after normalisation, null equal to null. */
export function scoreMetadata(input: ScoreInput, names: readonly MetadataField[]): FieldResult {
  const result = emptyResult('metadata', 'checks');
  for (const name of names) {
    const want = expected(input, name);
    const got = input.out[name] ?? null;
    const pass = normalise(want) === normalise(got);
    tally(result.attributes, name, pass);
    if (pass) {
      result.counts.tp += 1;
    } else {
      result.counts.fn += 1;
      result.findings.push(finding(input, 'metadata', 'failed', `${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
        { attribute: name, expected: want, got }));
    }
  }
  return result;
}
