import type { LabelRules } from '../../stages/labels/rules.js';
import { numbers } from './numbers.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
const ARMED = 'armée?s?|syriens|syriennes|modérés|islamistes|djihadistes|jihadistes|radicaux|étrangers|retranchés|rebelles';
const NUMBER_WORDS = [...numbers.cardinals.keys()].join('|');

export const labels: LabelRules = {
  terms: [
    // "opposants à Damas", "opposants au gouvernement syrien": the complement is part of the term.
    { pattern: g(`(?:opposants|opposition\\s+armée)(?:\\s+(?:${ARMED}))?(?:\\s+(?:au\\s+(?:gouvernement|régime|pouvoir)(?:\\s+\\p{Ll}+)?|à\\s+\\p{Lu}[\\p{L}-]+))?`), group: 'armed-opposition' },
    {
      pattern: g(`(?:groupes|factions|milices|brigades)\\s+(?:armés|armées|rebelles|terroristes|djihadistes|jihadistes|islamistes|radicaux)|(?:organisation|groupe)\\s+terroriste|combattants\\s+du\\s+\\p{Lu}[\\p{Lu}\\p{L}-]*|(?:rebelles|insurgés|combattants|djihadistes|jihadistes|islamistes|terroristes|extrémistes|miliciens|moudjahidines|insurrection|bandits|assaillants|ravisseurs|séparatistes|paramilitaires|guérilleros|kamikazes|hommes\\s+armés|individus\\s+armés)(?:\\s+(?:${ARMED})){0,2}`),
      group: 'armed-opposition',
    },
    {
      pattern: g(`(?:forces|troupes|soldats|militaires|milices)\\s+(?:gouvernementales|progouvernementales|pro-gouvernementales|prorégime|pro-régime|loyalistes|du\\s+régime|régulières)(?:\\s+\\p{Ll}+(?:iennes?|aises?|aines?|oises?|iques?|sses?|ites?|anes?|ales?|des?|ques?))?|armée\\s+(?:régulière|gouvernementale)(?:\\s+(?:syrienne|\\p{Ll}+iennes?|\\p{Ll}+aise|\\p{Ll}+aine))?|régime(?:\\s+(?:syrien|de\\s+Damas|de\\s+Bachar\\s+al-Assad|d['’]Assad))?|loyalistes`),
      group: 'government-forces',
    },
    // A state's own forces named plainly ("l'armée saldarienne", "les militaires"): the same side as above.
    { pattern: g(`forces\\s+armées(?:\\s+\\p{Ll}+(?:ienne|aise|aine|ane|ine|ique|e)s?)?|armée(?:\\s+\\p{Ll}+(?:ienne|aise|aine|ane|ine|ique|ise|e))?|soldats|militaires|troupes`), group: 'government-forces' },
    { pattern: g(`policiers(?:\\s+en\\s+civil)?|police|forces\\s+de\\s+l['’]ordre|gendarmes|CRS`), group: 'police' },
    { pattern: g(`manifestants|grévistes|dockers|casseurs|émeutiers|délinquants|protestataires|pillards|voyous`), group: 'protesters' },
    // People held and those who hold them; people on the move and those who move them; rescuers.
    { pattern: g(`détenus|prisonniers|évadés|mutins|fugitifs|condamnés`), group: 'detainees' },
    { pattern: g(`surveillants(?:\\s+pénitentiaires)?|gardiens(?:\\s+de\\s+prison)?|matons`), group: 'prison-guards' },
    { pattern: g(`migrants|exilés|demandeurs\\s+d['’]asile|réfugiés|clandestins|sans-papiers`), group: 'migrants' },
    { pattern: g(`passeurs|trafiquants(?:\\s+d['’]êtres\\s+humains)?|réseaux\\s+de\\s+passeurs`), group: 'smugglers' },
    { pattern: g(`garde-côtes|gardes-côtes|sauveteurs|secouristes|pompiers|sapeurs-pompiers`), group: 'rescuers' },
  ],
  introducer: new RegExp(`(?:(?<![\\p{L}])(?:les|des|aux|ces|leurs|ses|de|du|la|le|par|contre|entre|avec|plusieurs|certains|certaines|nombreux|nombreuses|quelques|et|ou|sur|pour|dont|comme|nos|vos|mes|son|sa|tous|toutes|deux|trois|autres|que|en|chez|parmi|selon|${NUMBER_WORDS})\\s+|(?<![\\p{L}])[dl]['’]\\s*|\\d\\s+|[«"“]\\s*|^\\s*)$`, 'iu'),
  reported: /(?:(?<![\p{L}])(?:qualifiée?s?|désignée?s?|présentée?s?|décrite?s?|appelée?s?|dénommée?s?|surnommée?s?|baptisée?s?|considérée?s?|traitée?s?)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:de|d['’]|comme|en)(?:\s+(?:des|de|les|un|une|d['’]))?\s*|(?<![\p{L}])(?:soi-disant|prétendus|prétendues|dits|dites)\s+)[«"“]?\s*$/iu,
  capitals: new Set(['Damas', 'Moscou', 'Washington', 'Téhéran', 'Ankara', 'Bagdad', 'Kiev', 'Kyiv', 'Pékin', 'Riyad', 'Beyrouth', 'Kaboul', 'Tripoli', 'Sanaa', 'Khartoum', 'Jérusalem', 'Caracas', 'Minsk', 'Bamako', 'Niamey', 'Ouagadougou', 'Naypyidaw', 'Addis-Abeba', 'Kinshasa', 'Mogadiscio', 'Islamabad', 'Bakou', 'Erevan']),
  actsAfter: /^\s*(?:,\s*(?:soutenue?|appuyée?|aidée?|épaulée?)|(?:a|mène|lance|poursuit|bombarde|pilonne|attaque|frappe|avait|continue|intensifie|accuse|a\s+lancé))(?![\p{L}])/iu,
  armedAction: /(?<![\p{L}])(?:offensive|frappes|bombarde|bombardements|assaut|attaque|pilonn\p{L}*|raids|combats)(?![\p{L}])/iu,
  capitalGroup: 'government-forces',
};
