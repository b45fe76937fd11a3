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
    // One adjective may stand before the nouns that are only ever counts ("civilian deaths").
    { pattern: start('dead|(?:[\\p{L}-]+\\s+)?(?:deaths|fatalities)|killed|bodies|victims|lives'), category: 'killed' },
    { pattern: start('wounded|injured|(?:[\\p{L}-]+\\s+)?(?:injuries|casualties)'), category: 'injured' },
    { pattern: start('evacuees|evacuations'), category: 'evacuated' },
    { pattern: start('surrenders'), category: 'surrendered' },
    { pattern: start('arrests|detentions|detainees'), category: 'arrested' },
    { pattern: start('displaced|refugees|homeless'), category: 'displaced' },
    // Figures of the other kinds news counts: the missing, hostages, survivors, escapees.
    { pattern: start('missing|hostages|survivors|escapees|fugitives'), category: 'other' },
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
  peopleNouns: new RegExp(`${B}(?:civilians|children|women|men|people|persons|residents|soldiers|troops|fighters|rebels|militants|police\\s+officers|policemen|protesters|demonstrators|students|pupils|adults|journalists|doctors|medics|refugees|migrants|hostages|detainees|prisoners|jihadists|insurgents|militiamen|passengers|victims|families|households|sailors|fishermen|crew|workers|strikers|dockworkers|firefighters|rescuers|tourists|worshippers|inmates|guards)${E}`, 'giu'),
  governingNouns: [
    { pattern: end('(?:disappearance|rescue|deployment|kidnapping|abduction|escape|release)\\s+of|(?:turnout|attendance|crowd)\\s+(?:at|of|to)|(?:put|puts|estimated|estimates|estimating)\\s+the\\s+(?:turnout|crowd|attendance)(?:\\s+[\\p{L}-]+){0,2}?\\s+at'), category: 'other' },
    { pattern: end('(?:evacuation|departure|exit|transfer|exodus)\\s+of'), category: 'evacuated' },
    { pattern: end('surrender\\s+of'), category: 'surrendered' },
    { pattern: end('(?:deaths?|killing|killings|massacre|execution)\\s+of|death\\s+toll\\s+(?:rose|climbed|stood|stands|reached|has\\s+risen)\\s+(?:to|at)|toll\\s+(?:rose|climbed|stood|reached)\\s+(?:to|at)|(?:put|puts|putting|estimated|estimates)\\s+the(?:\\s+[\\p{L}-]+){0,2}?\\s+toll\\s+at'), category: 'killed' },
    { pattern: end('(?:arrest|detention|capture)\\s+of'), category: 'arrested' },
    { pattern: end('(?:displacement|flight)\\s+of'), category: 'displaced' },
  ],
  objectVerbs: [
    { pattern: end('killing|killed|kills|kill|claimed\\s+the\\s+lives\\s+of|shot\\s+dead|executed|massacred'), category: 'killed' },
    { pattern: end('wounding|wounded|injuring|injured|injures|wounds'), category: 'injured' },
    { pattern: end('evacuated|evacuating|evacuates|evacuate|airlifted|relocated|repatriated'), category: 'evacuated' },
    { pattern: end('arrested|arresting|arrests|detained|detaining|rounded\\s+up|captured|apprehended|jailed|held'), category: 'arrested' },
    { pattern: end('displaced|displacing|forced\\s+out'), category: 'displaced' },
    { pattern: end('fired|launched|carried\\s+out|conducted|dropped|staged'), category: 'attacks' },
    { pattern: end('rescued|rescuing|saved|deployed|deploying|mobili[sz]ed|sent\\s+in|kidnapped|abducted|freed|released|took\\s+hostage'), category: 'other' },
  ],
  longGoverning: [
    { pattern: end('toll[^.;:!?"“”]{0,100}?\\s(?:rose|rises|climbed|jumped|stood|stands|reached|hit|increased|has\\s+risen|had\\s+risen|is\\s+now|was)\\s+(?:to|at)?'), category: 'killed' },
  ],
  numberOf: /(?:put|puts|putting|estimated|estimates|placed|set|sets)\s+the\s+(?:number|total|figure|count)\s+of\s+(?<what>[^.;:!?]{1,90}?)\s+at\s*$/iu,
  approximateAfter: /^\s*(?:or\s+so|-?odd)(?![\p{L}])/iu,
  bareNumberEnd: /^\s*(?:[.;:!?),"”]|$|(?:at|on|in|by|last|this|according|for|against|over|since|and|or)(?![\p{L}]))/iu,
  sinceClause: /(?<![\p{L}])since(?![\p{L}])/iu,
  samePeriod: /(?<![\p{L}])(?:(?:over|in|during)\s+the\s+same\s+period|over\s+that\s+period|in\s+the\s+same\s+time)(?![\p{L}])/iu,
  relativeClause: /(?<![\p{L}])(?:who|whose|which|where)(?![\p{L}])[^,;.]*/giu,
  nowCue: /(?<![\p{L}])(?:now|still|currently|so\s+far|to\s+date|at\s+present|are\s+(?:waiting|trapped|stranded|sheltering|deployed|mobili[sz]ed|housed|besieged)|remain|remains)(?![\p{L}])/iu,
  tally: /(?<![\p{L}])(?:(?:put|puts|estimated|estimates|placed)\s+the\s+(?:number|total|figure|count)\s+of\s+[^.;:!?]{1,90}?\s+at|counted|counts|has\s+counted|have\s+counted|recorded|has\s+recorded|have\s+recorded|tallied|documented|has\s+documented|put\s+the(?:\s+[\p{L}-]+){0,2}?\s+(?:toll|number|figure|total|turnout)\s+at|puts\s+the(?:\s+[\p{L}-]+){0,2}?\s+(?:toll|number|figure|total|turnout)\s+at|estimated\s+the(?:\s+[\p{L}-]+){0,2}?\s+(?:toll|number|turnout)\s+at|estimates\s+the(?:\s+[\p{L}-]+){0,2}?\s+(?:toll|number|turnout)\s+at|reported|reports)\s*(?:["“]\s*)?$/iu,
  pronoun: /^(?:he|she|it|they|him|her|them|the\s+latter|the\s+former|who|which|that)$/iu,
  statementBefore: /(?<![\p{L}])(?:said|says|announced|told\s+(?:[\p{L}'’-]+\s+){1,5}?|stated|added|confirmed|reported|acknowledged|claimed)\s+(?:on\s+)?$/iu,
  tallyAfter: /^\s*(?:\p{L}+\s+)?(?:counted|recorded|registered|documented|identified|tallied)\s+(?:\p{L}+\s+)?by\s+(?:the\s+)?$/iu,
  tallyGap: /^\s*(?:has|have|had)?\s*(?:(?:also|meanwhile|separately|for\s+(?:its|their)\s+part)\s*,?\s*)?$/iu,
  figureNoun: /(?<![\p{L}])(?:figures?|numbers?|tolls?|estimates?|counts?|tally)(?![\p{L}])/iu,
  documentSource: /^(?:(?:a|the|its|their|this)\s+)?(?:(?:latest|new|last|first|previous|recent|official)\s+)?(?:toll|figure|count|report|statement|tally|update|bulletin)\b/iu,
  predicates: [
    { pattern: any('(?:were|are|was|is)\\s+among\\s+the\\s+(?:dead|victims|killed|fatalities)|drowned|were\\s+found\\s+dead|burned\\s+to\\s+death|killed|died|dead|perished|eliminated|neutralized|neutralised|lost\\s+their\\s+lives|were\\s+shot\\s+dead|executed|massacred'), category: 'killed' },
    { pattern: any('wounded|injured|hurt|hospitali[sz]ed'), category: 'injured' },
    { pattern: any('evacuated|(?:have|has|had)\\s+(?:now\\s+)?left|left\\s+the|were\\s+able\\s+to\\s+leave|got\\s+out|airlifted|flown\\s+out|(?:moved|taken|brought)\\s+to\\s+safety|reached\\s+(?:safety|reception|shelters?|camps?)|relocated|repatriated'), category: 'evacuated' },
    { pattern: any('surrendered|laid\\s+down\\s+their\\s+(?:arms|weapons)|gave\\s+themselves\\s+up|turned\\s+themselves\\s+in'), category: 'surrendered' },
    { pattern: any('arrested|detained|taken\\s+into\\s+custody|rounded\\s+up|apprehended|charged|jailed|imprisoned|in\\s+custody|(?:been|were|was|are|being)\\s+held(?!\\s+hostage)'), category: 'arrested' },
    { pattern: any('displaced|fled|have\\s+fled|forced\\s+(?:from|out\\s+of)\\s+their\\s+homes|(?:left|lost)\\s+their\\s+homes|uprooted|homeless|(?:in|sheltering\\s+in)\\s+(?:emergency\\s+)?shelters'), category: 'displaced' },
    {
      pattern: any('(?:remain(?:ed)?\\s+|are\\s+still\\s+|were\\s+still\\s+)?(?:trapped|besieged|stranded)|missing|unaccounted\\s+for|rescued|saved|escaped|broke\\s+out|deployed|mobili[sz]ed|marched|rallied|took\\s+to\\s+the\\s+streets|(?:held|taken)\\s+hostage|kidnapped|abducted|freed|released'),
      category: 'other',
    },
  ],
  qualifiers: [
    { pattern: end('at\\s+least|more\\s+than|over|upwards\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than|in\\s+excess\\s+of|a\\s+minimum\\s+of|well\\s+over'), effect: 'min' },
    { pattern: end('up\\s+to|fewer\\s+than|less\\s+than|at\\s+most|no\\s+more\\s+than|under|a\\s+maximum\\s+of'), effect: 'max' },
    { pattern: end('about|around|nearly|almost|some|roughly|approximately|an\\s+estimated|close\\s+to|closer\\s+to|estimated|as\\s+many\\s+as'), effect: 'approximate' },
  ],
  partsCue: /^\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)(?![\p{L}])/iu,
  coordinator: /^\s*(?:and|as\s+well\s+as|plus)(?![\p{L}])/iu,
  notCounts: start('%|per\\s*cent|percent|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|ft|kg|kilograms?|pounds|lbs|tons?|tonnes?|liters?|litres?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|yards|decades?|centuries|dollars?|euros?|\\$|€|£|rubles?|roubles?|hectares?|acres?|degrees|°|times|st|nd|rd|th|a\\.m\\.|p\\.m\\.|am|pm|o[’\']clock|year-olds?|-year-old'),
  continuation: /^\s*(?:the\s+latter|the\s+same\s+source|it\s+also|he\s+also|she\s+also|they\s+also|also)(?![\p{L}])/iu,
  determiner: /^(?:the\s+)/iu,
  placePreposition: end('in|at|near|around|outside|inside|across|from|on|of|into|towards|toward|north\\s+of|south\\s+of|east\\s+of|west\\s+of|close\\s+to'),
};
