import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';
import { dates } from './dates.js';
import { entities } from './entities.js';

export const fr: LanguagePack = {
  code: 'fr',
  segmentation,
  cleaning,
  dates,
  entities,
};
