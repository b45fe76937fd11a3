import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';
import { attributions } from './attributions.js';
import { hedges } from './hedges.js';

/** Defaults for languages recoupe has no rules for yet: they still get cleaned and segmented. */
export const xx: LanguagePack = {
  code: 'xx',
  segmentation,
  cleaning,
  entities,
  quotes,
  attributions,
  hedges,
};
