import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';

/**
 * Spanish: sentence splitting and page cleaning so far (HTML chrome words in html-cleaning.ts).
 * Reader stages without Spanish rules yet fall back to the `xx` defaults.
 */
export const es: LanguagePack = {
  code: 'es',
  segmentation,
  cleaning,
};
