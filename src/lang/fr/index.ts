import type { LanguagePack } from '../types.js';
import { segmentation } from './segmentation.js';
import { cleaning } from './cleaning.js';
import { dates } from './dates.js';
import { claims } from './claims.js';
import { events } from './events.js';
import { labels } from './labels.js';
import { entities } from './entities.js';
import { quotes } from './quotes.js';
import { attributions } from './attributions.js';
import { hedges } from './hedges.js';

export const fr: LanguagePack = {
  code: 'fr',
  segmentation,
  cleaning,
  dates,
  claims,
  events,
  labels,
  entities,
  quotes,
  attributions,
  hedges,
};
