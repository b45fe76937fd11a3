import type { LabelRules } from '../../stages/labels/rules.js';
import { numbers } from './numbers.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
const NUMBER_WORDS = [...numbers.cardinals.keys()].join('|');
const ARMED = '(?:armed|moderate|Islamist|jihadist|radical|foreign|Syrian|opposition|rebel)';

export const labels: LabelRules = {
  terms: [
    {
      pattern: g(`(?:${ARMED}\\s+){0,2}(?:rebels|insurgents|militants|fighters|jihadists|Islamists|terrorists|extremists|militias|militiamen|mujahideen|armed\\s+groups|rebel\\s+groups|opponents\\s+of\\s+the\\s+(?:government|regime)|government\\s+opponents|armed\\s+opposition|terrorist\\s+(?:group|organi[sz]ation)|bandits|rebel|gunmen|armed\\s+men|attackers|assailants|kidnappers|separatists|guerrillas|paramilitaries|suicide\\s+bombers)`),
      group: 'armed-opposition',
    },
    {
      pattern: g(`(?:pro-government|government|regime|pro-regime|loyalist|Syrian\\s+government|Syrian\\s+regime)\\s+(?:forces|troops|soldiers|militias|army)|(?:the\\s+)?regular\\s+army|(?:the\\s+)?regime|loyalists`),
      group: 'government-forces',
    },
    // A state's own forces named plainly ("the Saldarian army", "troops"): the same side as above.
    { pattern: g(`(?:\\p{Lu}\\p{Ll}+(?:ian|ese|ish|i|an)\\s+)?(?:army|military|armed\\s+forces|troops|soldiers|servicemen)`), group: 'government-forces' },
    { pattern: g(`police(?:\\s+officers)?|policemen|officers|riot\\s+police|gendarmes`), group: 'police' },
    { pattern: g(`protesters|protestors|demonstrators|strikers|dockworkers|rioters|criminals|looters|thugs|troublemakers`), group: 'protesters' },
    // People held and those who hold them; people on the move and those who move them; rescuers.
    { pattern: g(`inmates|prisoners|detainees|convicts|escapees|fugitives|mutineers`), group: 'detainees' },
    { pattern: g(`prison\\s+guards|guards|wardens|prison\\s+staff`), group: 'prison-guards' },
    { pattern: g(`migrants|asylum\\s+seekers|refugees|illegal\\s+immigrants|undocumented\\s+migrants|boat\\s+people|exiles`), group: 'migrants' },
    { pattern: g(`(?:people\\s+|human\\s+)?(?:smugglers|traffickers)|smuggling\\s+gangs|criminal\\s+gangs`), group: 'smugglers' },
    { pattern: g(`coast\\s*guards?|coastguards|rescuers|rescue\\s+workers|lifeboat\\s+crews?|firefighters`), group: 'rescuers' },
  ],
  // English puts adjectives before the noun, so any word (or none) may stand before a term.
  introducer: /(?:\S\s+|["“'‘]\s*|^\s*)$/u,
  reported: /(?<![\p{L}])(?:called|described\s+as|labell?ed(?:\s+as)?|branded(?:\s+as)?|dubbed|termed|referred\s+to\s+as|so-called|what\s+(?:[\p{L}'’-]+\s+){1,4}?call(?:s|ed)?)\s*["“'‘]?\s*$/iu,
  capitals: new Set(['Damascus', 'Moscow', 'Washington', 'Tehran', 'Ankara', 'Baghdad', 'Kiev', 'Kyiv', 'Beijing', 'Riyadh', 'Beirut', 'Kabul', 'Tripoli', 'Sanaa', 'Khartoum', 'Jerusalem', 'Caracas', 'Minsk', 'Bamako', 'Niamey', 'Kinshasa', 'Mogadishu', 'Islamabad', 'Baku', 'Yerevan']),
  actsAfter: /^\s*(?:,\s*(?:backed|supported|aided)|(?:has|is|was|launched|leads|led|pressed|bombed|shelled|attacked|struck|continues|continued|stepped\s+up))(?![\p{L}])/iu,
  armedAction: /(?<![\p{L}])(?:offensive|strikes|airstrikes|bombing|bombardment|assault|attack|shelling|raids|fighting)(?![\p{L}])/iu,
  capitalGroup: 'government-forces',
};
