import type { ReportingVerb, ReportingVerbParser } from '../../stages/quotes/rules.js';
import { allMatches } from '../match-all.js';

/*
 * French reporting verbs and their forms. Regular verbs are conjugated here (third person only:
 * news reports speech in the third person); irregular ones list their forms. A form maps to its
 * infinitive; participles are kept apart because they count only after an auxiliary.
 */

/** First-group verbs (-er) that introduce reported speech. */
const ER_VERBS = [
  'accuser', 'affirmer', 'ajouter', 'alerter', 'annoncer', 'argumenter', 'arguer', 'assurer', 'attester',
  'avancer', 'avouer', 'certifier', 'clamer', 'commenter', 'communiquer', 'confier', 'confirmer',
  'constater', 'contester', 'critiquer', 'déclarer', 'déplorer', 'démontrer', 'dénoncer', 'détailler',
  'dévoiler', 'estimer', 'évoquer', 'expliquer', 'exhorter', 'fustiger', 'glisser', 'indiquer',
  'informer', 'insister', 'ironiser', 'juger', 'justifier', 'lâcher', 'lancer', 'mentionner', 'marteler',
  'nier', 'noter', 'nuancer', 'observer', 'plaider', 'préciser', 'proclamer', 'protester',
  'raconter', 'rappeler', 'rapporter', 'réaffirmer', 'réclamer', 'regretter', 'relater', 'relever',
  'répliquer', 'résumer', 'rétorquer', 'révéler', 'saluer', 'signaler', 'souffler', 'souligner',
  'soupirer', 'tancer', 'témoigner', 'trancher', 'tweeter', 'condamner', 'demander', 'réitérer',
  'répéter', 'suggérer', 'considérer', 'exiger', 'prôner', 'objecter',
  's\'alarmer', 's\'exclamer', 's\'indigner', 's\'inquiéter', 's\'interroger', 'se féliciter',
  'se targuer', 'se vanter', 'se défendre', 's\'écrier',
  's\'engager', 'se prononcer', 'appeler', 'inviter', 'qualifier', 'se déclarer', 'se désoler',
  'recenser', 'compter', 'dénombrer', 'chiffrer', 'évaluer',
].filter((v) => /er$/u.test(v));

/** Irregular and second-group verbs: finite third-person forms, then participles. */
/** Present participles of the irregular verbs ("disant", "reconnaissant"). */
const IRREGULAR_GERUNDS: Record<string, string> = {
  disant: 'dire', écrivant: 'écrire', reconnaissant: 'reconnaître', admettant: 'admettre', promettant: 'promettre',
  soutenant: 'soutenir', maintenant: 'maintenir', prévenant: 'prévenir', concluant: 'conclure', répondant: 'répondre',
  démentant: 'démentir', prétendant: 'prétendre', avertissant: 'avertir', décrivant: 'décrire',
};

const IRREGULAR: Record<string, { finite: string[]; participles: string[] }> = {
  dire: { finite: ['dit', 'disent', 'disait', 'disaient', 'dirent', 'dira', 'diront', 'dirait', 'diraient'], participles: ['dit', 'dite', 'dits', 'dites'] },
  'se dire': { finite: ['dit', 'disent', 'disait', 'disaient'], participles: ['dit', 'dite', 'dits', 'dites'] },
  écrire: { finite: ['écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivit', 'écrivirent'], participles: ['écrit', 'écrite', 'écrits', 'écrites'] },
  reconnaître: { finite: ['reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnaissaient', 'reconnut', 'reconnurent'], participles: ['reconnu', 'reconnue', 'reconnus', 'reconnues'] },
  admettre: { finite: ['admet', 'admettent', 'admettait', 'admettaient', 'admit', 'admirent'], participles: ['admis', 'admise', 'admises'] },
  promettre: { finite: ['promet', 'promettent', 'promettait', 'promettaient', 'promit', 'promirent'], participles: ['promis', 'promise', 'promises'] },
  soutenir: { finite: ['soutient', 'soutiennent', 'soutenait', 'soutenaient', 'soutint', 'soutinrent'], participles: ['soutenu', 'soutenue', 'soutenus', 'soutenues'] },
  maintenir: { finite: ['maintient', 'maintiennent', 'maintenait', 'maintenaient', 'maintint'], participles: ['maintenu', 'maintenue', 'maintenus', 'maintenues'] },
  prévenir: { finite: ['prévient', 'préviennent', 'prévenait', 'prévenaient', 'prévint'], participles: ['prévenu', 'prévenue', 'prévenus', 'prévenues'] },
  conclure: { finite: ['conclut', 'concluent', 'concluait', 'concluaient', 'conclurent'], participles: ['conclu', 'conclue', 'conclus', 'conclues'] },
  poursuivre: { finite: ['poursuit', 'poursuivent', 'poursuivait', 'poursuivaient', 'poursuivit', 'poursuivirent'], participles: ['poursuivi', 'poursuivie', 'poursuivis'] },
  répondre: { finite: ['répond', 'répondent', 'répondait', 'répondaient', 'répondit', 'répondirent'], participles: ['répondu'] },
  démentir: { finite: ['dément', 'démentent', 'démentait', 'démentaient', 'démentit', 'démentirent'], participles: ['démenti', 'démentie', 'démentis', 'démenties'] },
  prétendre: { finite: ['prétend', 'prétendent', 'prétendait', 'prétendaient', 'prétendit'], participles: ['prétendu', 'prétendue', 'prétendus'] },
  'se plaindre': { finite: ['plaint', 'plaignent', 'plaignait', 'plaignaient', 'plaignit'], participles: ['plaint', 'plainte', 'plaints', 'plaintes'] },
  avertir: { finite: ['avertit', 'avertissent', 'avertissait', 'avertissaient', 'avertirent'], participles: ['averti', 'avertie', 'avertis', 'averties'] },
  'se réjouir': { finite: ['réjouit', 'réjouissent', 'réjouissait', 'réjouissaient', 'réjouirent'], participles: ['réjoui', 'réjouie', 'réjouis', 'réjouies'] },
  convenir: { finite: ['convient', 'conviennent', 'convenait', 'convint'], participles: ['convenu', 'convenue', 'convenus'] },
  réagir: { finite: ['réagit', 'réagissent', 'réagissait', 'réagissaient', 'réagirent'], participles: ['réagi'] },
  décrire: { finite: ['décrit', 'décrivent', 'décrivait', 'décrivaient', 'décrivit', 'décrivirent'], participles: ['décrit', 'décrite', 'décrits', 'décrites'] },
  'mettre en garde': { finite: ['met en garde', 'mettent en garde', 'mettait en garde', 'mettaient en garde', 'mit en garde'], participles: ['mis en garde', 'mise en garde'] },
  'faire état': { finite: ['fait état', 'font état', 'faisait état', 'faisaient état', 'fit état'], participles: ['fait état'] },
  'faire savoir': { finite: ['fait savoir', 'font savoir', 'faisait savoir', 'fit savoir'], participles: ['fait savoir'] },
  'faire valoir': { finite: ['fait valoir', 'font valoir', 'faisait valoir', 'fit valoir'], participles: ['fait valoir'] },
};

/** Verbs that report speech only before "que" or in an incise ("…, a lancé le ministre"); otherwise acts ("ont lancé une offensive"). */
const NEEDS_OPENER = new Set([
  'lancer', 'glisser', 'souffler', 'lâcher', 'trancher', 'soupirer', 'ironiser', 'poursuivre', 'résumer',
  'relever', 'observer', 'saluer', 'confier', 'communiquer', 'informer', 'plaider', 'témoigner', 'rapporter',
  'relater', 'évoquer', 'justifier', 'mentionner', 'avancer', 'commenter', 'répondre', 'répliquer',
  'protester', 'attester', 'juger', 'considérer', 'estimer', 'dévoiler', 'détailler', 'nuancer', 'noter',
  'constater', 'signaler', 'écrire', 'maintenir', 'soutenir', 'promettre', 'admettre', 'reconnaître',
  'conclure', 'prévenir', 'avertir', 'convenir', 'raconter', 'se prononcer', 's\'engager', 'se défendre',
  'accuser', 'démontrer', 'exhorter', 'tancer', 'insister', 'arguer', 'argumenter', 'réagir', 'inviter', 'qualifier',
]);

const Q = String.raw`(?:(?:au\s+moins|plus\s+d['’]|plus\s+de|près\s+d['’]|près\s+de|environ|quelque|moins\s+de|pas\s+plus\s+de|jusqu['’]à|seulement)\s*)*(?:\p{N}|une?\s+(?:\p{L}+aine|millier)|des\s+(?:\p{L}+aines|milliers)|plusieurs\s+(?:\p{L}+aines|milliers))`;
/**
 * Verbs that report a figure only with their complement: "recense au moins 37 civils tués",
 * "estime à 15 000 le nombre de …", "la police en a compté 4 500". Without one they are acts
 * ("compter sur", "évaluer la situation"): required ones are then not read at all, optional ones
 * keep needing "que" or a quote.
 */
const COMPLEMENT: Record<string, RegExp> = {
  recenser: new RegExp(String.raw`^\s+${Q}`, 'iu'),
  compter: new RegExp(String.raw`^\s+${Q}`, 'iu'),
  dénombrer: new RegExp(String.raw`^\s+${Q}`, 'iu'),
  chiffrer: new RegExp(String.raw`^\s+(?:à|a)\s+${Q}`, 'iu'),
  évaluer: new RegExp(String.raw`^\s+(?:à|a)\s+${Q}`, 'iu'),
  estimer: new RegExp(String.raw`^\s+(?:à|a)\s+${Q}`, 'iu'),
  // "appelle à la retenue", "a appelé les rebelles à déposer les armes"; not "a appelé sa femme"
  appeler: /^\s+(?:[^,.;:«»"“”]{0,60}?\s)?(?:à|au|aux)\s/iu,
  // "accuse les « terroristes » de tirer sur un point de passage": the charge is what is said
  accuser: /^\s+(?:[^,.;:]{0,60}?\s)?(?:de\s+|d['’]\s*)(?:ne\s+pas\s+|n['’]\s*)?(?:avoir\s+|être\s+)?\p{L}+(?:er|ir|re|oir|é|ée|és|ées|i|u|is|it)(?![\p{L}])/iu,
};
const OPTIONAL_COMPLEMENT = new Set(['estimer', 'appeler', 'accuser']);
/** Verbs whose pronominal use is no speech: "se sont qualifiés pour la finale", "il s'appelle Marc". */
const NOT_PRONOMINAL = new Set(['qualifier', 'appeler', 'annoncer']);
/** "Autrement dit", "soit dit en passant": fixed phrases, no one speaks. */
const FIXED_BEFORE = /(?<![\p{L}])(?:autrement|soit)\s+$/iu;

/*
 * Present participles carry on the statement of the clause before ("…, précisant que …", "tout en
 * réclamant …"): same speaker. Read only after a comma or "en"/"tout en".
 */
const CONTINUING_BEFORE = new RegExp(String.raw`(?:,\s*|${'(?<![\p{L}\p{N}])'}(?:tout\s+)?en\s+)$`, 'iu');
/** "…, le ministère russe de la Défense affirmant que": a participle after a noun phrase of its own (an absolute construction). */
const ABSOLUTE_BEFORE = /,\s*(?:l['’]|le\s|la\s|les\s|un\s|une\s|\p{Lu})[^,;:.!?«»"“”]{0,60}\s$/u;

/** Nouns that share a form with a reporting verb: never a verb right after a determiner. */
const DETERMINERS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'ce', 'cet', 'cette', 'ces', 'son', 'sa',
  'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'au', 'aux', 'quelle', 'quel',
  // adjectives that sit between a determiner and a noun ("une telle menace", "la dernière demande")
  'tel', 'telle', 'dernier', 'dernière', 'nouveau', 'nouvelle', 'premier', 'première', 'seul', 'seule', 'autre',
  'même', 'cette', 'chaque', 'aucun', 'aucune', 'toute', 'tout', 'grande', 'grand', 'simple', 'vive', 'vif',
]);

const AUXILIARIES = 'a|ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent|avoir';
const BE_AUXILIARIES = 'est|sont|était|étaient|sera|seront|serait|seraient|fut|furent';
const CLITIC = '-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on)';
/** Adverbs that sit between an auxiliary and its participle ("a ensuite ajouté", "a notamment indiqué"). */
const ADVERB = String.raw`(?:\p{L}+ment|lui|elle|eux|elles|ensuite|également|aussi|encore|déjà|toutefois|pourtant|enfin|alors|bien|même|d['’]ailleurs|par ailleurs|de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|quant à eux|une nouvelle fois|une fois de plus|en outre|lui-même|elle-même|jeudi|mardi|lundi|mercredi|vendredi|samedi|dimanche|hier|aussitôt|plus tard|tôt|à nouveau|de nouveau)`;

const W = String.raw`(?<![\p{L}\p{N}])`;
const AUX_BEFORE = new RegExp(
  String.raw`${W}(?<aux>${AUXILIARIES})(?<clitic>${CLITIC})?[\s,]+(?:${ADVERB}[\s,]+){0,3}$`, 'iu');
const REFLEXIVE_BEFORE = new RegExp(
  String.raw`${W}(?<refl>s['’]|se\s+)(?:(?<aux>${BE_AUXILIARIES})(?<clitic>${CLITIC})?\s+(?:${ADVERB}\s+){0,2})?$`, 'iu');
/** "a qualifié … et promis que": a participle after "et" shares the auxiliary before it. */
const COORDINATED_BEFORE = new RegExp(String.raw`${W}et\s+$`, 'iu');
const PASSIVE_BEFORE = new RegExp(String.raw`${W}(?:été|est|sont|était|étaient|fut|furent|être)\s+(?:${ADVERB}\s+)?$`, 'iu');
const CLITIC_AFTER = new RegExp(String.raw`^(?<clitic>${CLITIC})(?![\p{L}])`, 'iu');
const DETERMINER_BEFORE = /(?<det>[\p{L}]+)['’]?\s*$/u;
const CONDITIONAL_AUX = /^(?:aurait|auraient|serait|seraient)$/iu;
// "font toutefois état": an adverb may split a locution (group 1: the locution's second part)
const WORD = /\p{L}+(\s+(?:(?:toutefois|également|aussi|pourtant|encore|déjà|quant\s+à\s+eux|pour\s+sa\s+part|de\s+leur\s+côté|de\s+son\s+côté|\p{L}+ment)\s+)?(?:savoir|valoir|état|en\s+garde))?/gu;

interface Form { lemma: string; finite: boolean; participle: boolean }

function reflexive(lemma: string): { base: string; pronoun: string | null } {
  const m = /^(?<pronoun>se\s|s['’])(?<base>.+)$/u.exec(lemma);
  return m ? { base: m.groups!.base!, pronoun: m.groups!.pronoun! } : { base: lemma, pronoun: null };
}

/** Third-person forms of a first-group verb, with the spelling changes of -cer, -ger and e/é + consonant + er. */
function conjugateEr(verb: string): { finite: string[]; participles: string[] } {
  const stem = verb.slice(0, -2);
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  // répéter -> répète, marteler -> martèle, rappeler -> rappelle (present only)
  let strong = stem;
  const accent = /^(?<head>.*[^aeiouéèêëyâîôû])(?<vowel>[eé])(?<cons>[^aeiouéèêëyâîôû])$/u.exec(stem);
  if (accent) {
    const { head, cons } = accent.groups!;
    strong = cons === 'l' && /appel$/u.test(stem) ? stem + 'l' : `${head}è${cons}`;
  }
  const presentStem = accent ? strong : stem;
  return {
    finite: [presentStem + 'e', presentStem + 'ent', soft + 'ait', soft + 'aient', soft + 'a', stem + 'èrent',
      presentStem + 'era', presentStem + 'eront', presentStem + 'erait', presentStem + 'eraient'],
    participles: [stem + 'é', stem + 'ée', stem + 'és', stem + 'ées'],
  };
}

function buildForms(): Map<string, Form[]> {
  const forms = new Map<string, Form[]>();
  const add = (form: string, lemma: string, finite: boolean, participle: boolean) => {
    const list = forms.get(form) ?? [];
    const same = list.find((f) => f.lemma === lemma);
    if (same) { same.finite ||= finite; same.participle ||= participle; } else list.push({ lemma, finite, participle });
    forms.set(form, list);
  };
  const table: [string, { finite: string[]; participles: string[] }][] = [
    ...ER_VERBS.map((v) => [v, conjugateEr(reflexive(v).base)] as [string, { finite: string[]; participles: string[] }]),
    ...Object.entries(IRREGULAR),
  ];
  for (const [lemma, { finite, participles }] of table) {
    for (const f of finite) add(f, lemma, true, false);
    for (const p of participles) add(p, lemma, false, true);
  }
  return forms;
}

const FORMS = buildForms();

/** Reflexive lemmas need their pronoun; a plain match of a reflexive-only verb ("targue") without one is not it. */
function pick(candidates: Form[], pronominal: boolean, want: 'finite' | 'participle'): Form | undefined {
  const usable = candidates.filter((f) => f[want]);
  const refl = usable.filter((f) => reflexive(f.lemma).pronoun !== null);
  const plain = usable.filter((f) => reflexive(f.lemma).pronoun === null);
  if (pronominal) return refl[0] ?? plain[0];
  return plain[0];
}

function reflexiveLemma(form: Form): string {
  const { base, pronoun } = reflexive(form.lemma);
  if (pronoun) return form.lemma;
  return /^[aeiouéèêhâîôû]/iu.test(base) ? `s'${base}` : `se ${base}`;
}

function buildGerunds(): Map<string, string> {
  const out = new Map<string, string>(Object.entries(IRREGULAR_GERUNDS));
  for (const v of ER_VERBS) {
    if (reflexive(v).pronoun) continue;
    const stem = v.slice(0, -2);
    const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
    out.set(soft + 'ant', v);
  }
  return out;
}
const GERUNDS = buildGerunds();

export const verbs: ReportingVerbParser = {
  find(text, from, to) {
    const out: ReportingVerb[] = [];
    for (const v of finiteAndParticiples(text, from, to)) {
      const rule = COMPLEMENT[v.lemma];
      if (!rule) { out.push(v); continue; }
      const complement = rule.test(text.slice(v.end, v.end + 80));
      if (!complement && !OPTIONAL_COMPLEMENT.has(v.lemma)) continue;
      out.push(complement ? { ...v, needsOpener: false } : v);
    }
    for (const m of allMatches(GERUND_WORD, text.slice(from, to))) {
      const lemma = GERUNDS.get(m[0].toLowerCase());
      if (!lemma) continue;
      const start = from + m.index!;
      if (!CONTINUING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !ABSOLUTE_BEFORE.test(text.slice(Math.max(0, start - 70), start))) continue;
      out.push({ start, end: start + m[0].length, lemma, clitic: null, conditional: false, continuation: true, needsOpener: NEEDS_OPENER.has(lemma) });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

// The same matches as /\p{L}+ant(?![\p{L}])/ (whole words ending in "ant"), without retrying from
// every letter inside a word that does not end so.
const GERUND_WORD = /(?<![\p{L}])\p{L}+ant(?![\p{L}])/gu;

function finiteAndParticiples(text: string, from: number, to: number): ReportingVerb[] {
  const out: ReportingVerb[] = [];
  const slice = text.slice(from, to);
  for (const m of allMatches(WORD, slice)) {
    // most words are one word and no verb form: one lookup, no splitting
    const phrase = m[1] !== undefined;
    const words = phrase ? m[0].toLowerCase().split(/\s+/u) : null;
    const word = words ? `${words[0]} ${words[words.length - 1]}` : m[0].toLowerCase();
    let candidates = FORMS.get(word);
    let wordText = m[0];
    if (!candidates && !phrase) continue;
    if (!candidates) {
      const single = word.split(' ')[0]!;
      candidates = FORMS.get(single);
      wordText = m[0].split(/\s/u)[0]!;
      if (!candidates) continue;
    }
    const start = from + m.index!;
    const end = start + wordText.length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 12);

    if (FIXED_BEFORE.test(before)) continue;
    const refl = REFLEXIVE_BEFORE.exec(before);
    if (refl) {
      const participle = refl.groups!.aux !== undefined;
      const form = pick(candidates, true, participle ? 'participle' : 'finite') ?? pick(candidates, true, 'finite');
      if (!form || NOT_PRONOMINAL.has(form.lemma)) continue;
      const phraseStart = start - (before.length - refl.index);
      const clitic = cliticSpan(text, refl.groups!.clitic, phraseStart, before, refl.index, start)
        ?? trailingClitic(after, end);
      out.push({
        start: phraseStart, end: clitic && clitic.end > end ? clitic.end : end, lemma: reflexiveLemma(form),
        clitic: clitic?.span ?? null, conditional: CONDITIONAL_AUX.test(refl.groups!.aux ?? ''),
        needsOpener: NEEDS_OPENER.has(reflexiveLemma(form)),
      });
      continue;
    }
    const aux = AUX_BEFORE.exec(before);
    if (aux) {
      const form = pick(candidates, false, 'participle');
      if (!form) continue;
      const phraseStart = start - (before.length - aux.index);
      const clitic = cliticSpan(text, aux.groups!.clitic, phraseStart, before, aux.index, start);
      out.push({
        start: phraseStart, end, lemma: form.lemma, clitic: clitic?.span ?? null,
        conditional: CONDITIONAL_AUX.test(aux.groups!.aux!), needsOpener: NEEDS_OPENER.has(form.lemma),
      });
      continue;
    }
    if (PASSIVE_BEFORE.test(before)) continue;
    const participle = pick(candidates, false, 'participle');
    if (participle && !pick(candidates, false, 'finite') && COORDINATED_BEFORE.test(before)) {
      out.push({ start, end, lemma: participle.lemma, clitic: null, conditional: false, needsOpener: NEEDS_OPENER.has(participle.lemma) });
      continue;
    }
    const form = pick(candidates, false, 'finite');
    if (!form) continue;
    const det = DETERMINER_BEFORE.exec(before);
    if (det && DETERMINERS.has(det.groups!.det!.toLowerCase()) && /^\s*$|['’]\s*$/u.test(before.slice(det.index + det.groups!.det!.length))) continue;
    const clitic = trailingClitic(after, end);
    out.push({
      start, end: clitic ? clitic.end : end, lemma: form.lemma, clitic: clitic?.span ?? null,
      conditional: /[ei]r(?:ait|aient)$/u.test(word), needsOpener: NEEDS_OPENER.has(form.lemma),
    });
  }
  return out;
}

/** The pronoun inside "a-t-il": its offsets in the text. */
function cliticSpan(text: string, clitic: string | undefined, phraseStart: number, before: string, matchIndex: number, wordStart: number) {
  if (!clitic) return null;
  const phrase = text.slice(phraseStart, wordStart);
  const at = phrase.indexOf(clitic);
  if (at < 0) return null;
  const pronoun = clitic.replace(/^-(?:t-)?/u, '');
  const pStart = phraseStart + at + clitic.length - pronoun.length;
  void before; void matchIndex;
  return { span: { start: pStart, end: pStart + pronoun.length }, end: pStart + pronoun.length };
}

/** "assure-t-il", "dit-elle": the clitic after a finite verb. */
function trailingClitic(after: string, end: number) {
  const m = CLITIC_AFTER.exec(after);
  if (!m) return null;
  const clitic = m.groups!.clitic!;
  const pronoun = clitic.replace(/^-(?:t-)?/u, '');
  const pStart = end + clitic.length - pronoun.length;
  return { span: { start: pStart, end: pStart + pronoun.length }, end: end + clitic.length };
}
