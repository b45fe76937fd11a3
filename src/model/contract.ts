/**
 * The output contract of `recoupe analyze --format jsonl` (see docs/output-contract.md).
 * Field names are fixed; offsets are UTF-16 indices into `text`.
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type ClaimCategory =
  | 'killed' | 'injured' | 'evacuated' | 'surrendered' | 'arrested'
  | 'displaced' | 'attacks' | 'corridors' | 'other';
export type EventType =
  | 'attack' | 'offensive' | 'truce' | 'corridor' | 'evacuation' | 'meeting'
  | 'request' | 'decision' | 'offer' | 'statement' | 'other';

export interface MentionOut { text: string; start: number; end: number }
export interface EntityOut { name: string; type: EntityType; mentions: MentionOut[] }
export interface QuoteOut {
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  speaker: { name: string | null; text: string | null };
  cue: string | null;
  hedged?: boolean;
}
/** What a figure says, the same in the document model (ClaimSpan) and in the output. */
export interface ClaimFields {
  category: ClaimCategory;
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  who: string | null;
  date: string | null;
  place: string | null;
  source: string | null;
  hedged: boolean;
  includes: { value: number; who: string | null }[];
}
export interface ClaimOut extends ClaimFields {
  text: string;
  start: number;
  end: number;
}
export interface EventFields {
  type: EventType;
  actor: string | string[] | null;
  date: string | null;
  place: string | null;
}
export interface EventOut extends EventFields {
  text: string;
  start: number;
  end: number;
}
export interface LabelOut {
  group: string;
  term: string;
  in_quote: boolean;
  reported?: boolean;
  /** "title" when the word is in the headline: `start`/`end` are then offsets into `title`. */
  field?: 'title';
  start: number;
  end: number;
}

export interface ArticleOut {
  id: string;
  input: { path: string | null; url: string | null };
  outlet: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
  section: string | null;
  credits: string[];
  text: string;
  captions: string[];
  related: string[];
  boilerplate: string[];
  entities: EntityOut[];
  quotes: QuoteOut[];
  claims: ClaimOut[];
  events: EventOut[];
  labels: LabelOut[];
}
