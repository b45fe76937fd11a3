import type { ClaimRules } from '../../stages/claims/rules.js';
import { numbers } from './numbers.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const start = (s: string): RegExp => new RegExp(`^\\s*(?:${s})${E}`, 'iu');
const end = (s: string): RegExp => new RegExp(`${B}(?:${s})\\s*$`, 'iu');
const any = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'iu');

export const claims: ClaimRules = {
  numbers,
  beforeNoun: /^(?:\s*(?:other|more|additional|new|further|of))+(?![\p{L}])/iu,
  countedNouns: [
    { pattern: start('dead|deaths|fatalities|killed|bodies|victims|lives'), category: 'killed' },
    { pattern: start('wounded|injured|injuries|casualties'), category: 'injured' },
    { pattern: start('evacuees|evacuations'), category: 'evacuated' },
    { pattern: start('surrenders'), category: 'surrendered' },
    { pattern: start('arrests|detentions|detainees'), category: 'arrested' },
    { pattern: start('displaced|refugees|homeless'), category: 'displaced' },
    {
      pattern: start('air\\s*strikes|airstrikes|strikes|raids|air\\s+raids|attacks|bombings|rockets|shells|missiles|mortars|mortar\\s+rounds|drones|assaults|explosions|strike|raid|attack|rocket|missile'),
      category: 'attacks',
    },
    {
      pattern: start('(?:humanitarian\\s+)?(?:corridors|passages|routes)|exit\\s+points|crossing\\s+points|safe\\s+passages'),
      category: 'corridors',
    },
  ],
  casualtyNouns: start('dead|deaths|fatalities|killed|bodies|victims|lives|wounded|injured|injuries|casualties|evacuees|arrests|detainees|displaced|refugees|homeless|surrenders'),
  peopleNouns: new RegExp(`${B}(?:civilians|children|women|men|people|persons|residents|soldiers|troops|fighters|rebels|militants|police\\s+officers|policemen|protesters|demonstrators|students|pupils|adults|journalists|doctors|medics|refugees|migrants|hostages|detainees|prisoners|jihadists|insurgents|militiamen|passengers|victims)${E}`, 'giu'),
  governingNouns: [
    { pattern: end('(?:evacuation|departure|exit|transfer|exodus)\\s+of'), category: 'evacuated' },
    { pattern: end('surrender\\s+of'), category: 'surrendered' },
    { pattern: end('(?:deaths?|killing|killings|massacre|execution)\\s+of|death\\s+toll\\s+(?:rose|climbed|stood|stands|reached|has\\s+risen)\\s+(?:to|at)|toll\\s+(?:rose|climbed|stood|reached)\\s+(?:to|at)|(?:put|puts|putting|estimated|estimates)\\s+the(?:\\s+[\\p{L}-]+){0,2}?\\s+toll\\s+at'), category: 'killed' },
    { pattern: end('(?:arrest|detention|capture)\\s+of'), category: 'arrested' },
    { pattern: end('(?:displacement|flight)\\s+of'), category: 'displaced' },
  ],
  objectVerbs: [
    { pattern: end('killing|killed|kills|kill|claimed\\s+the\\s+lives\\s+of|shot\\s+dead|executed|massacred'), category: 'killed' },
    { pattern: end('wounding|wounded|injuring|injured|injures|wounds'), category: 'injured' },
    { pattern: end('evacuated|evacuating|evacuates|evacuate|rescued'), category: 'evacuated' },
    { pattern: end('arrested|arresting|arrests|detained|detaining|rounded\\s+up|captured|apprehended'), category: 'arrested' },
    { pattern: end('displaced|displacing|forced\\s+out'), category: 'displaced' },
    { pattern: end('fired|launched|carried\\s+out|conducted|dropped|staged'), category: 'attacks' },
  ],
  predicates: [
    { pattern: any('killed|died|dead|perished|eliminated|neutralized|neutralised|lost\\s+their\\s+lives|were\\s+shot\\s+dead|executed|massacred'), category: 'killed' },
    { pattern: any('wounded|injured|hurt'), category: 'injured' },
    { pattern: any('evacuated|(?:have|has|had)\\s+(?:now\\s+)?left|left\\s+the|were\\s+able\\s+to\\s+leave|got\\s+out|were\\s+rescued'), category: 'evacuated' },
    { pattern: any('surrendered|laid\\s+down\\s+their\\s+(?:arms|weapons)|gave\\s+themselves\\s+up|turned\\s+themselves\\s+in'), category: 'surrendered' },
    { pattern: any('arrested|detained|taken\\s+into\\s+custody|rounded\\s+up|apprehended|charged'), category: 'arrested' },
    { pattern: any('displaced|fled|have\\s+fled|forced\\s+from\\s+their\\s+homes|uprooted'), category: 'displaced' },
  ],
  qualifiers: [
    { pattern: end('at\\s+least|more\\s+than|over|upwards\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than|in\\s+excess\\s+of|a\\s+minimum\\s+of|well\\s+over'), effect: 'min' },
    { pattern: end('up\\s+to|fewer\\s+than|less\\s+than|at\\s+most|no\\s+more\\s+than|under|a\\s+maximum\\s+of'), effect: 'max' },
    { pattern: end('about|around|nearly|almost|some|roughly|approximately|an\\s+estimated|close\\s+to|estimated|as\\s+many\\s+as'), effect: 'approximate' },
  ],
  partsCue: /^\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)(?![\p{L}])/iu,
  coordinator: /^\s*(?:and|as\s+well\s+as|plus)(?![\p{L}])/iu,
  notCounts: start('%|per\\s*cent|percent|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|ft|kg|kilograms?|pounds|lbs|tons?|tonnes?|liters?|litres?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|yards|decades?|centuries|dollars?|euros?|\\$|€|£|rubles?|roubles?|hectares?|acres?|degrees|°|times|st|nd|rd|th|a\\.m\\.|p\\.m\\.|am|pm|o[’\']clock|year-olds?|-year-old'),
  continuation: /^\s*(?:the\s+latter|the\s+same\s+source|it\s+also|he\s+also|she\s+also|they\s+also|also)(?![\p{L}])/iu,
  determiner: /^(?:the\s+)/iu,
  placePreposition: end('in|at|near|around|outside|inside|across|from|on|of|into|towards|toward|north\\s+of|south\\s+of|east\\s+of|west\\s+of|close\\s+to'),
};
