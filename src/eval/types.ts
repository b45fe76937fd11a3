/** The scores `eval` computes, from one field of one article up to the whole gold set. */

/**
 * The rows of the report. `entities` is PER/ORG/LOC; `entities_misc` is MISC (recall only);
 * `labels` is the recall of label terms, `label_groups` the check that the terms of one gold
 * group share one output group.
 */
export type FieldName =
  | 'metadata' | 'credits' | 'body' | 'captions' | 'related'
  | 'entities' | 'entities_misc' | 'quotes' | 'claims' | 'events'
  | 'labels' | 'label_groups';

export const FIELD_ORDER: readonly FieldName[] = [
  'metadata', 'credits', 'body', 'captions', 'related', 'entities', 'entities_misc',
  'quotes', 'claims', 'events', 'labels', 'label_groups',
];

/**
 * `prf`: precision, recall and F1 over matched items. `recall`: only misses count, there are
 * no false finds. `checks`: pass/fail checks; a pass counts as found, a failure as missed, so
 * recall is the share of checks passed.
 */
export type FieldKind = 'prf' | 'recall' | 'checks';

export interface Counts { tp: number; fp: number; fn: number }
export interface Ratios { precision: number | null; recall: number | null; f1: number | null }
export interface Tally { correct: number; total: number }

/**
 * One line a person reads to see why a score is what it is. `miss`: a gold item no output
 * matched; `false`: an output item no gold item matched (or text that must not be there);
 * `wrong`: a matched item with a wrong attribute; `failed`: a check that did not pass.
 */
export interface Finding {
  article: string;
  field: FieldName;
  kind: 'miss' | 'false' | 'wrong' | 'failed';
  text: string;
  attribute?: string;
  expected?: string | null;
  got?: string | null;
}

/** One field of one article. */
export interface FieldResult {
  field: FieldName;
  kind: FieldKind;
  counts: Counts;
  /** Accuracy of attributes over matched items (speaker, kind, cue, source, ...), or of sub-checks. */
  attributes: Record<string, Tally>;
  findings: Finding[];
}

export interface ArticleScore {
  article: string;
  /** Absolute path of the gold file. */
  gold: string;
  /** False when `analyze` gave no output for the doc: every gold item is then a miss. */
  analysed: boolean;
  fields: FieldResult[];
}

export interface FieldSummary {
  field: FieldName;
  kind: FieldKind;
  /** Articles that score this field (their gold file does not leave it out). */
  articles: number;
  counts: Counts;
  micro: Ratios;
  /** Mean over articles of each article's ratio; articles where a ratio is undefined are left out. */
  macro: Ratios;
  attributes: Record<string, Tally & { accuracy: number | null }>;
}

export interface ArticleSummary {
  article: string;
  gold: string;
  analysed: boolean;
  counts: Counts;
  micro: Ratios;
  fields: { field: FieldName; counts: Counts; ratios: Ratios }[];
}

export interface EvalReport {
  /** The gold folder, as given. */
  gold: string;
  fields: FieldSummary[];
  overall: { counts: Counts; micro: Ratios; macro: Ratios };
  articles: ArticleSummary[];
  findings: Finding[];
  /** Articles `analyze` gave no output for. */
  notAnalysed: string[];
  /** Quality floors not met, one sentence each (empty when none were set or all were met). */
  failures: string[];
}
