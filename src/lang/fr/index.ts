import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';
import { dates } from './dates.js';

export const fr: LanguagePack = {
  code: 'fr',
  segmentation,
  cleaning,
  dates,
};
