import type { EventRules } from '../../stages/events/rules.js';
import { claims } from './claims.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const g = (s: string): RegExp => new RegExp(`${B}(?:${s})${E}`, 'giu');
const AUX = '(?:a|ont|avait|avaient|aurait|auraient|avoir)';
// A passive or past participle after its auxiliary ("ont été libérés", "avaient été enlevés").
const PASSIVE = '(?:a|ont|avait|avaient|aurait|auraient|avoir)\\s+été';
// Feminine and plural endings of a participle.
const P = '(?:e|s|es)?';
const GAP = '(?:[\\p{L}\'’-]+\\s+){0,3}?';

export const events: EventRules = {
  triggers: [
    { pattern: g(`${AUX}\\s+suspendu\\s+(?:les\\s+|leurs\\s+)?(?:frappes|bombardements|combats|opérations|hostilités)|${AUX}\\s+(?:décrété|proclamé|conclu|signé|instauré)\\s+(?:une\\s+)?(?:trêve|cessez-le-feu)|(?:trêve|cessez-le-feu)\\s+(?:est\\s+)?entrée?\\s+en\\s+vigueur`), type: 'truce', strength: 3 },
    // Une trêve rompue est un fait d'armes : « le cessez-le-feu a été rompu lundi soir ».
    { pattern: g(`(?<=(?:trêve|cessez-le-feu)\\s+${GAP})${PASSIVE}\\s+(?:rompu|violé)${P}|${AUX}\\s+(?:rompu|violé)\\s+(?:la\\s+trêve|le\\s+cessez-le-feu)|(?:combats|affrontements|hostilités|violences)\\s+(?:ont|avaient|a)\\s+repris|reprise\\s+des\\s+(?:combats|hostilités)`), type: 'attack', strength: 3 },
    { pattern: g(`(?:trêve|cessez-le-feu)\\s+(?:conclu|signé|décrété|proclamé|instauré|négocié|obtenu)${P}`), type: 'truce', strength: 2 },
    { pattern: g(`(?:mise\\s+en\\s+place|ouverture|création|instauration)(?:\\s*,?\\s+[\\p{L}'’-]+){0,6}?\\s*,?\\s+(?:couloirs?|corridors?|passages?)\\s+humanitaires?|(?:couloirs?|corridors?|passages?)\\s+humanitaires?\\s+${GAP}(?:\\p{L}+\\s+){0,3}?(?:restaient|restent|resteront|sont|seront|étaient)\\s+ouverts|${AUX}\\s+ouvert\\s+${GAP}(?:couloirs?|corridors?|passages?)`), type: 'corridor', strength: 2 },
    { pattern: g(`(?:prête?s?|disposée?s?)\\s+à\\s+(?:assurer|offrir|garantir|accorder|discuter|négocier|ouvrir|permettre)|${AUX}\\s+(?:proposé|offert)|propose|proposent|se\\s+(?:dit|disent)\\s+prête?s?`), type: 'offer', strength: 2 },
    { pattern: g(`${AUX}\\s+(?:refusé|rejeté|décidé|ordonné|approuvé|autorisé|interdit|annulé|tranché|levé|décrété|instauré|imposé|débloqué|adopté|voté|promulgué|suspendu)|refuse|rejette|décide|ordonne|${AUX}\\s+annoncé\\s+(?:le\\s+|la\\s+|l['’])?(?:déblocage|création|fermeture|levée|suspension|reconnaissance|instauration|interdiction|annulation|report)|présentée?\\s+(?:\\p{L}+\\s+){0,2}en\\s+Conseil\\s+des\\s+ministres`), type: 'decision', strength: 2 },
    // « Les aviations russe et syrienne ont cessé ce 18 octobre leurs frappes », « ont interrompu toute frappe »
    { pattern: g(`${AUX}\\s+(?:cessé|arrêté|interrompu|stoppé)\\s+${GAP}(?:les\\s+|leurs\\s+|toute\\s+|tous\\s+les\\s+)?(?:frappes?|bombardements?|raids?|tirs|combats|opérations|hostilités)`), type: 'truce', strength: 3 },
    // Prolonger une trêve, bloquer un texte, ordonner une enquête.
    { pattern: g(`${AUX}\\s+(?:prolongé|étendu|bloqué|renoncé\\s+à)|prolonge|prolongent|(?:annoncé|décidé)\\s+(?:de\\s+)?prolonger|(?:pause|trêve|cessez-le-feu)\\s+(?:\\p{L}+\\s+){0,3}?(?:prolongée?|étendue?)|(?<=(?:pause|trêve|cessez-le-feu)[^.;]{0,80}?)${PASSIVE}\\s+(?:prolongée?|étendue?)|${AUX}\\s+voté\\s+(?:pour\\s+)?(?:une\\s+|la\\s+)?(?:résolution|enquête|texte)`), type: 'decision', strength: 2 },
    // « les frappes, suspendues depuis le 18 octobre »
    { pattern: g(`(?:frappes|bombardements|raids|combats|opérations|hostilités)(?:\\s+[\\p{L}'’-]+){0,4}?,?\\s+suspendue?s?`), type: 'truce', strength: 2 },
    // Accords, suspensions, décisions de justice.
    { pattern: g(`${AUX}\\s+(?:gelé|reporté|condamné|acquitté|statué|invalidé|dissous|expulsé|sanctionné|gracié|prononcé|convenu)|(?:se\\s+sont|s['’]est)\\s+(?:accordée?s?|entendue?s?|mise?s?\\s+d['’]accord)|(?:sont|est)\\s+convenue?s?|suspend|suspendent|annule|annulent|interdit|interdisent|impose|imposent|autorise|autorisent`), type: 'decision', strength: 2 },
    { pattern: g(`${AUX}\\s+demandé|${AUX}\\s+réclamé|${AUX}\\s+appelé\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:à|au|aux)|${AUX}\\s+(?:exhorté|pressé|imploré|sommé|adjuré)|(?:lancé|lance|lancent|lancer)\\s+(?:\\p{L}+\\s+){0,3}?appel|appellent\\s+(?:à|au|aux)|demandent|réclament|exigent|${AUX}\\s+exigé|demande\\s+(?:de\\s+la|de\\s+l['’]|du|des|de|d['’]|à|aux)|réclame|exige|souhait(?:e|ent|ait|aient)\\s+(?:la\\s+)?(?:reprendre|reprise|obtenir|que)|${AUX}\\s+sollicité`), type: 'request', strength: 2 },
    { pattern: g(`(?:lancé|lancer|lance|lancent|mène|mènent|menait|menaient|mené|déclenché|tenté|tentent|tente)\\s+(?:une\\s+|un\\s+|l['’]|leur\\s+)?${GAP}(?:offensive|contre-offensive|percée|assaut)`), type: 'offensive', strength: 2 },
    { pattern: g(`${AUX}\\s+(?:ciblé|frappé|bombardé|pilonné|attaqué|visé|mitraillé)|ont\\s+ouvert\\s+le\\s+feu|a\\s+ouvert\\s+le\\s+feu|(?:se\\s+sont|s['’]est)\\s+abattus?|${PASSIVE}\\s+(?:enlevé|kidnappé|pris\\s+en\\s+otage|attaqué|ciblé|bombardé|mitraillé|visé)${P}|${AUX}\\s+(?:enlevé|kidnappé|incendié|tiré\\s+sur|pris\\s+en\\s+otage)`), type: 'attack', strength: 2 },
    { pattern: g(`${AUX}\\s+(?:repris|pris|conquis|capturé)\\s+${GAP}(?:le\\s+contrôle|la\\s+ville|le\\s+village|le\\s+quartier|\\p{Lu})|${AUX}\\s+assiégé|(?:reprise|prise|conquête)\\s+(?:de|du)\\s+(?:contrôle|\\p{Lu})`), type: 'offensive', strength: 2 },
    { pattern: g(`${AUX}\\s+(?:évacué|secouru|rapatrié|exfiltré)|${PASSIVE}\\s+(?:évacuée?s?|hélitreuillée?s?|héliportée?s?|mise?s\\s+à\\s+l['’]abri|secourue?s?|remontée?s?|extraite?s?|dégagée?s?|rapatriée?s?|exfiltrée?s?)|(?:départ|sortie)\\s+des\\s+(?:premiers\\s+)?(?:civils|habitants|familles)|quitt(?:ent|aient|é)\\s+(?:la\\s+ville|le\\s+quartier|la\\s+zone|\\p{Lu}\\p{L}+)`), type: 'evacuation', strength: 2 },
    { pattern: g(`${AUX}\\s+encerclé|encercle|encerclent|encerclée|encerclement|(?:début|lancement)\\s+de\\s+l['’]\\s*«?\\s*opération`), type: 'offensive', strength: 2 },
    // A corridor opened in the passive ("un troisième passage ayant été aménagé mardi soir") is what its sentence tells.
    { pattern: g(`(?:couloirs?|corridors?|passages?)\\s+${GAP}(?:ayant\\s+été|a\\s+été|ont\\s+été|avait\\s+été|avaient\\s+été)\\s+(?:ouverts?|aménagés?|mis\\s+en\\s+place|créés?)`), type: 'corridor', strength: 3 },
    { pattern: g(`(?:réunion|rencontre|sommet|pourparlers|négociations)\\s+(?:se\\s+tiendr\\p{L}+|doi(?:t|vent)\\s+se\\s+tenir|aur\\p{L}+\\s+lieu)|(?:doit|doivent|va|vont|devrait|devraient)\\s+(?:recevoir|rencontrer|s['’]entretenir\\s+avec)|recevra|recevront|rencontrera|rencontreront`), type: 'meeting', strength: 2 },
    { pattern: g(`${AUX}\\s+rencontré|se\\s+sont\\s+(?:rencontrés|réunis|retrouvés|entretenus)|s['’]est\\s+(?:réunie?|entretenue?)|se\\s+(?:rencontreront|réuniront)|(?:réunion|rencontre|sommet)\\s+(?:\\p{L}+\\s+){0,6}?(?:est|sont)\\s+prévue?s?`), type: 'meeting', strength: 2 },
    { pattern: g(`(?:réunion|rencontre|sommet|pourparlers|entretien|négociations)`), type: 'meeting', strength: 1 },
    // Happenings of no other type: disasters, unrest, escapes, strikes, visits.
    {
      pattern: g(`(?:${AUX}|ont|a)\\s+(?:submergé|débordé|ravagé|chaviré|sombré|coulé|explosé|brûlé|cédé)|(?:se\\s+sont|s['’]est)\\s+(?:effondrée?s?|renversée?s?|évadée?s?|mutinée?s?)|(?:ont|a)\\s+éclaté|(?:sont|est)\\s+entrée?s?\\s+en\\s+grève|(?:ont|a)\\s+(?:déclenché|lancé|entamé)\\s+(?:une\\s+|la\\s+|leur\\s+)?(?:grève|mouvement)|(?:début|lancement)\\s+(?:du\\s+mouvement|de\\s+la\\s+grève)|(?:s['’]est|se\\s+sont)\\s+rendue?s?\\s+(?:à|au|aux|en|dans|sur)|(?:est|sont)\\s+attendue?s?\\s+(?:\\p{L}+\\s+)?(?:à|au|aux|en|dans|sur)|${AUX}\\s+visité|${PASSIVE}\\s+(?:libérée?s?|relâchée?s?|incendiée?s?)|${AUX}\\s+(?:libéré|relâché|incendié|tiré\\s+des\\s+gaz\\s+lacrymogènes)|(?:se\\s+sont|s['’]est)\\s+rassemblée?s?|${AUX}\\s+manifesté`),
      type: 'other', strength: 2,
    },
    { pattern: g(`crue|inondations?|naufrage|séisme|tremblement\\s+de\\s+terre|incendie|explosion|glissement\\s+de\\s+terrain|effondrement|heurts|affrontements|échauffourées|émeutes?|mutinerie|évasion|grève|manifestation|visite|libération|enlèvement|rassemblement`), type: 'other', strength: 1 },
    { pattern: g(`offensive|contre-offensive|assaut|percée`), type: 'offensive', strength: 1 },
    { pattern: g(`trêve|cessez-le-feu|pause\\s+humanitaire|armistice`), type: 'truce', strength: 1 },
    { pattern: g(`(?:couloirs?|corridors?|passages?)\\s+humanitaires?|(?:\\p{N}+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+(?:couloirs|corridors|points\\s+de\\s+passage)`), type: 'corridor', strength: 1 },
    { pattern: g(`évacuation`), type: 'evacuation', strength: 1 },
    { pattern: g(`proposition|offre`), type: 'offer', strength: 1 },
    { pattern: g(`décision|refus|veto`), type: 'decision', strength: 1 },
    { pattern: g(`demande|requête`), type: 'request', strength: 1 },
    { pattern: g(`frappes?(?:\\s+aériennes?)?|bombardements?|raids?|attaques?|attentats?|roquettes|obus|pilonnages?|tirs`), type: 'attack', strength: 1 },
  ],
  blockers: /(?:(?<![\p{L}])(?:cette|ce|cet|ces)\s+(?:\p{L}+\s+)?|(?<![\p{L}])bilan\s+(?:humain\s+|provisoire\s+)?(?:de\s+la|de\s+l['’]|du|des|de)\s*|(?<![\p{L}])(?:échec|fin|rupture|non-respect|violations?|absence)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]une?|d['’])\s*|(?<![\p{L}])(?:aucune?|sans)\s+)$/iu,
  // Not "dès": "dès dimanche soir" is when it happened.
  since: /(?<![\p{L}])depuis\s+(?:[\p{L}'’]+\s+){0,2}$/iu,
  recentStatement: /(?<![\p{L}])(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:annoncé|indiqué|déclaré|affirmé|réaffirmé|assuré|précisé|ajouté|confirmé|souligné|expliqué|estimé|dit|averti|prévenu|dénoncé|démenti|reconnu|jugé|répété|insisté|fait\s+savoir)|s['’]est\s+(?:targué|félicité|dit|déclaré|réjoui))(?![\p{L}])/iu,
  agent: /(?<![\p{L}])(?:par|de\s+la\s+part\s+(?:de|d['’]))\s+/iu,
  subject: /^\s*(?:l['’]\s*|le\s+|la\s+|les\s+)(?<np>[\p{L}-]+(?:\s+[\p{Ll}-]+){0,2}?)\s+(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|mène|mènent|va|vont|continue|continuent|se|s['’])(?![\p{L}])/iu,
  actorJoin: /^(?:\s*,\s*|\s+et\s+(?:de\s+)?|\s+ainsi\s+que\s+)(?:(?:l['’]|le\s+|la\s+|les\s+|de\s+l['’]|du\s+|des\s+)?(?:organisation|groupe|mouvement)?\s*)?$/iu,
  // Not "que": after a verb of saying it opens a complement ("précisant notamment que") as often as a relative clause.
  relative: g(`qui|où|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels`),
  clauseVerb: g(`a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\\s+sont|sera|seront|va|vont|doit|doivent|devrait|reste|restent`),
  // "a indiqué que", "parce que", "n'a été ouvert que mardi", "c'est mardi que": a complement, a conjunction, a restriction, a cleft.
  notRelative: /(?:(?<![\p{L}])(?:annoncé|indiqué|déclaré|affirmé|assuré|précisé|ajouté|estimé|dit|expliqué|souligné|rappelé|reconnu|jugé|averti|craint|pense|pensent|espère|estime|estiment|affirme|affirment|assure|assurent|indique|annonce|explique|déclare|souligne|dit|disent|rappelle|ainsi|alors|avant|après|parce|pour|tandis|dès|lors|bien|sans|afin|depuis|pendant|si|plus|moins|autant|tel|telle|même|sorte|fait|lorsqu|puisqu|jusqu|ce)\s*$|(?<![\p{L}])(?:n['’]|ne\s)[^,;:.]*$|(?<![\p{L}])c['’]est\s[^,;:.]*$)/iu,
  adjunctOpener: /^(?:à|au|aux|dans|en|près|sur|vers|non\s+loin|lors|pendant|au\s+cours)(?![\p{L}])/iu,
  plannedFor: /(?<![\p{L}])(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?\s+pour)\s+(?:pour\s+)?(?:le\s+|ce\s+)?$/iu,
  validity: /(?<![\p{L}])(?:jusqu['’]\s*(?:à|au|aux)\s+(?:la\s+|le\s+)?|(?:entre|entrera|entrent|entreront|entrée?s?)\s+en\s+vigueur\s+(?:le\s+|dès\s+)?|à\s+compter\s+(?:du|de)\s+)$/iu,
  determiner: claims.determiner,
  continuation: claims.continuation,
  placePreposition: claims.placePreposition,
};
