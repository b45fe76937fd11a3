import type { EventRules } from '../../stages/events/rules.js';
import { claims } from './claims.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
const AUX = '(?:has|have|had)(?:\\s+been)?';
const GAP = '(?:[\\p{L}\'’-]+\\s+){0,3}?';

export const events: EventRules = {
  triggers: [
    { pattern: g(`(?:suspended|halted|paused|stopped)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:air\\s*strikes|strikes|bombing|bombardment|fighting|hostilities|operations)|(?:declared|agreed|signed|announced|brokered)\\s+(?:a\\s+|the\\s+)?(?:truce|ceasefire|cease-fire)|(?:truce|ceasefire|cease-fire)\\s+(?:took|takes|came\\s+into)\\s+effect`), type: 'truce', strength: 3 },
    { pattern: g(`(?:opened|set\\s+up|established|create[sd]?)\\s+${GAP}(?:humanitarian\\s+)?(?:corridors?|passages?)|(?:corridors?|passages?)\\s+${GAP}(?:remain(?:ed)?|are|were|stay(?:ed)?)\\s+open`), type: 'corridor', strength: 2 },
    { pattern: g(`(?:ready|prepared|willing)\\s+to\\s+(?:ensure|offer|guarantee|grant|discuss|negotiate|open|allow)|offered|offers|proposed|proposes`), type: 'offer', strength: 2 },
    { pattern: g(`(?:refused|rejected|decided|ordered|approved|authori[sz]ed|banned|vetoed|rejects|refuses|orders|lifted|imposed|declared\\s+a\\s+state|unveiled|adopted|passed\\s+a\\s+law|announced\\s+an?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:fund|ban|curfew|closure|plan|package))`), type: 'decision', strength: 2 },
    { pattern: g(`(?:asked|requested|called\\s+for|demanded|urged|request\\s+to|sought\\s+permission|wants\\s+to\\s+resume|wanted\\s+to\\s+resume)`), type: 'request', strength: 2 },
    { pattern: g(`(?:launched|launch|launches|mounted|began|started|attempted|staged)\\s+(?:an?\\s+|the\\s+|their\\s+)?${GAP}(?:offensive|counter-offensive|counteroffensive|assault|push|breakthrough)`), type: 'offensive', strength: 2 },
    { pattern: g(`(?:targeted|struck|hit|bombed|shelled|pounded|attacked|opened\\s+fire|stormed|fought)`), type: 'attack', strength: 2 },
    { pattern: g(`(?:${AUX}\\s+)?(?:evacuated|airlifted)|(?:have|has|had)\\s+left\\s+the\\s+(?:city|town)|(?:allowed|let|permitted)\\s+(?:the\\s+)?(?:first\\s+)?(?:civilians|residents|families|people)\\s+(?:to\\s+)?leave`), type: 'evacuation', strength: 2 },
    { pattern: g(`encircled|operation\\s+to\\s+\\S+\\s+\\S+\\s+began`), type: 'offensive', strength: 2 },
    // A corridor opened in the passive ("a third route had been opened on Tuesday") is what its sentence tells.
    { pattern: g(`(?:corridors?|routes?|passages?)\\s+${GAP}(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:opened|set\\s+up|established)`), type: 'corridor', strength: 3 },
    { pattern: g(`(?:talks|meeting|summit|negotiations)\\s+(?:would|will|are\\s+to|is\\s+to|are\\s+due\\s+to|is\\s+due\\s+to)\\s+(?:be\\s+held|take\\s+place|resume|begin|open)|met|meet|meets|will\\s+meet`), type: 'meeting', strength: 2 },
    { pattern: g(`(?:meeting|talks|summit|negotiations)`), type: 'meeting', strength: 1 },
    // Happenings of no other type: disasters, unrest, escapes, strikes, visits.
    {
      pattern: g(`(?:swept\\s+through|burst\\s+(?:its|their)\\s+banks|gave\\s+way|capsized|sank|collapsed|exploded|caught\\s+fire|broke\\s+out|erupted|escaped|rioted|went\\s+on\\s+strike|walked\\s+out|visited|visits|toured|is\\s+expected\\s+in|are\\s+expected\\s+in|will\\s+visit|travell?ed\\s+to)`),
      type: 'other', strength: 2,
    },
    { pattern: g(`floods?|flooding|shipwreck|earthquake|wildfire|blaze|explosion|landslide|clashes|riots?|rioting|unrest|mutiny|jailbreak|walkout|visit`), type: 'other', strength: 1 },
    { pattern: g(`offensive|counter-offensive|assault`), type: 'offensive', strength: 1 },
    { pattern: g(`truce|ceasefire|cease-fire|humanitarian\\s+pause|armistice`), type: 'truce', strength: 1 },
    { pattern: g(`(?:humanitarian\\s+)?corridors?`), type: 'corridor', strength: 1 },
    { pattern: g(`evacuation`), type: 'evacuation', strength: 1 },
    { pattern: g(`offer|proposal`), type: 'offer', strength: 1 },
    { pattern: g(`decision|refusal|veto`), type: 'decision', strength: 1 },
    { pattern: g(`request|demand`), type: 'request', strength: 1 },
    { pattern: g(`air\\s*strikes?|airstrikes?|strikes?|bombings?|bombardments?|raids?|attacks?|rockets|shelling`), type: 'attack', strength: 1 },
  ],
  // "since the army encircled the town": background to what the sentence tells.
  blockers: /(?:(?<![\p{L}])since\s+the\s+\p{L}+\s+|(?<![\p{L}])(?:this|that|these|those)\s+(?:\p{L}+\s+)?|(?<![\p{L}])(?:collapse|failure|end|breakdown|violations?|absence)\s+of\s+(?:the\s+|a\s+)?|(?<![\p{L}])(?:no|without)\s+)$/iu,
  since: /(?<![\p{L}])since\s+(?:[\p{L}'’]+\s+){0,2}$/iu,
  recentStatement: /(?<![\p{L}])(?:said|says|told|announced|stated|added|confirmed|declared|insisted|warned|noted|explained|claimed|reported)(?![\p{L}])/iu,
  agent: /(?<![\p{L}])by\s+/iu,
  subject: /^\s*(?:the\s+)?(?<np>[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?:has|have|had|is|are|was|were|will|would|said|says|launched|offered|asked|refused|rejected|opened|suspended|continues|continued)(?![\p{L}])/iu,
  actorJoin: /^(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?(?:group\s+|organi[sz]ation\s+)?$/iu,
  determiner: claims.determiner,
  continuation: claims.continuation,
  placePreposition: claims.placePreposition,
};
