import type { ClaimRules } from '../../stages/claims/rules.js';
import { numbers } from './numbers.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const start = (s: string): RegExp => new RegExp(`^\\s*(?:${s})${E}`, 'iu');
const end = (s: string): RegExp => new RegExp(`${B}(?:${s})\\s*$`, 'iu');
const any = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'iu');
const DE = "(?:de|d['’]|des|du)";

export const claims: ClaimRules = {
  numbers,
  beforeNoun: /^(?:\s*(?:(?:autres|nouveaux|nouvelles|premiers|premières|derniers|dernières|de)(?![\p{L}])|d['’]))+/iu,
  countedNouns: [
    { pattern: start('morts|tués|tuées|victimes|décès|cadavres|corps'), category: 'killed' },
    { pattern: start('blessés|blessées|blessures'), category: 'injured' },
    { pattern: start('évacués|évacuées|évacuations'), category: 'evacuated' },
    { pattern: start('redditions'), category: 'surrendered' },
    { pattern: start('arrestations|interpellations|interpellés|arrêtés|gardes\\s+à\\s+vue'), category: 'arrested' },
    { pattern: start('déplacés|déplacées|réfugiés|réfugiées|sans-abri|sans\\s+abri|sinistrés|sinistrées|exilés'), category: 'displaced' },
    // Figures of the other kinds news counts: the missing, hostages, survivors, escapees.
    { pattern: start('disparus|disparues|otages|rescapés|rescapées|survivants|évadés|fugitifs'), category: 'other' },
    {
      pattern: start('frappes(?:\\s+aériennes)?|raids(?:\\s+aériens)?|bombardements|attaques|attentats|roquettes|obus|missiles|tirs(?:\\s+de\\s+roquettes)?|assauts|explosions|drones|frappe|raid|attaque|attentat|roquette|missile'),
      category: 'attacks',
    },
    {
      pattern: start("(?:couloirs|corridors|passages|points\\s+de\\s+passage|voies)\\s+humanitaires|couloirs|corridors|points\\s+de\\s+sortie|points\\s+de\\s+passage"),
      category: 'corridors',
    },
  ],
  casualtyNouns: start('morts|tués|tuées|victimes|décès|cadavres|corps|blessés|blessées|blessures|évacués|évacuées|arrestations|interpellations|interpellés|arrêtés|déplacés|déplacées|redditions'),
  peopleNouns: new RegExp(`${B}(?:civils|enfants|femmes|hommes|personnes|habitants|soldats|militaires|combattants|rebelles|policiers|manifestants|élèves|adultes|journalistes|médecins|secouristes|réfugiés|migrants|otages|détenus|prisonniers|djihadistes|jihadistes|insurgés|miliciens|passagers|victimes|familles|sinistrés|marins|pêcheurs|ouvriers|salariés|grévistes|dockers|pompiers|gendarmes|sauveteurs|touristes|fidèles)${E}`, 'giu'),
  governingNouns: [
    { pattern: end(`(?:départ|sortie|évacuation|exfiltration|transfert|exode|hélitreuillage|rapatriement|relogement|mise\\s+à\\s+l['’]abri)\\s+${DE}`), category: 'evacuated' },
    { pattern: end(`(?:disparition|sauvetage|mobilisation|déploiement|enlèvement|évasion|libération|envoi)\\s+${DE}|(?:participation|affluence)\\s+(?:à|de)|(?:chiffré|estimé|évalué)\\s+(?:la\\s+)?(?:participation|foule|mobilisation|affluence)(?:\\s+\\p{L}+){0,2}?\\s+à`), category: 'other' },
    { pattern: end(`reddition\\s+${DE}`), category: 'surrendered' },
    { pattern: end(`(?:mort|décès|massacre|exécution|meurtre)\\s+${DE}|(?:le\\s+bilan|bilan)(?:\\s+\\p{L}+){0,2}?\\s+(?:s['’]élève|s['’]établit|est\\s+passé|atteint|est\\s+de)\\s+(?:à|de)?|(?:établi|fixé|évalué|porté)\\s+le\\s+bilan(?:\\s+\\p{L}+){0,2}?\\s+à`), category: 'killed' },
    { pattern: end(`(?:arrestation|interpellation|détention|capture)\\s+${DE}`), category: 'arrested' },
    { pattern: end(`(?:déplacement|fuite|déplacement\\s+forcé)\\s+${DE}`), category: 'displaced' },
  ],
  objectVerbs: [
    { pattern: end("(?:tuant|tué|tue|tuent)\\s+(?:une?|toute\\s+une)\\s+(?:famille|groupe)\\s+(?:de|d['’])"), category: 'killed' },
    { pattern: end('tuant|tué|tue|tuent|tuaient|abattu|exécuté|massacré|coûté\\s+la\\s+vie\\s+à|provoqué\\s+la\\s+mort\\s+de|causé\\s+la\\s+mort\\s+de'), category: 'killed' },
    { pattern: end('blessant|blessé|blesse'), category: 'injured' },
    { pattern: end('évacué|évacuant|évacue|exfiltré|hélitreuillé|mis\\s+à\\s+l[\'’]abri|relogé|rapatrié'), category: 'evacuated' },
    { pattern: end('arrêté|arrêtant|interpellé|interpellant|appréhendé|capturé|placé\\s+en\\s+garde\\s+à\\s+vue|écroué|incarcéré'), category: 'arrested' },
    { pattern: end('déplacé|chassé|jeté\\s+sur\\s+les\\s+routes'), category: 'displaced' },
    // (not "effectué", "mené": "a effectué 20 797 vols" counts flights)
    { pattern: end('tiré|lancé|largué'), category: 'attacks' },
    { pattern: end('secouru|sauvé|repêché|mobilisé|déployé|dépêché|engagé|pris\\s+en\\s+otage|enlevé|kidnappé|libéré|relâché'), category: 'other' },
  ],
  longGoverning: [
    { pattern: end(`bilan[^.;:!?«»]{0,100}?(?:s['’]élève|s['’]établit|s['’]est\\s+(?:encore\\s+)?alourdi|est\\s+passé|atteint|est\\s+désormais|est\\s+de|a\\s+grimpé)\\s+(?:à|de)?`), category: 'killed' },
  ],
  numberOf: /(?:estim\p{L}*|évalu\p{L}*|chiffr\p{L}*|fix\p{L}*|port\p{L}*)\s+(?:le\s+nombre|le\s+total)\s+(?:de|d['’]|des)\s+(?<what>[^.;:!?]{1,80}?)\s+à\s*$/iu,
  approximateAfter: /^\s*(?:environ|à\s+peu\s+près)(?![\p{L}])/iu,
  bareNumberEnd: /^\s*(?:[.;:!?),»"]|$|(?:à|au|aux|en|dans|selon|pour|contre|sur|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s+veille|hier)(?![\p{L}]))/iu,
  sinceClause: /(?<![\p{L}])(?:depuis|depuis\s+que|depuis\s+le\s+(?:début|lancement))(?![\p{L}])/iu,
  samePeriod: /(?<![\p{L}])(?:(?:sur|pendant|durant|au\s+cours\s+de)\s+la\s+même\s+période|de\s+(?:leur|son)\s+côté|pour\s+(?:leur|sa)\s+part|dans\s+le\s+même\s+temps)(?![\p{L}])/iu,
  relativeClause: /(?<![\p{L}])(?:dont|où|lequel|laquelle|lesquels|lesquelles)(?![\p{L}])[^,;.]*/giu,
  nowCue: /(?<![\p{L}])(?:sont\s+(?:actuellement\s+)?(?:engagée?s|mobilisée?s|déployée?s|hébergée?s|assiégée?s|bloquée?s|piégée?s)|attendent|restent|demeurent|toujours|désormais|actuellement|à\s+ce\s+jour|à\s+l['’]heure\s+actuelle|jusqu['’]ici|pour\s+l['’]instant|à\s+présent)(?![\p{L}])/iu,
  tally: /(?<![\p{L}])(?:recense|recensent|a\s+recensé|ont\s+recensé|dénombre|dénombrent|a\s+dénombré|compte|comptent|a\s+compté|en\s+a\s+compté|en\s+compte|fait\s+état\s+(?:de|d['’]|des)|font\s+état\s+(?:de|d['’]|des)|a\s+fait\s+état\s+(?:de|d['’]|des)|avance(?:nt)?(?:\s+[\p{L}'’]+){0,4}?\s+(?:le\s+)?chiffre\s+(?:de|d['’])|chiffre(?:nt)?\s+à|évalue(?:nt)?(?:\s+[\p{L}'’]+){0,3}?\s+à|estime(?:nt)?(?:\s+[\p{L}'’]+){0,3}?\s+à|a\s+estimé(?:\s+[\p{L}'’]+){0,3}?\s+à)\s*(?:[«"]\s*)?$/iu,
  tallyAfter: /^\s*(?:\p{L}+\s+)?(?:recensée?s|comptabilisée?s|dénombrée?s|comptée?s|enregistrée?s|répertoriée?s|identifiée?s)\s+(?:\p{L}+\s+)?par\s+(?:les?\s+|la\s+|l['’]|des\s+)?$/iu,
  tallyGap: /^\s*(?:a|ont|avait|avaient)?\s*(?:(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)|également|aussi|toutefois|pourtant|\p{L}+ment)\s*,?\s*)?$/iu,
  pronoun: /^(?:il|elle|ils|elles|on|celui-ci|celle-ci|ce\s+dernier|cette\s+dernière|ces\s+derniers|lequel|laquelle|qui|que|dont)$/iu,
  statementBefore: /(?<![\p{L}])(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:annoncé|indiqué|déclaré|affirmé|assuré|précisé|ajouté|confirmé|dit|expliqué|rapporté|communiqué|publié)|annonce|indique|déclare|affirme|précise)\s+(?:à\s+\p{L}+\s+)?$/iu,
  figureNoun: /(?<![\p{L}])(?:chiffres?|bilans?|nombre|estimations?|décomptes?)(?![\p{L}])/iu,
  documentSource: /^(?:(?:un|le|son|leur|ce)\s+)?(?:(?:dernier|nouveau|premier|précédent|récent)\s+)?(?:bilan|chiffre|décompte|rapport|communiqué|relevé|point)\b/iu,
  predicates: [
    { pattern: any('(?:figurent|figuraient|sont|étaient|comptent|comptaient)\\s+parmi\\s+les\\s+(?:victimes|morts|tués)|noyée?s|se\\s+sont\\s+noyés|retrouvée?s\\s+morte?s|retrouvée?s\\s+sans\\s+vie|tués|tuées|tué|tuée|abattus|abattues|exécutés|exécutées|éliminés|neutralisés|péri|perdu\\s+la\\s+vie|trouvé\\s+la\\s+mort|sont\\s+morts|sont\\s+mortes|seraient\\s+morts|étaient\\s+morts|décédés|décédées|succombé|massacrés'), category: 'killed' },
    { pattern: any('blessés|blessées|blessé|blessée|hospitalisée?s'), category: 'injured' },
    { pattern: any("(?:(?:ont|avaient|auraient)\\s+(?:déjà\\s+)?)?(?:fui|quitté|sont\\s+sortie?s|franchi|emprunté)[^.;«»]{0,60}?(?:par|via)\\s+(?:les|ces|des|deux|trois|l['’]un\\s+des)\\s+(?:\\p{L}+\\s+)?(?:couloirs|passages|points\\s+de\\s+passage|corridors)|(?:ont|avaient|auraient)\\s+(?:déjà\\s+)?(?:emprunté|franchi)\\s+(?:les|ces|des)\\s+(?:\\p{L}+\\s+)?(?:couloirs|passages|points\\s+de\\s+passage|corridors)"), category: 'evacuated' },
    { pattern: any('évacués|évacuées|évacué|(?:ont|avaient|auraient|ont\\s+pu|avaient\\s+pu)\\s+quitt(?:é|er)|sont\\s+sortis|sont\\s+sorties|ont\\s+été\\s+exfiltrés|hélitreuillée?s|héliportée?s|mise?s\\s+à\\s+l[\'’]abri|relogée?s|rapatriée?s|exfiltrée?s|transférée?s'), category: 'evacuated' },
    { pattern: any('se\\s+sont\\s+rendus|se\\s+seraient\\s+rendus|ont\\s+déposé\\s+les\\s+armes|se\\s+sont\\s+livrés'), category: 'surrendered' },
    { pattern: any('arrêtés|arrêtées|arrêté|interpellés|interpellées|interpellé|appréhendés|capturés|placés\\s+en\\s+garde\\s+à\\s+vue|mis\\s+en\\s+examen|écroués|incarcérés|placés\\s+en\\s+détention|emprisonnés|(?:sont|étaient|ont\\s+été)\\s+détenus|retenus(?!\\s+en\\s+otage)'), category: 'arrested' },
    { pattern: any('déplacés|déplacées|(?:ont|auraient|avaient)\\s+(?:déjà\\s+|dû\\s+)?fui|ont\\s+dû\\s+fuir|chassés\\s+de\\s+chez\\s+eux|jetés\\s+sur\\s+les\\s+routes|(?:ont|avaient)\\s+dû\\s+quitter|(?:quitter|quitté|perdu)\\s+leurs?\\s+(?:logements?|maisons?|domiciles?|foyers?)|hébergée?s|sans\\s+abri|se\\s+sont\\s+réfugiée?s|ont\\s+trouvé\\s+refuge'), category: 'displaced' },
    {
      pattern: any('(?:toujours\\s+|encore\\s+)?(?:assiégée?s|piégée?s|prise?s\\s+au\\s+piège|coincée?s)|(?:portée?s?|porté)\\s+disparue?s?|disparue?s?|secourue?s|sauvée?s|repêchée?s|évadée?s|se\\s+sont\\s+évadés|(?:sont|ont\\s+été|étaient)\\s+(?:engagée?s|mobilisée?s|déployée?s|dépêchée?s)|mobilisée?s|déployée?s|ont\\s+défilé|ont\\s+manifesté|ont\\s+marché|se\\s+sont\\s+rassemblée?s|(?:pris|retenue?s)\\s+en\\s+otages?|enlevée?s|kidnappée?s|libérée?s'),
      category: 'other',
    },
  ],
  qualifiers: [
    { pattern: end("au\\s+moins|au\\s+minimum|pas\\s+moins\\s+(?:de|d['’])|(?<!pas\\s)plus\\s+(?:de|d['’])|un\\s+peu\\s+plus\\s+(?:de|d['’])|davantage\\s+(?:de|d['’])|bien\\s+plus\\s+(?:de|d['’])"), effect: 'min' },
    { pattern: end("jusqu['’]à|moins\\s+(?:de|d['’])|au\\s+plus|au\\s+maximum|pas\\s+plus\\s+(?:de|d['’])"), effect: 'max' },
    { pattern: end("près\\s+(?:de|d['’])|plus\\s+près\\s+(?:de|d['’])|environ|quelque|autour\\s+(?:de|d['’])|approximativement|presque|quasiment|à\\s+peu\\s+près|une\\s+estimation\\s+de|estimés?\\s+à"), effect: 'approximate' },
  ],
  partsCue: /^\s*,?\s*(?:dont|parmi\s+lesquels|parmi\s+lesquelles|parmi\s+eux|parmi\s+elles|y\s+compris)(?![\p{L}])/iu,
  coordinator: /^\s*(?:et|ainsi\s+que)(?![\p{L}])/iu,
  notCounts: start("%|pour\\s+cent|pourcent|km|kilomètres?|mètres?|m|kg|kilos?|tonnes?|litres?|heures?|h|minutes?|secondes?|jours?|semaines?|mois|ans|années?|siècles?|euros?|dollars?|€|\\$|livres|francs|roubles|hectares?|degrés|°|fois|ème|e|er|ère|bis|millimètres?|centimètres?|milles|habitants\\s+au"),
  continuation: /^\s*(?:ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|aussi|de\s+même|selon\s+la\s+même\s+source|la\s+même\s+source)(?![\p{L}])/iu,
  determiner: /^(?:l['’]\s*|le\s+|la\s+|les\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*)/iu,
  placePreposition: end("à|au|aux|en|dans|près\\s+(?:de|d['’])|autour\\s+(?:de|d['’])|aux\\s+abords\\s+(?:de|d['’])|sur|vers|de|d['’]|du|depuis|entre|contre|non\\s+loin\\s+(?:de|d['’])|à\\s+l['’]est\\s+(?:de|d['’])|à\\s+l['’]ouest\\s+(?:de|d['’])|au\\s+nord\\s+(?:de|d['’])|au\\s+sud\\s+(?:de|d['’])"),
};
