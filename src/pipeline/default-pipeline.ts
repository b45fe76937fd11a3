import type { Stage } from './stage.js';
import { buildPipeline } from './pipeline.js';
import { segmentStage } from '../stages/segment/segment-stage.js';
import { dateStage } from '../stages/dates/date-stage.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { hedgeStage } from '../stages/hedges/hedge-stage.js';
import { quoteStage } from '../stages/quotes/quote-stage.js';
import { attributionStage } from '../stages/attributions/attribution-stage.js';
import { claimStage } from '../stages/claims/claim-stage.js';
import { eventStage } from '../stages/events/event-stage.js';
import { labelStage } from '../stages/labels/label-stage.js';

/**
 * The reader, in order. Each stage declares the layers it needs; buildPipeline checks the order.
 * Register a stage with one import and one entry below.
 */
export const segmentOnly: Stage[] = buildPipeline([segmentStage]);

export const defaultPipeline: Stage[] = buildPipeline([
  segmentStage,
  dateStage,
  entitiesStage,
  hedgeStage,
  quoteStage,
  attributionStage,
  claimStage,
  labelStage,
  eventStage,
]);
