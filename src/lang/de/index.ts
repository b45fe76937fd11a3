import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';

/**
 * German: sentence splitting and page cleaning so far (HTML chrome words in html-cleaning.ts,
 * merged by the HTML stage for every registered language). Reader stages without German rules
 * yet fall back to the `xx` defaults.
 */
export const de: LanguagePack = {
  code: 'de',
  segmentation,
  cleaning,
};
