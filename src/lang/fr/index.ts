import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';

export const fr: LanguagePack = {
  code: 'fr',
  segmentation,
  cleaning,
};
