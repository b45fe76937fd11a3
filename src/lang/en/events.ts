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
    // A truce broken is a happening of arms: "the ceasefire was violated on Monday night".
    { pattern: g(`(?<=(?:truce|ceasefire|cease-fire)\\s+${GAP})(?:was|were|has\\s+been|had\\s+been)\\s+(?:broken|violated|shattered)|(?:broke|violated|breached)\\s+(?:the\\s+)?(?:truce|ceasefire|cease-fire)|fighting\\s+(?:resumed|erupted|flared|broke\\s+out)`), type: 'attack', strength: 3 },
    { pattern: g(`(?:truce|ceasefire|cease-fire)\\s+(?:agreed|signed|brokered|declared|reached)`), type: 'truce', strength: 2 },
    { pattern: g(`(?:opened|set\\s+up|established|create[sd]?)\\s+${GAP}(?:humanitarian\\s+)?(?:corridors?|passages?)|(?:corridors?|passages?)\\s+${GAP}(?:remain(?:ed)?|are|were|stay(?:ed)?)\\s+open`), type: 'corridor', strength: 2 },
    { pattern: g(`(?:ready|prepared|willing)\\s+to\\s+(?:ensure|offer|guarantee|grant|discuss|negotiate|open|allow)|offered|offers|proposed|proposes`), type: 'offer', strength: 2 },
    { pattern: g(`(?:refused|rejected|decided|ordered|approved|authori[sz]ed|banned|vetoed|rejects|refuses|orders|lifted|imposed|declared\\s+a\\s+state|unveiled|adopted|passed\\s+a\\s+law|announced\\s+an?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:fund|ban|curfew|closure|plan|package))`), type: 'decision', strength: 2 },
    // Agreements, suspensions and rulings: what an authority settles.
    { pattern: g(`agree[sd]?\\s+(?:on\\s+\\p{L}+\\s+)?to|agreed\\s+on|reached\\s+(?:an?\\s+)?(?:agreement|deal)|(?:suspend|freeze|froze|cancel|postpone|overturn|uphold|upheld|dissolve|expel|sanction|pardon|sentence|convict|acquit)(?:s|e?d|led)?|ruled|rules\\s+that|dismissed\\s+(?:the\\s+)?(?:case|appeal|charges)`), type: 'decision', strength: 2 },
    { pattern: g(`(?:asked|asks|requested|requests|called\\s+(?:for|on)|calls\\s+(?:for|on)|appeal(?:s|ed)?\\s+(?:for|to)|pleaded|petitioned|filed\\s+(?:an?\\s+)?(?:request|petition|complaint|appeal)|demanded|urged|request\\s+to|sought\\s+permission|wants\\s+to\\s+resume|wanted\\s+to\\s+resume)`), type: 'request', strength: 2 },
    { pattern: g(`(?:launched|launch|launches|mounted|began|started|attempted|staged)\\s+(?:an?\\s+|the\\s+|their\\s+)?${GAP}(?:offensive|counter-offensive|counteroffensive|assault|push|breakthrough)`), type: 'offensive', strength: 2 },
    { pattern: g(`(?:extended|extends|prolonged)\\s+(?:a\\s+|the\\s+|its\\s+)?(?:\\p{L}+\\s+){0,3}?(?:pause|truce|ceasefire|cease-fire|deadline)|(?:pause|truce|ceasefire|cease-fire)\\s+(?:was\\s+|has\\s+been\\s+)?extended|voted\\s+to|turned\\s+down|blocked\\s+(?:a\\s+|the\\s+)?(?:\\p{L}+\\s+){0,2}?(?:resolution|draft|motion)`), type: 'decision', strength: 2 },
    { pattern: g(`(?:targeted|struck|hit|bombed|shelled|pounded|attacked|opened\\s+fire|stormed|fought|ambushed|raided|kidnapped|abducted|fired\\s+(?:on|at)|shot\\s+(?:at|dead)|blew\\s+up|(?:set|sets)\\s+fire\\s+to|took\\s+(?:\\p{L}+\\s+){0,2}hostage)`), type: 'attack', strength: 2 },
    { pattern: g(`(?:recaptured|retook|regained\\s+control|(?:seized|took|taken|captured|claimed)\\s+control|captured\\s+(?:the\\s+)?(?:town|city|village|district|\\p{Lu}\\p{L}+)|laid\\s+siege)`), type: 'offensive', strength: 2 },
    { pattern: g(`(?:${AUX}\\s+)?(?:evacuated|airlifted|rescued|repatriated)|(?:pulled|brought)\\s+(?:out|to\\s+the\\s+surface|to\\s+safety)|(?:have|has|had)\\s+left\\s+the\\s+(?:city|town)|(?:allowed|let|permitted)\\s+(?:the\\s+)?(?:first\\s+)?(?:civilians|residents|families|people)\\s+(?:to\\s+)?leave`), type: 'evacuation', strength: 2 },
    { pattern: g(`encircled|operation\\s+to\\s+\\S+\\s+\\S+\\s+began`), type: 'offensive', strength: 2 },
    // A corridor opened in the passive ("a third route had been opened on Tuesday") is what its sentence tells.
    { pattern: g(`(?:corridors?|routes?|passages?)\\s+${GAP}(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:opened|set\\s+up|established)`), type: 'corridor', strength: 3 },
    { pattern: g(`(?:talks|meeting|summit|negotiations)\\s+(?:would|could|might|will|are\\s+to|is\\s+to|are\\s+due\\s+to|is\\s+due\\s+to)\\s+(?:be\\s+held|take\\s+place|resume|begin|open)|met|meet|meets|will\\s+meet|held\\s+(?:talks|a\\s+meeting|a\\s+summit)|convened`), type: 'meeting', strength: 2 },
    { pattern: g(`(?:meeting|talks|summit|negotiations)`), type: 'meeting', strength: 1 },
    // Happenings of no other type: disasters, unrest, escapes, strikes, visits.
    {
      pattern: g(`(?:swept\\s+through|burst\\s+(?:its|their)\\s+banks|gave\\s+way|capsized|sank|collapsed|exploded|caught\\s+fire|broke\\s+out|erupted|escaped|rioted|went\\s+on\\s+strike|walked\\s+out|visited|visits|toured|(?:was|were|been|be|being)\\s+(?:freed|released)|walk(?:s|ed)?\\s+free|(?:freed|released)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?(?:hostages?|prisoners?|detainees?|captives?)|set\\s+(?:on\\s+fire|alight|ablaze)|fired\\s+tear\\s+gas|(?:gathered|rallied|marched|protested|demonstrated)(?!\\s+(?:evidence|information|data|that))|is\\s+expected\\s+in|are\\s+expected\\s+in|will\\s+visit|travell?ed\\s+to)`),
      type: 'other', strength: 2,
    },
    { pattern: g(`floods?|flooding|shipwreck|earthquake|wildfire|blaze|explosion|landslide|clashes|riots?|rioting|unrest|mutiny|jailbreak|walkout|visit|protests?|demonstrations?|collapse|release`), type: 'other', strength: 1 },
    { pattern: g(`offensive|counter-offensive|assault`), type: 'offensive', strength: 1 },
    { pattern: g(`truce|ceasefire|cease-fire|humanitarian\\s+pause|armistice`), type: 'truce', strength: 1 },
    { pattern: g(`(?:humanitarian\\s+)?corridors?`), type: 'corridor', strength: 1 },
    { pattern: g(`evacuation`), type: 'evacuation', strength: 1 },
    { pattern: g(`offer|proposal`), type: 'offer', strength: 1 },
    { pattern: g(`decision|refusal|veto`), type: 'decision', strength: 1 },
    { pattern: g(`request|demand`), type: 'request', strength: 1 },
    { pattern: g(`air\\s*strikes?|airstrikes?|strikes?|bombings?|bombardments?|raids?|attacks?|rockets|shelling|ambush|kidnapping|abduction|massacre|shooting`), type: 'attack', strength: 1 },
  ],
  // "since the army encircled the town": background to what the sentence tells.
  blockers: /(?:(?<![\p{L}])since\s+the\s+\p{L}+\s+|(?<![\p{L}])toll\s+(?:from|of)\s+(?:the\s+)?|(?<![\p{L}])(?:this|these|those)\s+(?:\p{L}+\s+)?|(?<!(?:said|says|say|told|adding|added|announced|warned|stressed|insisted|confirmed|noted|claimed|stated|reported|explained|argued|hoped|hopes|believed|believes|expected|expects|feared|fears)\s+)(?<![\p{L}])that\s+(?:\p{L}+\s+)?|(?<![\p{L}])(?:collapse|failure|end|breakdown|violations?|absence)\s+of\s+(?:the\s+|a\s+)?|(?<![\p{L}])(?:no|without)\s+)$/iu,
  since: /(?<![\p{L}])since\s+(?:[\p{L}'’]+\s+){0,2}$/iu,
  recentStatement: /(?<![\p{L}])(?:said|says|told|announced|stated|added|confirmed|declared|insisted|warned|noted|explained|claimed|reported)(?![\p{L}])/iu,
  agent: /(?<![\p{L}])by\s+/iu,
  subject: /^\s*(?:the\s+)?(?<np>[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?:has|have|had|is|are|was|were|will|would|said|says|launched|offered|asked|refused|rejected|opened|suspended|continues|continued)(?![\p{L}])/iu,
  actorJoin: /^(?:\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?(?:group\s+|organi[sz]ation\s+)?$/iu,
  // Not "that": after a noun, a date or a verb of saying it opens a complement as often as a relative clause.
  relative: g(`which|who|whom|whose|where`),
  clauseVerb: g(`is|are|was|were|has|have|had|will|would|could|can|rose|fell|\\p{Ll}{3,}ed`),
  // "said that", "so that", "on that day": a complement, a conjunction or a demonstrative.
  notRelative: /(?<![\p{L}])(?:said|says|say|told(?:\s+[\p{L}-]+){0,2}|tells|announced|stated|added|confirmed|claimed|warned|believes?|believed|thinks?|thought|knew|knows?|so|such|now|fact|given|reported|acknowledged|admitted|insisted|noted|explained|denied|argued|ruling|ruled|found|shows?|showed|on|in|at|of|for|by|with|from|to|after|before|since|during|all|is|was|are|were)\s+$/iu,
  adjunctOpener: /^(?:in|at|near|on|outside|during|early|late)(?![\p{L}])/iu,
  plannedFor: /(?<![\p{L}])(?:scheduled|planned|set|due)\s+(?:for\s+|on\s+)?(?:the\s+)?$/iu,
  validity: /(?<![\p{L}])(?:until|till|(?:take|takes|took|taking)\s+effect(?:\s+on)?|(?:come|comes|came)\s+into\s+force(?:\s+on)?|effective(?:\s+from)?)\s+(?:on\s+|the\s+)?$/iu,
  determiner: claims.determiner,
  continuation: claims.continuation,
  placePreposition: claims.placePreposition,
};
