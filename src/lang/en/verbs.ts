import type { ReportingVerb, ReportingVerbParser } from '../../stages/quotes/rules.js';
import { allMatches } from '../match-all.js';

/*
 * English reporting verbs. Regular verbs are inflected here (-s, -ed, with the usual spelling
 * rules); irregular ones list their forms. Gerunds ("saying") are left out: they hang off another
 * clause ("issued a statement saying") whose speaker is that clause's subject.
 */
const REGULAR = [
  'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue',
  'assert', 'assure', 'boast', 'caution', 'charge', 'claim', 'comment', 'complain', 'concede', 'conclude',
  'confirm', 'contend', 'continue', 'counter', 'declare', 'deny', 'describe', 'disclose', 'emphasize',
  'emphasise', 'estimate', 'exclaim', 'explain', 'insist', 'joke', 'maintain', 'mention', 'note', 'observe',
  'plead', 'pledge', 'point', 'predict', 'promise', 'protest', 'quip', 'recall', 'recount', 'remark',
  'remind', 'repeat', 'reply', 'report', 'respond', 'reveal', 'scoff', 'shout', 'signal', 'state', 'stress',
  'suggest', 'testify', 'tweet', 'urge', 'vow', 'warn', 'ask', 'accuse', 'acknowledge', 'criticize',
  'criticise', 'condemn', 'demand', 'underline', 'underscore', 'indicate', 'inform', 'proclaim', 'reiterate',
  'clarify', 'retort', 'lament', 'write', 'tell', 'say', 'think', 'fear', 'dismiss', 'brand', 'label',
  'call', 'put', 'count', 'tally',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says'],
  tell: ['told', 'tells'],
  write: ['wrote', 'writes', 'written'],
  think: ['thinks'],
  put: ['put', 'puts'],
};

/** Gerunds that carry on the speech of the clause before ("…, adding that …"). */
const CONTINUING = new Map([['adding', 'add'], ['saying', 'say'], ['noting', 'note'], ['insisting', 'insist'], ['explaining', 'explain'], ['warning', 'warn']]);

/** Verbs that report speech only before "that" or after the quote ('"…," she added'); otherwise acts ("reported 20 cases"). */
const NEEDS_OPENER = new Set([
  'continue', 'report', 'charge', 'declare', 'counter', 'signal', 'state', 'note', 'observe', 'describe', 'recall',
  'mention', 'plead', 'estimate', 'maintain', 'reveal', 'disclose', 'indicate', 'find', 'agree', 'answer',
  'respond', 'reply', 'repeat', 'protest', 'post', 'know', 'add', 'conclude', 'write', 'shout', 'joke',
  'comment', 'testify', 'admit', 'acknowledge', 'confirm', 'think', 'fear',
]);

const Q = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|up\s+to|only|just)\s+)*(?:\p{N}|a\s+(?:hundred|thousand|dozen)|dozens|hundreds|thousands|scores)`;
/**
 * Verbs that report a statement only with their complement: "called for …", "put the toll at 41",
 * "counted 4,500", "dismissed it as …". Without it they are acts ("called a meeting", "put the
 * blame", "counted on"), so no verb is read. The named group `skip` is left out of the content.
 */
const COMPLEMENT: Record<string, RegExp> = {
  call: /^\s+(?<skip>for|on)\s/iu,
  put: new RegExp(String.raw`^\s+(?:the|its|their|his|her)\s[^.;:!?]{0,90}?\sat\s+${Q}`, 'iu'),
  count: new RegExp(String.raw`^\s+${Q}`, 'iu'),
  tally: new RegExp(String.raw`^\s+${Q}`, 'iu'),
  dismiss: /^\s[^.;:!?]{0,60}?(?<!\p{L})as\s/iu,
  describe: /^\s[^.;:!?]{0,60}?(?<!\p{L})as\s/iu,
  brand: /^\s[^.;:!?]{0,60}?(?<!\p{L})as\s/iu,
  label: /^\s[^.;:!?]{0,60}?(?<!\p{L})as\s/iu,
  estimate: new RegExp(String.raw`^\s+(?:the|its|their)\s[^.;:!?]{0,60}?\sat\s+${Q}`, 'iu'),
};
/** Verbs that report speech with other openers too ("described the scene, saying that …"): the complement only lifts `needsOpener`. */
const OPTIONAL_COMPLEMENT = new Set(['describe', 'estimate']);

const DOUBLED = new Set(['admit', 'quip', 'plead', 'regret', 'commit', 'submit']);

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  const third = /(?:s|sh|ch|x|z)$/u.test(verb) ? verb + 'es' : /[^aeiou]y$/u.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
  let past: string;
  if (verb.endsWith('e')) past = verb + 'd';
  else if (/[^aeiou]y$/u.test(verb)) past = verb.slice(0, -1) + 'ied';
  else if (DOUBLED.has(verb) && verb !== 'plead') past = verb + verb.slice(-1) + 'ed';
  else past = verb + 'ed';
  return [third, past];
}

const FORMS = new Map<string, string>();
for (const verb of REGULAR) for (const form of inflect(verb)) if (!FORMS.has(form)) FORMS.set(form, verb);
for (const [verb, forms] of Object.entries(IRREGULAR)) for (const form of forms) FORMS.set(form, verb);
// "point" only as "pointed out"
FORMS.delete('points');

/**
 * Verbs read in their plain present too ("Aid agencies say", "The rebels claim"), after a plural
 * subject only: the same form follows "to", "will", "did" and "not" as an infinitive.
 */
const PLAIN_PRESENT = new Set(['say', 'claim', 'insist', 'warn', 'argue', 'allege', 'accuse', 'deny', 'estimate', 'report', 'fear', 'believe', 'maintain', 'contend', 'tell', 'add', 'note', 'admit', 'acknowledge', 'confirm', 'state']);
const PLURAL_SUBJECT_BEFORE = /(?:(?<![\p{L}'’])(?:they|we|police|people|authorities|officials|residents|sources|critics|experts|witnesses|analysts)|\p{L}{3,}(?<!ss)s['’]?|(?<![\p{L}])(?:both|two)\s+sides)\s+$/iu;
const NOT_PRESENT_BEFORE = /(?<![\p{L}])(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|never|n't|’t|'t|cannot|let|make|made|hear|heard)\s+(?:\p{L}+\s+)?$/iu;

const W = String.raw`(?<![\p{L}\p{N}])`;
/** Auxiliaries before a participle ("has said", "had earlier told"); "would" reports at second hand. */
const AUX_BEFORE = new RegExp(String.raw`${W}(?<aux>has|have|had|will|would|'s|'d|’s|’d)\s+(?:(?:also|already|earlier|previously|since|repeatedly|publicly|not|never|\p{L}+ly)\s+){0,2}$`, 'iu');
const PASSIVE_BEFORE = new RegExp(String.raw`${W}(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$`, 'iu');
/** Nouns and adjectives that share a form ("the report", "a tweet", "a statement"). */
const DETERMINER_BEFORE = new RegExp(String.raw`${W}(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|every|each|any|some)\s+$`, 'iu');
/** "about reports that", "amid claims of": an -s form after a preposition is a plural noun. */
const PREPOSITION_BEFORE = new RegExp(String.raw`${W}(?:about|of|on|over|amid|amidst|despite|after|following|with|without|against|for|by|from|into|to|denied|dismissed|rejected)\s+$`, 'iu');
const TO_BEFORE = new RegExp(String.raw`${W}to\s+$`, 'iu');
const WORD = /\p{L}+/gu;

export const verbs: ReportingVerbParser = {
  find(text, from, to) {
    const out: ReportingVerb[] = [];
    for (const m of allMatches(WORD, text.slice(from, to))) {
      const word = m[0].toLowerCase();
      const start = from + m.index!;
      const gerund = CONTINUING.get(word);
      if (gerund) {
        out.push({ start, end: start + m[0].length, lemma: gerund, clitic: null, conditional: false, continuation: true });
        continue;
      }
      let lemma = FORMS.get(word);
      let end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (!lemma && PLAIN_PRESENT.has(word) && PLURAL_SUBJECT_BEFORE.test(before) && !NOT_PRESENT_BEFORE.test(before.slice(-24))) lemma = word;
      if (!lemma) continue;
      const after = text.slice(end, end + 8);
      if (DETERMINER_BEFORE.test(before) || PASSIVE_BEFORE.test(before) || TO_BEFORE.test(before)) continue;
      if (word.endsWith('s') && PREPOSITION_BEFORE.test(before)) continue;
      if (lemma === 'point') {
        const out2 = /^\s+out(?![\p{L}])/u.exec(after);
        if (!out2) continue;
        end += out2[0].length;
      }
      const complement = COMPLEMENT[lemma]?.exec(text.slice(end, end + 120));
      if (COMPLEMENT[lemma] && !complement && !OPTIONAL_COMPLEMENT.has(lemma)) continue;
      if (complement?.groups?.skip) end += complement[0].trimEnd().length;
      const aux = AUX_BEFORE.exec(before);
      const phraseStart = aux ? start - (before.length - aux.index) : start;
      out.push({
        start: phraseStart, end, lemma: lemma === 'point' ? 'point out' : lemma, clitic: null,
        conditional: aux ? /^(?:would|'d|’d)$/iu.test(aux.groups!.aux!) : false,
        needsOpener: NEEDS_OPENER.has(lemma) && !complement,
      });
    }
    return out;
  },
};
