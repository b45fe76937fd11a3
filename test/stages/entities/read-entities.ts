import { Doc, type DocumentMeta, type EntityRecord } from '../../../src/model/document.js';
import { languagePack } from '../../../src/lang/registry.js';
import { segmentStage } from '../../../src/stages/segment/segment-stage.js';
import { entitiesStage } from '../../../src/stages/entities/entities-stage.js';
import { emptyMeta } from '../../helpers/meta.js';

/** Segments and reads the entities of an invented text; returns the document and its entities. */
export function readEntities(text: string, language: 'fr' | 'en', meta: Partial<DocumentMeta> = {}): { doc: Doc; entities: EntityRecord[] } {
  const doc = new Doc(text, emptyMeta({ language, ...meta }));
  const lang = languagePack(language);
  segmentStage.run(doc, { lang });
  entitiesStage.run(doc, { lang });
  return { doc, entities: doc.get('entities') };
}

/** The entity whose name is `name`, or undefined. */
export function byName(entities: EntityRecord[], name: string): EntityRecord | undefined {
  return entities.find((e) => e.name === name);
}

/** Each mention as [text, start, end], read back from the text through its offsets. */
export function mentionTexts(doc: Doc, e: EntityRecord): [string, number, number][] {
  return e.mentions.map((m) => [doc.slice(m), m.start, m.end]);
}
