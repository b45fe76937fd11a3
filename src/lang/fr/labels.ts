import type { LabelRules } from '../../stages/labels/rules.js';
import { numbers } from './numbers.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
/** A nationality or people, as an adjective after its noun: "syriens", "russe", "irakienne", "kurdes", "turcs". */
const NAT = '(?:\\p{Ll}{2,}(?:iens|ienne|iennes|ien|ais|aise|aises|ains|aine|aines|ain|ois|oise|oises|ans|ane|anes|an|ins|ine|ines|in|sses?|ites?|des?)|britanniques?|helvétiques?|tchèques?|turcs?|turques?|grecs?|belges?|tchétchènes?)';
/** What follows a fighters' noun and keeps it on the armed side: "rebelles modérés", "combattants islamistes". */
const ARMED = `(?:armée?s?|armés|modérée?s?|islamistes|djihadistes|jihadistes|radicaux|radicales|extrémistes|étrangers|étrangères|retranchés|rebelles|insurgés|(?!gouvernementa|progouvernementa|loyalist|régulier|réguli)${NAT})`;
/** What follows a forces' noun and puts it on the state's side: "forces loyalistes", "combattants progouvernementaux". */
const LOYAL = '(?:gouvernementales|gouvernementaux|progouvernementales|progouvernementaux|pro-gouvernementales|pro-gouvernementaux|prorégime|pro-régime|pro-Assad|pro-Damas|loyalistes|régulières|réguliers|du\\s+régime|du\\s+gouvernement|fidèles\\s+(?:au\\s+(?:régime|pouvoir|gouvernement|président(?:\\s+\\p{Lu}[\\p{L}-]+){1,3})|à\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:(?:al|el)-)?\\p{Lu}[\\p{L}-]+))';
const NAME = '\\p{Lu}[\\p{L}-]+(?:\\s+(?:(?:al|el)-)?\\p{Lu}[\\p{L}-]+)?';
const NUMBER_WORDS = [...numbers.cardinals.keys()].join('|');

export const labels: LabelRules = {
  terms: [
    // "opposants à Damas", "opposants au gouvernement syrien": the complement is part of the term.
    { pattern: g(`opposants(?:\\s+${ARMED})?\\s+(?:au\\s+(?:gouvernement|régime|pouvoir)(?:\\s+\\p{Ll}+)?|à\\s+\\p{Lu}[\\p{L}-]+)|opposition\\s+(?:armée|modérée|syrienne|islamiste|radicale)(?:\\s+${ARMED})?(?:\\s+(?:au\\s+(?:gouvernement|régime|pouvoir)(?:\\s+\\p{Ll}+)?|à\\s+\\p{Lu}[\\p{L}-]+))?|opposants\\s+${ARMED}`), group: 'armed-opposition' },
    // Plain "opposants", "l'opposition", "la rébellion" are the armed side only in a sentence about the fighting.
    { pattern: g('opposants|opposition|rébellion'), group: 'armed-opposition', armed: true },
    // Named rebel armies that a plain "armée" would give to the state.
    { pattern: g('Armée\\s+syrienne\\s+libre|ASL'), group: 'armed-opposition' },
    {
      pattern: g(`(?:groupes?|factions?|milices?|brigades?|mouvements?|formations?|coalitions?|organisations?|mouvances?|forces(?!\\s+armées)|combattants|rebelles)\\s+(?:armée?s?|armés|armé|rebelles?|terroristes?|djihadistes?|jihadistes?|islamistes?|radica(?:l|ux|les?)|extrémistes?|insurgée?s?|de\\s+l['’]opposition)(?:\\s+${ARMED})?|combattants\\s+du\\s+\\p{Lu}[\\p{Lu}\\p{L}-]*|(?:rebelles|insurgés|combattants|djihadistes|jihadistes|islamistes|terroristes|extrémistes|miliciens|moudjahidines|insurrection|bandits|assaillants|ravisseurs|séparatistes|paramilitaires|guérilleros|kamikazes|hommes\\s+armés|individus\\s+armés)(?:\\s+${ARMED}){0,2}`),
      group: 'armed-opposition',
    },
    {
      pattern: g(`(?:forces|troupes|soldats|militaires|milices|miliciens|combattants|unités)\\s+${LOYAL}(?:\\s+${NAT})?|armée\\s+(?:régulière|gouvernementale|loyaliste|nationale)(?:\\s+${NAT})?|(?:régime|pouvoir|forces|troupes)\\s+(?:de\\s+Damas|de\\s+(?:Bachar\\s+)?(?:al-|el-)?Assad|d['’]Assad|Assad)|(?:régime|pouvoir)\\s+${NAT}|(?:milices|miliciens|combattants)\\s+chiites|aviation\\s+(?:${NAT}|du\\s+régime|gouvernementale)|loyalistes|forces\\s+(?!démocratiques)${NAT}`),
      group: 'government-forces',
    },
    // A state's own forces named plainly ("l'armée saldarienne", "les militaires", "soldats syriens"): the same side as above.
    { pattern: g(`forces\\s+armées(?:\\s+${NAT})?|armée(?:\\s+(?:de\\s+l['’]air|${NAT}))?|(?:soldats|militaires|troupes)(?:\\s+${NAT})?|forces\\s+de\\s+défense\\s+et\\s+de\\s+sécurité`), group: 'government-forces' },
    // The state's air force and special units: "l'aviation du régime", "les avions russes", "les forces spéciales irakiennes", "les forces irakiennes"
    { pattern: g(`(?:aviation|avions|hélicoptères|chasseurs|bombardiers)\\s+(?:du\\s+régime|de\\s+Damas|${NAT})|forces\\s+spéciales(?:\\s+${NAT})?|forces\\s+${NAT}`), group: 'government-forces' },
    // Kurdish forces and the international coalition are actors of their own
    { pattern: g(`peshmergas?(?:\\s+kurdes)?|(?:combattants|forces|milices|miliciens)\\s+kurdes|YPG|FDS`), group: 'kurdish-forces' },
    { pattern: g(`coalition\\s+(?:internationale|arabo-occidentale|anti-?(?:EI|jihadiste|djihadiste|Daech))|coalition\\s+(?:menée|conduite|emmenée)\\s+par\\s+(?:les\\s+)?(?:États|Etats)-Unis`), group: 'coalition' },
    // A plain "régime" is the state's forces only in a sentence about the fighting, not "le régime des retraites".
    { pattern: g(`régime(?!\\s+(?:des?\\s+retraites?|de\\s+(?:faveur|sécurité\\s+sociale)|fiscal|spécial|juridique|alimentaire|matrimonial|sec|minceur))`), group: 'government-forces', armed: true },
    // Jihadists' word for soldiers and officials of the state they fight.
    { pattern: g('apostats'), group: 'government-forces' },
    // The government is an armed party where the sentence is about the fighting: "quartiers tenus par le gouvernement".
    { pattern: g(`(?<=(?:tenu|contrôlé|détenu|repris|bombardé|assiégé|pilonné|attaqué|visé|encerclé)e?s?\\s+par\\s+le\\s+|offensive\\s+du\\s+|(?:les\\s+)?forces\\s+du\\s+)gouvernement(?:\\s+${NAT})?`), group: 'government-forces', armed: true },
    { pattern: g(`gouvernement\\s+(?:${NAT}|de\\s+Damas|de\\s+${NAME}|d['’]${NAME})`), group: 'government-forces', armed: true },
    { pattern: g(`policiers(?:\\s+en\\s+civil)?|police|forces\\s+de\\s+l['’]ordre|forces\\s+de\\s+sécurité|agents\\s+de\\s+(?:police|sécurité)|gendarmes|CRS`), group: 'police' },
    { pattern: g(`manifestants|grévistes|dockers|casseurs|émeutiers|délinquants|protestataires|contestataires|pillards|voyous|provocateurs|agitateurs`), group: 'protesters' },
    // People held and those who hold them; people on the move and those who move them; rescuers.
    { pattern: g(`détenus|prisonniers|évadés|mutins|fugitifs|condamnés`), group: 'detainees' },
    { pattern: g(`surveillants(?:\\s+pénitentiaires)?|gardiens(?:\\s+de\\s+prison)?|matons|agents\\s+pénitentiaires|personnel\\s+pénitentiaire`), group: 'prison-guards' },
    { pattern: g(`migrants|exilés|demandeurs\\s+d['’]asile|réfugiés|clandestins|sans-papiers|naufragés`), group: 'migrants' },
    { pattern: g(`passeurs|trafiquants(?:\\s+d['’]êtres\\s+humains)?|réseaux\\s+de\\s+passeurs`), group: 'smugglers' },
    { pattern: g(`garde-côtes|gardes-côtes|sauveteurs(?:\\s+en\\s+mer)?|secouristes|pompiers|sapeurs-pompiers|Casques\\s+blancs|défense\\s+civile`), group: 'rescuers' },
    { pattern: g(`civils|populations?\\s+civiles?|habitants`), group: 'civilians' },
    // Words for whoever the article is about: survivors of a wreck are its migrants, a crowd at a rally its protesters.
    { pattern: g(`survivants|rescapés`), group: 'civilians', joins: ['migrants', 'detainees', 'civilians'] },
    { pattern: g(`foules?`), group: '', joins: ['protesters'] },
    { pattern: g(`personnel`), group: '', joins: ['prison-guards'] },
  ],
  introducer: new RegExp(`(?:(?<![\\p{L}])(?:les|des|aux|ces|leurs|ses|de|du|la|le|par|contre|entre|avec|plusieurs|certains|certaines|nombreux|nombreuses|quelques|et|ou|sur|pour|dont|comme|nos|vos|mes|son|sa|tous|toutes|deux|trois|autres|que|en|chez|parmi|selon|${NUMBER_WORDS})\\s+|(?<![\\p{L}])[dl]['’]\\s*|\\d\\s+|[«"“]\\s*|^\\s*)$`, 'iu'),
  // Nouns that are never adjectives: followed by their qualifier, they need no determiner ("dans la matinée forces loyalistes et rebelles").
  nounFirst: /^(?:forces|troupes|soldats|groupes?|factions?|milices|miliciens|brigades|combattants|opposants|opposition|organisation|policiers|armée)\s/iu,
  reported: /(?:(?<![\p{L}])(?:qualifi|désign|présent|décri|appel|dénomm|surnomm|baptis|considér|trait|tax)\p{L}*\s+(?:[\p{L}'’-]+\s+){0,5}?(?:de|d['’]|comme|en)(?:\s+(?:des|de|les|un|une|d['’]))?\s*|(?<![\p{L}])(?:que|qu['’])\s*(?:[\p{L}'’-]+\s+){1,4}?(?:appell?\p{L}*|nomm\p{L}*|qualifi\p{L}*)\s+(?:(?:de|des|les)\s+|d['’])?|(?<![\p{L}])(?:soi-disant|prétendus|prétendues|dits|dites)\s+)[«"“]?\s*$/iu,
  reportedAfter: /^[\s,»"”]*comme\s+(?:les|la|le|l['’])\s*(?:appell?\p{L}*|qualifi\p{L}*|désign\p{L}*|nomm\p{L}*)(?![\p{L}])/iu,
  conflict: /(?<![\p{L}])(?:offensives?|frappes?|bombard\p{L}*|assauts?|attaques?|pilonn\p{L}*|raids?|combats|obus|tirs?|tiré\p{L}*|roquettes|rebelles|insurgés|djihadistes|jihadistes|terroristes|groupes\s+armés|opposition\s+armée|guerre|siège|assiég\p{L}*|armes|trêve|cessez-le-feu|tu(?:é|ée|és|ées|er|ent)|morts|blessés|soldats|militaires|milices|exécut\p{L}*|répression|réprim\p{L}*|arrêtés|barrages)(?![\p{L}])/iu,
  capitals: new Set(['Damas', 'Moscou', 'Washington', 'Téhéran', 'Ankara', 'Bagdad', 'Kiev', 'Kyiv', 'Pékin', 'Riyad', 'Beyrouth', 'Kaboul', 'Tripoli', 'Sanaa', 'Khartoum', 'Jérusalem', 'Caracas', 'Minsk', 'Bamako', 'Niamey', 'Ouagadougou', 'Naypyidaw', 'Addis-Abeba', 'Kinshasa', 'Mogadiscio', 'Islamabad', 'Bakou', 'Erevan']),
  actsAfter: /^\s*(?:,\s*(?:soutenue?|appuyée?|aidée?|épaulée?)|(?:a|mène|lance|poursuit|bombarde|pilonne|attaque|frappe|avait|continue|intensifie|accuse|a\s+lancé)(?![\p{L}])|d['’](?:avoir|être)(?![\p{L}]))/iu,
  blamedAfter: /^\s*d['’](?:avoir|être)(?![\p{L}])/iu,
  armedAction: /(?<![\p{L}])(?:offensive|frappes|bombarde|bombardements|assaut|attaque|pilonn\p{L}*|raids|combats)(?![\p{L}])/iu,
  capitalGroup: 'government-forces',
};
