import type { SegmentationRules } from '../types.js';
import { segmentation as common } from '../xx/segmentation.js';

/** Spanish abbreviations that end with a period mid-sentence ("Sr.", "Dra.", "EE. UU."). */
export const segmentation: SegmentationRules = {
  abbreviations: new Set([
    ...common.abbreviations,
    'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'prof', 'gral', 'gen', 'cnel', 'tte', 'cap', 'sto',
    'sta', 'av', 'avda', 'c', 'núm', 'pág', 'aprox', 'ee', 'uu', 'ud', 'uds', 'dña', 'd', 'ene', 'feb', 'mar',
    'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'etc', 'depto', 'dpto', 'admón',
  ]),
};
