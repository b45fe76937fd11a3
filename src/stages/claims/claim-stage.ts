import type { Stage } from '../../pipeline/stage.js';
import type { ClaimSpan, Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { ClaimRules } from './rules.js';
import { findFigures } from './find-figures.js';
import { dateAt, hedgedAt, mainPlace, placeAt, sourceAt } from './figure-context.js';
import { claims as defaultRules } from '../../lang/xx/claims.js';

/**
 * Figures about people and acts, each with its category, bounds, parts, and where it stands:
 * source, date, place, hedge. Reads entities, attributions, quotes and hedges when present.
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
  const place = mainPlace(doc);
  const out: ClaimSpan[] = [];
  doc.get('sentences').forEach((sentence, s) => {
    for (const f of findFigures(doc.text, sentence, excluded, rules)) {
      const at = f.figure.start;
      out.push({
        ...f,
        date: dateAt(doc, s, at),
        place: placeAt(doc, s, at, rules, place),
        source: sourceAt(doc, s, at, rules),
        hedged: hedgedAt(doc, s, at),
      });
    }
  });
  return out;
}
