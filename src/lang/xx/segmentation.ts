import type { SegmentationRules } from '../types.js';

/** Abbreviations common to languages written in Latin script (initials are handled by the splitter). */
export const segmentation: SegmentationRules = {
  abbreviations: new Set(['etc', 'cf', 'vs', 'ca', 'no', 'nos', 'p', 'pp', 'vol', 'ch', 'art', 'fig', 'ex']),
};
