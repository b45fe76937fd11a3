import type { SegmentationRules } from '../types.js';
import { segmentation as common } from '../xx/segmentation.js';

export const segmentation: SegmentationRules = {
  abbreviations: new Set([
    ...common.abbreviations,
    'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gén', 'gal', 'col', 'cdt', 'lt',
    'av', 'bd', 'apr', 'env', 'hab', 'min', 'max', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct',
    'nov', 'déc', 'dép', 'tél', 'réf', 'coll', 'éd', 'vol',
  ]),
};
