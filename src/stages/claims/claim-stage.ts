import type { Stage } from '../../pipeline/stage.js';
import type { ClaimSpan, Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { ClaimRules } from './rules.js';
import { findFigures } from './find-figures.js';
import { hedgedAt, mainPlace, placeAt } from './figure-context.js';
import { accountTime } from './account-time.js';
import { claimDate } from './claim-date.js';
import { claimSource } from './claim-source.js';
import { claims as defaultRules } from '../../lang/xx/claims.js';

/**
 * Figures about people and acts, each with its category, bounds, parts, and where it stands:
 * source, date, place, hedge. Reads entities, attributions, quotes and hedges when present.
 * Subheads are skipped: they repeat a figure of the body ("Deux sauveteurs blessés").
 */
export const claimStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'dates'],
  assigns: ['claims'],
  run(doc, ctx) {
    doc.set('claims', findClaims(doc, ctx.lang.claims ?? defaultRules));
  },
};

export function findClaims(doc: Doc, rules: ClaimRules): ClaimSpan[] {
  const excluded: Span[] = doc.has('dates') ? doc.get('dates') : [];
  const headings: Span[] = doc.has('headings') ? doc.get('headings') : [];
  const place = mainPlace(doc);
  const time = accountTime(doc, rules.statementBefore);
  const out: ClaimSpan[] = [];
  doc.get('sentences').forEach((sentence, s) => {
    if (headings.some((h) => h.start < sentence.end && sentence.start < h.end)) return;
    const last = out[out.length - 1];
    const previous = last && doc.sentenceAt(last.start) >= s - 2 ? last.category : null;
    let earlierFigure: number | null = null;
    for (const f of findFigures(doc.text, sentence, excluded, rules, previous)) {
      const at = f.figure.start;
      const { nextAt: _nextAt, ...fields } = f;
      out.push({
        ...fields,
        date: claimDate(doc, s, f, rules, time, last ? { date: last.date, sentence: doc.sentenceAt(last.start) } : null, earlierFigure),
        place: placeAt(doc, s, at, rules, place),
        source: claimSource(doc, s, f, rules),
        hedged: hedgedAt(doc, s, at),
      });
      earlierFigure = at;
    }
  });
  return out;
}
