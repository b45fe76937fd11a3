import type { LabelRules } from '../../stages/labels/rules.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
/** A nationality or people as an adjective: "Syrian", "Russian", "Iraqi", "Turkish", "Kurdish". */
const NAT = '(?:\\p{Lu}\\p{Ll}{2,}(?:ian|ese|ish|i|an))';
/** What may stand before a fighters' noun and keep it on the armed side: "moderate rebels", "Islamist fighters". */
const ARMED = `(?:armed|al-Qaeda-(?:linked|affiliated|inspired)|moderate|Islamist|jihadist|radical|hardline|foreign|opposition|rebel|insurgent|anti-government|anti-regime|anti-Assad|Sunni|(?!Free\\s)${NAT})`;
/** What stands before a forces' noun and puts it on the state's side: "pro-government", "regime", "loyalist". */
const LOYAL = "(?:pro-government|government|government-backed|regime|pro-regime|regime-backed|pro-Assad|Assad|Assad's|loyalist|state|Syrian\\s+government|Syrian\\s+regime|Syrian\\s+army)";
const NAME = '\\p{Lu}[\\p{L}-]+(?:\\s+(?:(?:al|el)-)?\\p{Lu}[\\p{L}-]+){0,2}';

export const labels: LabelRules = {
  terms: [
    // Kurdish forces and the international coalition are actors of their own
    { pattern: g(`peshmerga|Kurdish\\s+(?:forces|fighters|militias?)|YPG|SDF`), group: 'kurdish-forces' },
    { pattern: g(`(?:US|U\\.S\\.|American)-led\\s+coalition|international\\s+coalition|coalition\\s+(?:forces|aircraft|warplanes|jets)`), group: 'coalition' },
    // Named rebel armies that a plain "army" would give to the state.
    { pattern: g('Free\\s+Syrian\\s+Army|FSA'), group: 'armed-opposition' },
    {
      pattern: g(`(?:${ARMED}\\s+){0,2}(?:rebels|insurgents|militants|fighters|jihadists|Islamists|terrorists|extremists|militias|militiamen|mujahideen|opponents\\s+of\\s+the\\s+(?:government|regime)|government\\s+opponents|armed\\s+opposition|moderate\\s+opposition|bandits|rebel|gunmen|armed\\s+men|attackers|assailants|kidnappers|separatists|guerrillas|paramilitaries|suicide\\s+bombers)`),
      group: 'armed-opposition',
    },
    {
      pattern: g(`(?:${ARMED}\\s+)?(?:rebel|jihadist|terrorist|armed|Islamist|militant|insurgent|extremist|opposition|radical)\\s+(?:groups?|factions?|forces|organi[sz]ations?|movements?|coalition|alliance|brigades?|units?|outfits?)`),
      group: 'armed-opposition',
    },
    {
      pattern: g(`${LOYAL}\\s+(?:forces|troops|soldiers|militias?|militiamen|army|fighters|units|gunmen)|(?:forces|troops|fighters|militias)\\s+loyal\\s+to\\s+(?:the\\s+(?:government|regime)|(?:President\\s+)?${NAME})|regular\\s+army|(?:Assad|Syrian|Damascus)\\s+regime|(?:Shia|Shiite)\\s+militias?|loyalists|${NAT}\\s+forces`),
      group: 'government-forces',
    },
    // Plain "the regime", "the opposition", "the rebellion" name the sides only in a sentence about the fighting (not "the visa regime").
    { pattern: g('regime'), group: 'government-forces', armed: true },
    // The state's air force and special units: "regime aircraft", "Russian warplanes", "Iraqi special forces"
    { pattern: g(`(?:regime|${NAT})\\s+(?:aircraft|warplanes|jets|helicopters|air\\s+force)|(?:${NAT}\\s+)?special\\s+forces`), group: 'government-forces' },
    { pattern: g('opposition|rebellion'), group: 'armed-opposition', armed: true },
    // A state's own forces named plainly ("the Saldarian army", "troops"): the same side as above.
    { pattern: g(`(?:${NAT}\\s+)?(?:army|military|armed\\s+forces|troops|soldiers|servicemen)`), group: 'government-forces' },
    // Jihadists' word for soldiers and officials of the state they fight.
    { pattern: g('apostates'), group: 'government-forces' },
    // The government is an armed party where the sentence is about the fighting: "the Syrian government", "held by the government".
    { pattern: g(`(?:${NAT}|Assad|Damascus)\\s+government|(?<=(?:held|controlled|retaken|bombed|besieged|shelled|attacked)\\s+by\\s+the\\s+)government`), group: 'government-forces', armed: true },
    { pattern: g(`police(?:\\s+officers)?|policemen|(?<!(?:prison|army|military|intelligence|correctional|customs)\\s)officers|riot\\s+police|gendarmes|security\\s+forces|security\\s+personnel`), group: 'police' },
    { pattern: g(`protesters|protestors|demonstrators|strikers|dockworkers|rioters|criminals|looters|thugs|troublemakers|provocateurs|agitators`), group: 'protesters' },
    // People held and those who hold them; people on the move and those who move them; rescuers.
    { pattern: g(`inmates|prisoners|detainees|convicts|escapees|fugitives|mutineers`), group: 'detainees' },
    { pattern: g(`prison\\s+guards|guards|wardens|prison\\s+staff|prison\\s+officers|correctional\\s+officers`), group: 'prison-guards' },
    { pattern: g(`migrants|asylum\\s+seekers|refugees|illegal\\s+immigrants|undocumented\\s+migrants|boat\\s+people|exiles`), group: 'migrants' },
    { pattern: g(`(?:people\\s+|human\\s+)?(?:smugglers|traffickers)|smuggling\\s+gangs|criminal\\s+gangs`), group: 'smugglers' },
    { pattern: g(`coast\\s*guards?|coastguards|rescuers|rescue\\s+workers|lifeboat\\s+crews?|firefighters|White\\s+Helmets|civil\\s+defen[cs]e\\s+(?:workers|volunteers)`), group: 'rescuers' },
    { pattern: g(`civilians|civilian\\s+population|residents`), group: 'civilians' },
    // Words for whoever the article is about: survivors of a wreck are its migrants, a crowd at a rally its protesters.
    { pattern: g(`survivors`), group: 'civilians', joins: ['migrants', 'detainees', 'civilians'] },
    { pattern: g(`crowds?|mobs?`), group: '', joins: ['protesters'] },
    { pattern: g(`staff`), group: '', joins: ['prison-guards'] },
  ],
  // English puts adjectives before the noun, so any word (or none) may stand before a term.
  introducer: /(?:\S\s+|["“'‘]\s*|^\s*)$/u,
  reported: /(?<![\p{L}])(?:called|(?:described|labell?ed|branded|dubbed|termed|referred\s+to|characteri[sz]ed|portrayed|denounced|designated)(?:\s+[\p{L}'’-]+){0,5}?\s+as|labell?ed|branded|dubbed|termed|so-called|(?:what|whom|who|which)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:calls?|called|describes?|described|labels?|labell?ed|brands?|branded|terms?|termed)(?:\s+as)?)\s*["“'‘]?\s*$/iu,
  reportedAfter: /^[\s,"”’']*as\s+(?:[\p{L}'’-]+\s+){1,4}?(?:calls?|called|describes?|described|labels?|labell?ed|refers?\s+to)\s+them(?![\p{L}])/iu,
  conflict: /(?<![\p{L}])(?:offensives?|strikes?|air\s*strikes|bomb\p{L}*|assaults?|attack\p{L}*|shell\p{L}*|raids?|fighting|rebels?|insurgents|jihadists|terrorists|militants|armed\s+groups|war|siege|besieged|weapons|firing|fired|rockets|truce|ceasefire|kill(?:ed|ing|s)?|dead|wounded|troops|soldiers|militias?|executions?|crackdown|checkpoints?)(?![\p{L}])/iu,
  capitals: new Set(['Damascus', 'Moscow', 'Washington', 'Tehran', 'Ankara', 'Baghdad', 'Kiev', 'Kyiv', 'Beijing', 'Riyadh', 'Beirut', 'Kabul', 'Tripoli', 'Sanaa', 'Khartoum', 'Jerusalem', 'Caracas', 'Minsk', 'Bamako', 'Niamey', 'Kinshasa', 'Mogadishu', 'Islamabad', 'Baku', 'Yerevan']),
  actsAfter: /^\s*(?:,\s*(?:backed|supported|aided)|(?:has|is|was|launched|leads|led|pressed|bombed|shelled|attacked|struck|continues|continued|stepped\s+up)|of\s+(?:having|being|failing|blocking|delaying))(?![\p{L}])/iu,
  blamedAfter: /^\s*of\s+(?:having|being|failing|blocking|delaying)(?![\p{L}])/iu,
  armedAction: /(?<![\p{L}])(?:offensive|strikes|airstrikes|bombing|bombardment|assault|attack|shelling|raids|fighting)(?![\p{L}])/iu,
  capitalGroup: 'government-forces',
};
