import { Doc } from '../../../src/model/document.js';
import { languagePack } from '../../../src/lang/registry.js';
import { segmentStage } from '../../../src/stages/segment/segment-stage.js';
import { emptyMeta } from '../../helpers/meta.js';

/** A segmented document in `language`, published on `published`: what the figure stages start from. */
export function makeDoc(text: string, language: 'fr' | 'en', published = '2016-10-13'): Doc {
  const doc = new Doc(text, emptyMeta({ language, published }));
  segmentStage.run(doc, { lang: languagePack(language) });
  return doc;
}
