import type { Doc, LayerName } from '../model/document.js';
import type { LanguagePack } from '../lang/types.js';

export interface StageContext {
  /** Rules of the document's language (the defaults of `xx` when it has none of its own). */
  lang: LanguagePack;
}

/** A pipeline component: reads the layers it requires, adds the layers it assigns, touches no other. */
export interface Stage {
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}
