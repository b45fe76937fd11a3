import type { Doc, LayerName } from '../model/document.js';
import type { Stage, StageContext } from './stage.js';

/** Checks once, when a pipeline is built, that every stage's requirements come before it. */
export function buildPipeline(stages: Stage[]): Stage[] {
  const assigned = new Set<LayerName>();
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
