import type { EntityType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { PlaceRef } from './places.js';

/** Why a name got its type: kept for tests and for the report of what is weak. */
export type Evidence =
  | 'known-organisation' | 'place' | 'compass-place' | 'place-cue' | 'title' | 'honorific' | 'org-head'
  | 'first-name' | 'demonym' | 'acronym' | 'acronym-definition' | 'multi-word' | 'outlet' | 'place-apposition'
  | 'place-shape' | 'unknown' | 'apposition' | 'age' | 'before-title' | 'article-name' | 'coordination' | 'place-head'
  | 'org-suffix';

/**
 * Evidence that speaks for one mention only, from its neighbours or its shape. When the document
 * types the same name on stronger evidence elsewhere (a title, the gazetteer, a known body),
 * these mentions take that type: one name, one type per article.
 */
export const SOFT_EVIDENCE: ReadonlySet<Evidence> = new Set<Evidence>([
  'multi-word', 'place-cue', 'place-apposition', 'place-shape', 'before-title', 'article-name', 'coordination',
  'unknown', 'acronym', 'place-head', 'place',
]);

/** What the whole document tells about single words before its sentences are read. */
export interface DocContext {
  /** Words the document writes in lower case somewhere. */
  lowercase: Set<string>;
  /** The outlet's name, with and without its article ("le matin libre", "matin libre"). */
  outlet: Set<string>;
}

/** A name found in one sentence, before names are grouped into entities. */
export interface Candidate extends Span {
  text: string;
  key: string;
  /** Word keys of the name, in order. */
  words: string[];
  type: EntityType | null;
  evidence: Evidence;
  place: PlaceRef | null;
  /** The role written with the name ("général russe", "secrétaire de presse de Vladimir Poutine"). */
  title: string | null;
  /** A sentence's first word with nothing else to say it is a name: kept only if the document confirms it. */
  weak: boolean;
  /** For "(OSDH)": the key of the long form it abbreviates. */
  acronymOf: string | null;
}
