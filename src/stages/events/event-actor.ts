import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { EventRules } from './rules.js';

// Clause marks: an actor is looked for in the trigger's own clause.
const CLAUSE_MARK = /[,;:()]/u;

interface Named extends Span { name: string; type: string }

/**
 * Who did it: the agent of a passive ("par X et Y" after the trigger), else the names before the
 * trigger in its clause ("la Russie et la Syrie ont suspendu"), else an actor label there
 * ("les djihadistes ont tenté"), else the clause's subject ("l'armée russe a annoncé").
 */
export function eventActor(doc: Doc, s: number, trigger: Span, rules: EventRules): string | string[] | null {
  const sentence = doc.get('sentences')[s]!;
  const text = doc.text;
  let clauseStart = trigger.start;
  while (clauseStart > sentence.start && !CLAUSE_MARK.test(text[clauseStart - 1]!)) clauseStart--;
  const names = namedIn(doc, sentence);

  // The agent of a passive stands after the trigger, in its clause (commas end it here:
  // "mène une offensive, soutenu par Moscou" has no agent).
  let agentEnd = trigger.end;
  while (agentEnd < sentence.end && !CLAUSE_MARK.test(text[agentEnd]!)) agentEnd++;
  const cue = rules.agent.exec(text.slice(trigger.end, agentEnd));
  if (cue) {
    const from = trigger.end + cue.index + cue[0].length;
    const agent = names.find((n) => n.start >= from && n.end <= agentEnd);
    if (agent) return group(names, agent, rules, text);
  }

  const before = names.filter((n) => n.start >= clauseStart && n.end <= trigger.start);
  if (before.length > 0) return group(names, before[0]!, rules, text);

  if (doc.has('labels')) {
    const label = doc.get('labels').find((l) => l.start >= sentence.start && l.end <= trigger.start);
    if (label) return label.term;
  }
  const subject = rules.subject.exec(text.slice(clauseStart, trigger.start + 1))
    ?? rules.subject.exec(text.slice(sentence.start, trigger.start + 1));
  return subject?.groups?.np ?? null;
}

/** People, organisations and places (not those after a place preposition, nor sources) in a sentence. */
function namedIn(doc: Doc, sentence: Span): Named[] {
  if (!doc.has('entities')) return [];
  const sources: Span[] = doc.has('attributions') ? doc.get('attributions').map((a) => a.sourceSpan) : [];
  const out: Named[] = [];
  for (const e of doc.get('entities')) {
    for (const m of e.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (sources.some((x) => x.start < m.end && m.start < x.end)) continue;
      out.push({ start: m.start, end: m.end, name: e.name, type: e.type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The name and those joined to it ("la Russie et la Syrie", "al-Nosra et de l'organisation Jaish al-Fatah"). */
function group(names: Named[], first: Named, rules: EventRules, text: string): string | string[] {
  const members = [first.name];
  let last = first;
  for (const n of names) {
    if (n.start <= last.start) continue;
    if (!rules.actorJoin.test(text.slice(last.end, n.start))) break;
    if (!members.includes(n.name)) members.push(n.name);
    last = n;
  }
  return members.length === 1 ? members[0]! : members;
}
