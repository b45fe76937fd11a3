import type { SegmentationRules } from '../types.js';
import { segmentation as common } from '../xx/segmentation.js';

/** German abbreviations that end with a period mid-sentence ("z. B.", "Dr.", "Nr.", "bzw."). */
export const segmentation: SegmentationRules = {
  abbreviations: new Set([
    ...common.abbreviations,
    'dr', 'prof', 'hr', 'fr', 'st', 'nr', 'bzw', 'usw', 'z', 'b', 'd', 'h', 'u', 'a', 'ggf', 'evtl', 'vgl',
    'inkl', 'bzgl', 'ca', 'mio', 'mrd', 'tsd', 'jh', 'jhd', 'str', 'abs', 'gem', 'lt', 'mind', 'max', 'min',
    'gen', 'oberstlt', 'hptm', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
    'nov', 'dez', 'bzw', 'sog', 'zzgl', 'zit', 'dt', 'engl', 'frz', 'span', 'russ', 'ehem', 'stv', 'geb',
  ]),
};
