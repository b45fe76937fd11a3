import type { SegmentationRules } from '../types.js';
import { segmentation as common } from '../xx/segmentation.js';

export const segmentation: SegmentationRules = {
  abbreviations: new Set([
    ...common.abbreviations,
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'gov', 'sen',
    'rep', 'rev', 'hon', 'pres', 'st', 'jr', 'sr', 'mt', 'ft', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
  ]),
};
