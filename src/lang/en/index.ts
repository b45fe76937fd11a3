import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';
import { dates } from './dates.js';
import { entities } from './entities.js';

export const en: LanguagePack = {
  code: 'en',
  segmentation,
  cleaning,
  dates,
  entities,
};
