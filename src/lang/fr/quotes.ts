import type { QuoteRules } from '../../stages/quotes/rules.js';
import { verbs } from './verbs.js';
import { firstNames } from './first-names.js';

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));

export const quotes: QuoteRules = {
  verbs,
  // French dialogue (interviews, fiction) opens each line with a dash; list items do too, so the
  // stage asks for an incise ("dit-il") in the run of lines before it reads them as speech
  dialogue: {
    lineStart: /^[\s\u00a0]*[—–-][\s\u00a0]/u,
    inlineStart: /(?:[.!?…»:][ \t\u00a0]+|\n[ \t\u00a0]*)(?<dash>[—–-])[ \t\u00a0]/gu,
    invertedVerb: /^(?<verb>\p{Ll}+)-(?:t-)?(?<pronoun>il|elle|ils|elles|on)(?![\p{L}-])/u,
  },
  phrases: {
    determiners: words(`le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos
      plusieurs certains certaines quelques aucun aucune tout toute tous toutes`),
    complementLinks: words(`de d' du des à au aux en pour chargé chargée`),
    phraseBreakers: words(`lors dans devant pendant après avant par sur avec sans selon depuis contre vers chez
      lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui matin soir semaine
      alors mais car donc puis ensuite également aussi encore notamment toutefois cependant pourtant enfin
      ne n' se s' y il elle ils elles on était est sont a ont avait avaient`),
    clauseOpeners: [['alors', 'que'], ['alors', "qu'"], ['tandis', 'que'], ['tandis', "qu'"], ['mais'], ['car'],
      ['lorsque'], ["lorsqu'"], ['quand'], ['puisque'], ["puisqu'"], ['parce', 'que'], ['parce', "qu'"],
      ['bien', 'que'], ['si'], ["s'"], ['où'], ['pendant', 'que']],
    contentEnders: [['alors', 'que'], ['alors', "qu'"], ['tandis', 'que'], ['tandis', "qu'"], ['mais']],
    relativePronouns: words(`qui lequel laquelle lesquels lesquelles dont`),
    listJoiners: words(`et ainsi que`),
    contentOpeners: words(`que qu'`),
    pronouns: words(`il elle ils elles`),
    latter: [['ce', 'dernier'], ['cette', 'dernière'], ['ces', 'derniers'], ['ces', 'dernières'], ['celui-ci'], ['celle-ci'], ['ceux-ci']],
    // a statement's own text stands for whoever issued it ("précise le texte")
    sameSource: [['la', 'même', 'source'], ['même', 'source'], ['cette', 'source'], ['ces', 'sources'], ['le', 'texte'], ['ce', 'texte'],
      ['le', 'communiqué'], ['ce', 'communiqué'], ['le', 'document'], ['le', 'message'], ['ce', 'message']],
    agentMarkers: words(`par`),
    reachedBy: words(`joint jointe joints jointes contacté contactée contactés contactées interrogé interrogée interrogés interrogées interviewé interviewée interviewés interviewées sollicité sollicitée sollicités sollicitées`),
    personTitles: words(`dr dre pr m mme mlle me général générale ministre président présidente porte-parole secrétaire chef cheffe
      directeur directrice responsable ambassadeur ambassadrice commandant colonel amiral maire premier
      procureur procureure juge dirigeant dirigeante diplomate émissaire envoyé envoyée négociateur
      député députée sénateur sénatrice gouverneur préfet préfète patron patronne officier conseiller conseillère
      lieutenant capitaine sergent roi reine prince chancelier chancelière professeur professeure docteur chercheur
      chercheuse avocat avocate expert experte analyste militant militante opposant opposante leader`),
    audiences: words(`aux aux journalistes à la presse l'afp aux médias`),
    audienceVerbs: words(`confier`),
    gerundMarkers: words(`en tout`),
    summaries: [[',', 'ce', 'que'], [',', 'ce', "qu'"], [',', 'une', 'affirmation'], [',', 'une', 'accusation'], [',', 'un', 'chiffre'], [',', 'une', 'version'], [',', 'des', 'propos'], [',', 'un', 'bilan']],
    groupNouns: words(`groupe mouvement organisation milice agence rebelles insurgés ministère armée gouvernement`),
    pronounKinds: { il: 'male', lui: 'male', elle: 'female', ils: 'plural', elles: 'plural', eux: 'plural' },
    genderedWords: {
      female: words(`mme madame mlle mademoiselle dre directrice présidente ambassadrice sénatrice conseillère chercheuse
        avocate experte militante opposante dirigeante députée préfète patronne cheffe générale envoyée procureure
        professeure reine chancelière infirmière coordinatrice secrétaire-générale maire-adjointe adjointe élue
        habitante mère femme fille veuve soeur sœur rescapée survivante`),
      male: words(`m monsieur directeur président ambassadeur sénateur conseiller chercheur avocat expert militant opposant
        dirigeant député préfet patron chef général envoyé procureur professeur roi prince chancelier infirmier
        coordinateur colonel commandant capitaine lieutenant sergent amiral adjoint élu habitant père homme fils veuf
        frère rescapé survivant`),
    },
    genderedDeterminers: { female: words(`la une cette sa`), male: words(`le un ce cet`) },
    firstNames,
    genderedOrgPronouns: true,
    feminineNouns: words(`agence organisation association ong armée police gendarmerie préfecture mairie entreprise société
      usine firme direction commission union coalition milice fédération confédération organisation fondation
      administration présidence justice croix-rouge brigade force forces autorité autorités compagnie banque
      communauté mission délégation ambassade`),
    collectives: [
      { kind: 'armed', nouns: words(`groupe mouvement rebelles rebelle insurgés insurgé milice milices djihadistes jihadistes
        combattants rébellion front guérilla`), nameWords: words(`front mouvement libération milice brigade brigades
        rebelles armée-populaire résistance`) },
      { kind: 'military', nouns: words(`armée forces troupes militaires état-major`), nameWords: words(`armée forces
        armées état-major`) },
      { kind: 'government', nouns: words(`ministère gouvernement administration présidence autorités préfecture mairie
        cabinet`), nameWords: words(`ministère gouvernement préfecture mairie présidence`) },
      { kind: 'agency', nouns: words(`ong organisation association agence fondation observatoire organisme collectif
        groupe`), nameWords: words(`organisation association agence fondation observatoire comité croix-rouge
        médecins ong ligue`) },
      { kind: 'company', nouns: words(`entreprise société usine firme groupe compagnie industriel exploitant
        opérateur`), nameWords: words(`société compagnie groupe sa industries`) },
      { kind: 'union', nouns: words(`syndicat intersyndicale`), nameWords: words(`syndicat cgt cfdt fo sud`) },
      { kind: 'police', nouns: words(`police gendarmerie`), nameWords: words(`police gendarmerie`) },
      { kind: 'hospital', nouns: words(`hôpital établissement clinique`), nameWords: words(`hôpital clinique centre hospitalier chu`) },
    ],
    indefinites: words(`un une`),
    aliasAfter: /^\s*,?\s*(?:qui\s+)?(?:s['’]est\s+présentée?\s+sous\s+le\s+(?:seul\s+)?(?:nom|prénom)\s+d['’e]\s*|se\s+faisant\s+appeler|prénommée?|identifiée?\s+(?:seulement\s+)?comme)\s*/iu,
    previousSentenceCue: /(?<![\p{L}])(?:c['’]est\s+)?(?:ce\s+qu['’]|ce\s+que\s+)$/iu,
    nonSubjects: words(`c c' c’ ça cela ceci`),
    objectPronouns: words(`les lui leur la le l' nous vous`),
    demonstratives: words(`ce cet cette`),
    titleKin: {
      diplomate: ['émissaire', 'envoyé', 'envoyée', 'ambassadeur', 'ambassadrice', 'médiateur', 'médiatrice', 'chef de la diplomatie', 'ministre des affaires étrangères', "secrétaire d'état"],
      émissaire: ['envoyé', 'envoyée', 'médiateur', 'médiatrice', 'diplomate'],
      militaire: ['général', 'colonel', 'commandant', 'capitaine', 'officier', 'porte-parole'],
      officier: ['général', 'colonel', 'commandant', 'capitaine', 'lieutenant'],
      responsable: ['directeur', 'directrice', 'chef', 'président', 'présidente', 'porte-parole'],
    },
    finiteVerbs: words(`est était sont étaient a ont avait avaient sera seront serait seraient peut peuvent pourrait pourraient doit doivent reste restait`),
    headLast: false,
  },
};
