import type { NumberRules } from '../../stages/claims/number-rules.js';

const cardinals: [string, number][] = [
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7],
  ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14],
  ['quinze', 15], ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40],
  ['cinquante', 50], ['soixante', 60], ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
  ['quatre-vingt', 80], ['quatre-vingts', 80], ['cent', 100], ['cents', 100], ['mille', 1000],
];

export const numbers: NumberRules = {
  cardinals: new Map(cardinals),
  joiners: new Set(['et']),
  articles: new Set(['un', 'une']),
  scales: new Map([['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9]]),
  collectives: new Map([
    ['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30],
    ['quarantaine', 40], ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['millier', 1000],
  ]),
  pluralCollectives: new Map([
    ['dizaines', 10], ['douzaines', 12], ['vingtaines', 20], ['centaines', 100], ['milliers', 1000],
  ]),
  pluralArticles: new Set(['des', 'de', 'plusieurs', 'quelques']),
  decimalSeparator: ',',
};
