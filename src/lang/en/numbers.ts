import type { NumberRules } from '../../stages/claims/number-rules.js';

const cardinals: [string, number][] = [
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000],
];

export const numbers: NumberRules = {
  cardinals: new Map(cardinals),
  joiners: new Set(['and']),
  // "one" stays a count ("one person was killed"); the articles never are alone.
  articles: new Set(['a', 'an']),
  scales: new Map([['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9]]),
  collectives: new Map([['dozen', 12], ['score', 20]]),
  pluralArticles: new Set(['several', 'many', 'some']),
  // "dozens" reads as at least 20, like French "des dizaines": news readers count tens, not twelves
  pluralCollectives: new Map([['dozens', 10], ['scores', 20], ['hundreds', 100], ['thousands', 1000]]),
  decimalSeparator: '.',
};
