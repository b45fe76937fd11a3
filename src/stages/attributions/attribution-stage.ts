import type { AttributionSpan } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { quotes as defaultQuotes } from '../../lang/xx/quotes.js';
import { attributions as defaultAttributions } from '../../lang/xx/attributions.js';
import { SpeakerResolver } from '../quotes/speaker.js';
import { findSourcePhrases } from './source-phrases.js';

/**
 * Attributions: who a statement is put on. Two kinds, one layer, in text order:
 * 'preposition' ("selon X", "d'après X", "cité par X", "according to X"), found here, and
 * 'speech' (the speaker of each quote, "X a déclaré"), read from the quotes layer so that both
 * agree. Each carries its sentence and the words it governs, for the claims stage.
 */
export const attributionStage: Stage = {
  name: 'attributions',
  requires: ['sentences', 'quotes'],
  assigns: ['attributions'],
  run(doc, ctx) {
    const quoteRules = ctx.lang.quotes ?? defaultQuotes;
    const rules = ctx.lang.attributions ?? defaultAttributions;
    const resolver = new SpeakerResolver(doc, quoteRules.phrases);
    const out: AttributionSpan[] = [];
    for (const p of findSourcePhrases(doc, rules, quoteRules.phrases)) {
      const quote = doc.get('quotes').find((q) => q.cue === p.cue && q.cueSpan?.start === p.cueSpan.start);
      const source = quote?.speakerName != null
        ? { name: quote.speakerName, entity: quote.speakerEntity }
        : resolver.resolve(p.source);
      out.push({
        start: p.span.start, end: p.span.end, cue: p.cue, sourceSpan: p.source, sourceName: source.name,
        sourceEntity: source.entity, kind: 'preposition', sentence: p.sentence, governs: p.governs,
      });
    }
    const prepositional = new Set(out.map((a) => a.start));
    for (const q of doc.get('quotes')) {
      if (!q.cueSpan || !q.speakerSpan || q.speakerName === null || prepositional.has(q.cueSpan.start)) continue;
      const start = Math.min(q.cueSpan.start, q.speakerSpan.start);
      const end = Math.max(q.cueSpan.end, q.speakerSpan.end);
      out.push({
        start, end, cue: q.cue ?? '', sourceSpan: q.speakerSpan, sourceName: q.speakerName,
        sourceEntity: q.speakerEntity, kind: 'speech', sentence: doc.sentenceAt(q.cueSpan.start), governs: { start: q.start, end: q.end },
      });
    }
    doc.set('attributions', out.sort((a, b) => a.start - b.start));
  },
};
