import type { ClaimCategory, EntityType, EventType, QuoteKind } from '../model/contract.js';

/**
 * The shape of one `*.gold.json` file (shared/gold/README.md). Optional keys are optional in
 * the files: a key that is absent is either "empty" (lists, metadata) or "not checked"
 * (a quote's kind or cue, a claim's source or date); see docs/eval.md.
 */
export interface GoldEntity { name: string; type: EntityType; mentions?: string[] }

export interface GoldQuote {
  kind?: QuoteKind;
  /** One speaker, several (a joint statement), or null for an anonymous one. */
  speaker?: string | string[] | null;
  cue?: string | null;
  contains: string;
}

export interface GoldClaim {
  category: ClaimCategory;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  approximate?: boolean;
  who?: string | null;
  date?: string | null;
  place?: string | null;
  source?: string | null;
  hedged?: boolean;
  includes?: { value: number; who?: string | null }[];
}

export interface GoldEvent {
  type: EventType;
  actor?: string | string[] | null;
  date?: string | null;
  place?: string | null;
  summary?: string;
}

export interface GoldLabelGroup {
  group: string;
  terms?: string[];
  reported_terms?: string[];
  in_quotes_only?: string[];
}

export interface GoldBody {
  starts_with?: string;
  ends_with?: string;
  must_include?: string[];
  must_exclude?: string[];
}

export interface GoldFile {
  doc: string;
  scored?: string[];
  language?: string | null;
  title?: string | null;
  section?: string | null;
  published?: string | null;
  outlet?: string | null;
  credits?: string[];
  body?: GoldBody;
  captions?: string[];
  related?: string[];
  entities?: GoldEntity[];
  optional_entities?: string[];
  quotes?: GoldQuote[];
  claims?: GoldClaim[];
  optional_claims?: Pick<GoldClaim, 'category' | 'value' | 'min' | 'max'>[];
  events?: GoldEvent[];
  labels?: GoldLabelGroup[];
  notes?: string;
}

/** Where the article a gold file describes lives, as `analyze` needs it. */
export interface EvalDoc {
  /** Absolute path of the article file (a JSON Lines file for `#n` docs). */
  path: string;
  /** Absolute path of the `manifest.jsonl` beside the article, or null when there is none. */
  manifest: string | null;
  /** 1-based line of a JSON Lines file (`examples/x.jsonl#2`), or null for a whole file. */
  line: number | null;
}

/** A gold file read from disk, with its doc resolved. */
export interface GoldArticle {
  /** Absolute path of the `*.gold.json` file. */
  file: string;
  /** `doc` as written in the gold file; names the article in every report line. */
  id: string;
  doc: EvalDoc;
  gold: GoldFile;
  /** The manifest line for this doc, used when the gold omits `published` or `outlet`. */
  manifestEntry: Record<string, unknown> | null;
}
