import { accuracy, addCounts, mean, ratios, ZERO } from './ratios.js';
import {
  FIELD_ORDER, type ArticleScore, type ArticleSummary, type EvalReport, type FieldName,
  type FieldSummary, type Ratios, type Tally,
} from './types.js';

/**
 * Minimum scores a run must reach, as fractions: micro F1 for P/R/F1 fields and `overall`,
 * micro recall for recall-only and check fields.
 */
export type Floors = Partial<Record<FieldName | 'overall', number>>;

function meanRatios(all: readonly Ratios[]): Ratios {
  return {
    precision: mean(all.map((r) => r.precision)),
    recall: mean(all.map((r) => r.recall)),
    f1: mean(all.map((r) => r.f1)),
  };
}

function summariseField(field: FieldName, scores: readonly ArticleScore[]): FieldSummary | null {
  const results = scores.flatMap((s) => s.fields.filter((f) => f.field === field));
  const first = results[0];
  if (!first) return null;
  const counts = results.reduce((sum, r) => addCounts(sum, r.counts), ZERO);
  const tallies: Record<string, Tally> = {};
  for (const r of results) {
    for (const [name, t] of Object.entries(r.attributes)) {
      const sum = (tallies[name] ??= { correct: 0, total: 0 });
      sum.correct += t.correct;
      sum.total += t.total;
    }
  }
  return {
    field,
    kind: first.kind,
    articles: results.length,
    counts,
    micro: ratios(counts, first.kind),
    macro: meanRatios(results.map((r) => ratios(r.counts, r.kind))),
    attributes: Object.fromEntries(Object.entries(tallies).map(([k, t]) => [k, { ...t, accuracy: accuracy(t) }])),
  };
}

function summariseArticle(score: ArticleScore): ArticleSummary {
  const counts = score.fields.reduce((sum, f) => addCounts(sum, f.counts), ZERO);
  return {
    article: score.article,
    gold: score.gold,
    analysed: score.analysed,
    counts,
    micro: ratios(counts),
    fields: score.fields.map((f) => ({ field: f.field, counts: f.counts, ratios: ratios(f.counts, f.kind) })),
  };
}

function floorFailures(report: Pick<EvalReport, 'fields' | 'overall'>, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    if (floor === undefined) continue;
    const summary = name === 'overall'
      ? { kind: 'prf' as const, micro: report.overall.micro }
      : report.fields.find((f) => f.field === name);
    if (!summary) continue;
    const metric = summary.kind === 'prf' ? 'F1' : 'recall';
    const value = summary.kind === 'prf' ? summary.micro.f1 : summary.micro.recall;
    if (value === null || value < floor) {
      failures.push(`${name}: ${metric} ${value === null ? 'undefined' : value.toFixed(3)} is below the floor ${floor}`);
    }
  }
  return failures;
}

/**
 * Adds article scores up into the report: per field micro (pooled items) and macro (mean of
 * articles) ratios; overall pools every field's counts (a passed check counts as found, a
 * failed one as missed).
 */
export function aggregate(gold: string, scores: readonly ArticleScore[], floors: Floors = {}): EvalReport {
  const fields = FIELD_ORDER.map((f) => summariseField(f, scores)).filter((f): f is FieldSummary => f !== null);
  const articles = scores.map(summariseArticle);
  const counts = articles.reduce((sum, a) => addCounts(sum, a.counts), ZERO);
  const overall = { counts, micro: ratios(counts), macro: meanRatios(articles.map((a) => a.micro)) };
  return {
    gold,
    fields,
    overall,
    articles,
    findings: scores.flatMap((s) => s.fields.flatMap((f) => f.findings)),
    notAnalysed: scores.filter((s) => !s.analysed).map((s) => s.article),
    failures: floorFailures({ fields, overall }, floors),
  };
}
