import type { Doc, LayerName } from '../model/document.js';
import type { Stage, StageContext } from './stage.js';

/** Layers a document is born with: the cleaner saw the page's layout and marks its headings. */
export const INITIAL_LAYERS: LayerName[] = ['headings'];

/** Checks once, when a pipeline is built, that every stage's requirements come before it. */
export function buildPipeline(stages: Stage[], initial: LayerName[] = INITIAL_LAYERS): Stage[] {
  const assigned = new Set<LayerName>(initial);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new Error(`stage "${stage.name}" requires layer "${need}", which no earlier stage assigns`);
      }
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  return stages;
}

export function runPipeline(stages: Stage[], doc: Doc, ctx: StageContext): Doc {
  for (const stage of stages) stage.run(doc, ctx);
  return doc;
}
