import { Doc } from '../../../src/model/document.js';
import { languagePack } from '../../../src/lang/registry.js';
import { segmentStage } from '../../../src/stages/segment/segment-stage.js';
import { entitiesStage } from '../../../src/stages/entities/entities-stage.js';
import { hedgeStage } from '../../../src/stages/hedges/hedge-stage.js';
import { quoteStage } from '../../../src/stages/quotes/quote-stage.js';
import { attributionStage } from '../../../src/stages/attributions/attribution-stage.js';

/** Runs segment, entities, hedges, quotes and attributions over an invented text, offline. */
export function read(text: string, language: 'fr' | 'en'): Doc {
  const doc = new Doc(text, {
    id: 'test', path: null, url: null, outlet: null, published: '2024-03-14', language,
    title: null, section: null, credits: [], captions: [], related: [], boilerplate: [],
  });
  const ctx = { lang: languagePack(language) };
  for (const stage of [segmentStage, entitiesStage, hedgeStage, quoteStage, attributionStage]) stage.run(doc, ctx);
  return doc;
}

/** Each quote as [kind, text, speaker name, cue], with its offsets checked against the text. */
export function quotesOf(doc: Doc): [string, string, string | null, string | null][] {
  return doc.get('quotes').map((q) => [q.kind, doc.text.slice(q.start, q.end), q.speakerName, q.cue]);
}
