import type { ArticleOut } from '../model/contract.js';
import { emptyArticle, type ScoreInput } from './field-result.js';
import type { GoldArticle } from './gold-file.js';
import { scopeOf } from './scope.js';
import { scoreBody } from './score-body.js';
import { scoreClaims } from './score-claims.js';
import { scoreEntities } from './score-entities.js';
import { scoreEvents } from './score-events.js';
import { scoreLabels } from './score-labels.js';
import { scoreList } from './score-lists.js';
import { scoreMetadata } from './score-metadata.js';
import { scoreQuotes } from './score-quotes.js';
import { FIELD_ORDER, type ArticleScore, type FieldResult } from './types.js';

/**
 * Scores one output against one gold file, field by field, leaving out what the gold file's
 * `scored` list leaves out. A null output (the doc was not analysed) is scored as empty.
 */
export function scoreArticle(gold: GoldArticle, out: ArticleOut | null): ArticleScore {
  const input: ScoreInput = {
    article: gold.id,
    gold: gold.gold,
    out: out ?? emptyArticle(gold.doc.path),
    manifestEntry: gold.manifestEntry,
  };
  const scope = scopeOf(gold.gold.scored);
  const results: FieldResult[] = [
    scoreMetadata(input, scope.metadata),
    scoreList(input, 'credits'),
    scoreBody(input),
    scoreList(input, 'captions'),
    scoreList(input, 'related'),
    ...scoreEntities(input),
    scoreQuotes(input),
    scoreClaims(input),
    scoreEvents(input),
    ...scoreLabels(input),
  ];
  const fields = results
    .filter((r) => scope.fields.has(r.field))
    .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  return { article: gold.id, gold: gold.file, analysed: out !== null, fields };
}
