import { METADATA_FIELDS, type MetadataField } from './score-metadata.js';
import type { FieldName } from './types.js';

/** Names a gold file may list in `scored`: gold keys, `metadata` for all five, report rows. */
export const SCORED_NAMES = [
  'metadata', ...METADATA_FIELDS, 'credits', 'body', 'captions', 'related', 'entities',
  'entities_misc', 'quotes', 'claims', 'events', 'labels', 'label_groups',
] as const;

export interface Scope {
  fields: Set<FieldName>;
  /** The metadata values checked when `metadata` is in `fields`. */
  metadata: MetadataField[];
}

/** What a gold file scores: everything, or what its `scored` list names. */
export function scopeOf(scored: readonly string[] | undefined): Scope {
  if (scored === undefined) {
    return {
      fields: new Set<FieldName>(['metadata', 'credits', 'body', 'captions', 'related', 'entities',
        'entities_misc', 'quotes', 'claims', 'events', 'labels', 'label_groups']),
      metadata: [...METADATA_FIELDS],
    };
  }
  const fields = new Set<FieldName>();
  const metadata = new Set<MetadataField>();
  for (const name of scored) {
    if (name === 'metadata') {
      METADATA_FIELDS.forEach((m) => metadata.add(m));
    } else if ((METADATA_FIELDS as readonly string[]).includes(name)) {
      metadata.add(name as MetadataField);
    } else if (name === 'entities') {
      fields.add('entities').add('entities_misc');
    } else if (name === 'labels') {
      fields.add('labels').add('label_groups');
    } else {
      fields.add(name as FieldName);
    }
  }
  if (metadata.size > 0) fields.add('metadata');
  return { fields, metadata: METADATA_FIELDS.filter((m) => metadata.has(m)) };
}
