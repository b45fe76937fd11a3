import type { QuoteRules } from '../../stages/quotes/rules.js';
import { verbs } from './verbs.js';

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
    sameSource: [['la', 'même', 'source'], ['même', 'source'], ['cette', 'source'], ['ces', 'sources']],
    agentMarkers: words(`par`),
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
  },
};
