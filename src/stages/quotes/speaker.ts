import type { Doc, EntityRecord } from '../../model/document.js';
import type { EntityType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { PhraseRules } from './rules.js';
import { isCapitalized, tokenize } from './tokens.js';
import { Referents } from './referents.js';
import type { Gender, PronounKind } from './rules.js';

export interface Speaker {
  name: string;
  entity: number | null;
  span: Span;
}

export interface Mention { start: number; end: number; entity: number; type: EntityType }

/** Every entity mention of the document, in text order (empty without an entities layer). */
export function mentionsOf(doc: Doc): Mention[] {
  const entities = doc.has('entities') ? doc.get('entities') : [];
  return entities
    .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity, type: e.type })))
    .sort((a, b) => a.start - b.start);
}

/**
 * The mention that heads a stretch naming a speaker: a person before an organisation before a
 * place, never one inside a complement ("le porte-parole de Poutine", "à l'AMP", "au micro du Matin").
 * When every mention is inside a complement, `strict` gives none ("a raconté à l'AFP", "a nurse at
 * Mesra General Hospital"); otherwise the complement's mention stands in.
 */
export function headMention(text: string, span: Span, mentions: Mention[], rules: PhraseRules, strict = false): Mention | null {
  const inside = mentions.filter((m) => m.start < span.end && span.start < m.end);
  const heads = inside.filter((m) => {
    // (an elided article may come as "l" before its apostrophe: "à l'AFP")
    const before = tokenize(text, Math.max(span.start, m.start - 16), m.start)
      .filter((t) => t.word && !rules.determiners.has(t.lower) && !rules.determiners.has(`${t.lower}'`));
    const prev = before[before.length - 1];
    return !(prev && rules.complementLinks.has(prev.lower));
  });
  const pool = heads.length > 0 || strict ? heads : inside;
  if (pool.length === 0) return null;
  return [...pool].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || (a.type === 'PER' ? b.start - a.start : a.start - b.start))[0]!;
}

/** A speaker already met, in text order: antecedents for "il", "ce dernier", "le général". */
interface Antecedent {
  at: number;
  speaker: Speaker;
  type: EntityType | null;
  /** A person's gender, an organisation's grammatical gender, a description's gender ("une infirmière"). */
  gender: Gender | null;
  /** A description of an organisation or of several people ("the union", "des riverains"): an antecedent for "it"/"they". */
  collective: boolean;
}

/** How many characters back a title ("le général") may look for the name it stands for. */
const TITLE_WINDOW = 60;
/** How many sentences back the last speaker still is the topic a pronoun continues. */
const TOPIC_SENTENCES = 2;
const TYPE_RANK: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/**
 * Turns the words that name a speaker into a canonical name: an entity mention inside them, or
 * the entity a pronoun, a description ("le ministère", "the group"), "ce dernier" or a bare title
 * points back to. Pronouns agree in gender ("elle", "she" pass over the men named since) and
 * continue the last speaker when it fits ("L'agence assure … Elle affirme"); "it" stands for an
 * organisation. Reads the entities layer when it exists; without it, names fall back to the words.
 */
export class SpeakerResolver {
  private readonly mentions: Mention[];
  private readonly entities: EntityRecord[];
  private readonly history: Antecedent[] = [];
  private readonly referents: Referents;

  constructor(private readonly doc: Doc, private readonly rules: PhraseRules) {
    this.entities = doc.has('entities') ? doc.get('entities') : [];
    this.mentions = mentionsOf(doc);
    this.referents = new Referents(doc, rules, this.entities, this.mentions);
  }

  /** Records a source named outside a quote ("selon l'OSDH") as an antecedent. */
  remember(speaker: Speaker): void {
    const type = speaker.entity !== null ? this.entities[speaker.entity]!.type : null;
    const gender = speaker.entity !== null ? this.referents.gender(speaker.entity) : this.referents.descriptionGender(speaker.span);
    const head = speaker.entity === null ? this.referents.headNoun(speaker.span) : null;
    const collective = head !== null && (this.referents.kindsOfNoun(head).size > 0 || this.isPlural(speaker.span));
    this.history.push({ at: speaker.span.start, speaker, type, gender, collective });
  }

  resolve(span: Span): Speaker {
    const speaker = this.resolveOnce(span);
    this.remember(speaker);
    return speaker;
  }

  private resolveOnce(span: Span): Speaker {
    // "A commander with the Free Syrian Army, who gave his name only as Abu Bakr, told …"
    const alias = this.rules.aliasAfter?.exec(this.doc.text.slice(span.end, span.end + 80));
    if (alias) {
      const at = span.end + alias[0].length;
      const person = this.mentions.find((m) => m.type === 'PER' && m.start >= at && m.start <= at + 2);
      if (person) return { name: this.entities[person.entity]!.name, entity: person.entity, span };
    }
    return this.resolveDescribed(span);
  }

  private resolveDescribed(span: Span): Speaker {
    const text = this.doc.text.slice(span.start, span.end);
    const direct = this.mentionIn(span);
    if (direct) return { name: this.entities[direct.entity]!.name, entity: direct.entity, span };
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word).map((t) => t.lower);
    const kind = words.length === 1 ? this.rules.pronounKinds?.[words[0]!] : undefined;
    if (kind) return this.pronoun(span, kind) ?? this.named(span, text);
    if (words.length === 1 && this.rules.pronouns.has(words[0]!)) {
      return this.antecedent(span, ['PER'], false) ?? this.antecedent(span, [null, 'ORG'], true) ?? this.named(span, text);
    }
    if (this.rules.latter.some((l) => sameWords(l, words))) {
      return this.antecedent(span, ['PER', 'ORG', null], false) ?? this.named(span, text);
    }
    if (this.rules.sameSource.some((l) => sameWords(l, words))) {
      return this.antecedent(span, ['PER', 'ORG', 'LOC', null], true) ?? this.named(span, text);
    }
    const content = words.filter((w) => !this.rules.determiners.has(w));
    const title = content.find((w) => this.rules.personTitles.has(w));
    // "ce père de quatre enfants": a demonstrative description of the person just named
    if (!title && this.rules.demonstratives?.has(words[0]!) && words.length > 1) {
      const gender = this.referents.descriptionGender(span);
      const person = this.pronoun(span, gender ?? 'male');
      if (person && (gender !== null || person.entity !== null)) return person;
    }
    // "un officier", "a spokesman": an indefinite description introduces someone new, never a person named before
    if (this.rules.indefinites?.has(words[0]!)) return this.named(span, text);
    if (title && content.length <= 3 && this.rules.determiners.has(words[0]!)) {
      const qualifiers = content.filter((w) => w !== title && !this.rules.complementLinks.has(w));
      return this.titled(span, title, qualifiers) ?? this.describedPerson(span, title, qualifiers)
        ?? this.antecedent(span, ['PER'], true) ?? this.named(span, text);
    }
    if (this.rules.determiners.has(words[0]!)) {
      const linked = this.described(span);
      if (linked) return linked;
    }
    return this.named(span, text);
  }

  private mentionIn(span: Span): Mention | null {
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word);
    // "une infirmière des urgences", "a nurse at X": a description whose only names are in its complement is not those names
    const description = words.length > 1 && this.rules.determiners.has(words[0]!.lower) && !isCapitalized(words[1]!)
      && !this.rules.personTitles.has(words[1]!.lower);
    return headMention(this.doc.text, span, this.mentions, this.rules, description);
  }

  /** "le ministère", "the rebels", "l'agence onusienne": the organisation named before that fits, or an earlier unnamed source with the same head noun. */
  private described(span: Span): Speaker | null {
    const head = this.referents.headNoun(span);
    if (!head || this.referents.kindsOfNoun(head).size === 0) return null;
    // "the national doctors' union said … according to the doctors' union": an unnamed source met
    // before whose words hold every word of this description beats a name that only shares its head
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word && !this.rules.determiners.has(t.lower)).map((t) => t.lower);
    if (words.length > 1) {
      const same = [...this.history].reverse().find((h) => h.at < span.start && h.speaker.entity === null && words.every((w) =>
        tokenize(this.doc.text, h.speaker.span.start, h.speaker.span.end).some((t) => t.lower === w)));
      if (same) return { name: same.speaker.name, entity: null, span };
    }
    const entity = this.referents.link(head, span.start);
    if (entity !== null) return { name: this.entities[entity]!.name, entity, span };
    // "the regional health ministry said … The ministry disputed": the same unnamed source
    const earlier = [...this.history].reverse().find((h) => h.at < span.start && h.speaker.entity === null
      && h.speaker.span.end - h.speaker.span.start > span.end - span.start && this.referents.headNoun(h.speaker.span) === head);
    return earlier ? { name: earlier.speaker.name, entity: null, span } : null;
  }

  /**
   * A pronoun's antecedent: the last speaker when it fits (in gender, or as an organisation) and
   * spoke at most two sentences before; else the latest person of the pronoun's gender, then of
   * unknown gender; "it" the latest organisation, "they" the latest organisation or group.
   */
  private pronoun(span: Span, kind: PronounKind): Speaker | null {
    const si = this.doc.sentenceAt(span.start);
    const last = [...this.history].reverse().find((h) => h.at < span.start && h.speaker.span.end <= span.start && !this.isPronounSpeaker(h));
    if (last && si - this.doc.sentenceAt(last.at) <= TOPIC_SENTENCES && this.fits(last, kind)) return { ...last.speaker, span };
    const at = (h: { at: number } | { start: number }) => ('at' in h ? h.at : h.start);
    if (kind === 'male' || kind === 'female') {
      const people: ({ at: number; entity: number | null; name: string; gender: Gender | null })[] = [
        ...this.history.filter((h) => h.at < span.start && !this.isPronounSpeaker(h) && (h.type === 'PER' || (h.type === null && !h.collective && h.gender !== null)))
          .map((h) => ({ at: h.at, entity: h.speaker.entity, name: h.speaker.name, gender: h.gender })),
        ...this.mentions.filter((m) => m.type === 'PER' && m.end <= span.start)
          .map((m) => ({ at: m.start, entity: m.entity, name: this.entities[m.entity]!.name, gender: this.referents.gender(m.entity) })),
      ].sort((a, b) => b.at - a.at);
      const pick = people.find((p) => p.gender === kind) ?? people.find((p) => p.gender === null);
      return pick ? { name: pick.name, entity: pick.entity, span } : null;
    }
    const orgs = [
      ...this.history.filter((h) => h.at < span.start && !this.isPronounSpeaker(h) && (h.type === 'ORG' || h.collective))
        .map((h) => ({ at: h.at, entity: h.speaker.entity, name: h.speaker.name })),
      ...[...this.mentions.filter((m) => m.type === 'ORG'), ...this.referents.descriptions()].filter((m) => m.end <= span.start)
        .map((m) => ({ at: at(m), entity: m.entity, name: this.entities[m.entity]!.name })),
    ].sort((a, b) => b.at - a.at);
    const pick = orgs[0];
    return pick ? { name: pick.name, entity: pick.entity, span } : null;
  }

  private fits(h: Antecedent, kind: PronounKind): boolean {
    if (kind === 'neuter') return h.type === 'ORG' || (h.type === null && h.collective && !this.isPlural(h.speaker.span));
    if (kind === 'plural') return h.type === 'ORG' || (h.type === null && h.collective);
    if (h.type === 'PER') return h.gender === kind || h.gender === null;
    if (h.type === 'ORG' || (h.type === null && h.collective)) return !!this.rules.genderedOrgPronouns && h.gender === kind;
    return h.type === null && h.gender === kind;
  }

  private isPronounSpeaker(h: Antecedent): boolean {
    const name = h.speaker.name.toLowerCase();
    return this.rules.pronouns.has(name) || !!this.rules.pronounKinds?.[name];
  }

  /** "des riverains", "les rebelles", "aid agencies": several parties. */
  private isPlural(span: Span): boolean {
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word);
    const head = this.referents.headNoun(span);
    return (words[0] !== undefined && PLURAL_DETERMINERS.has(words[0].lower)) || (!!head && head.length > 3 && /[sx]$/u.test(head) && !head.endsWith('ss'));
  }

  /** The latest speaker or named mention before the span whose type fits. */
  private antecedent(span: Span, types: (EntityType | null)[], speakersFirst: boolean): Speaker | null {
    const fits = (t: EntityType | null) => types.includes(t);
    const lastSpeaker = [...this.history].reverse().find((h) => h.at < span.start && fits(h.type)
      && !this.isPronounSpeaker(h));
    const mentionsBefore = this.mentions.filter((m) => m.end <= span.start && fits(m.type));
    const lastMention = mentionsBefore[mentionsBefore.length - 1];
    let pick: Speaker | null = null;
    if (lastSpeaker && (speakersFirst || !lastMention || lastSpeaker.at >= lastMention.start)) {
      pick = lastSpeaker.speaker;
    } else if (lastMention) {
      pick = { name: this.entities[lastMention.entity]!.name, entity: lastMention.entity, span };
    }
    return pick ? { name: pick.name, entity: pick.entity, span } : null;
  }
  /** "le général": the person last named right after that same title ("le général russe Sergueï Roudskoï"). */
  private titled(span: Span, title: string, qualifiers: string[] = []): Speaker | null {
    return this.titledAs(span, title, qualifiers)
      ?? (this.rules.titleKin?.[title] ?? []).reduce<Speaker | null>((found, kin) => found ?? this.titledAs(span, kin, []), null);
  }

  private titledAs(span: Span, title: string, qualifiers: string[]): Speaker | null {
    const text = this.doc.text.toLowerCase();
    let at = text.lastIndexOf(title, span.start - 1);
    while (at >= 0) {
      const person = this.mentions.find((m) => m.type === 'PER' && m.start > at && m.start - at <= TITLE_WINDOW);
      // "le président français" is not the one named after "le président russe"
      const between = person ? text.slice(at + title.length, person.start) : '';
      const agrees = qualifiers.every((q) => between.includes(q)) || !this.otherQualifier(between, qualifiers);
      if (person && person.end <= span.start && agrees) return { name: this.entities[person.entity]!.name, entity: person.entity, span };
      at = text.lastIndexOf(title, at - 1);
    }
    return null;
  }

  /** Whether a title's own words ("russe") differ from the description's ("français"). */
  private otherQualifier(between: string, qualifiers: string[]): boolean {
    if (qualifiers.length === 0) return false;
    const words = between.match(/\p{L}+/gu) ?? [];
    return words.some((w) => !this.rules.determiners.has(w) && !this.rules.complementLinks.has(w) && !qualifiers.includes(w) && /^\p{Ll}/u.test(w));
  }

  /**
   * "la chancelière allemande" after "Angela Merkel et François Hollande": the latest person named
   * before it whose gender agrees and who was never given another title's qualifier.
   */
  private describedPerson(span: Span, title: string, qualifiers: string[]): Speaker | null {
    if (qualifiers.length === 0) return null;
    const gender = this.referents.descriptionGender(span);
    const text = this.doc.text.toLowerCase();
    const before = this.mentions.filter((m) => m.type === 'PER' && m.end <= span.start);
    for (let k = before.length - 1; k >= 0; k--) {
      const m = before[k]!;
      const g = this.referents.gender(m.entity);
      if (gender && g && g !== gender) continue;
      // a person introduced with another qualifier of the same title ("le président russe Vladimir Poutine") is someone else
      const intro = text.slice(Math.max(0, m.start - TITLE_WINDOW), m.start);
      const at = intro.lastIndexOf(title);
      if (at >= 0 && this.otherQualifier(intro.slice(at + title.length), qualifiers)) continue;
      return { name: this.entities[m.entity]!.name, entity: m.entity, span };
    }
    return null;
  }

  private named(span: Span, text: string): Speaker {
    const tokens = tokenize(this.doc.text, span.start, span.end);
    let i = 0;
    while (i < tokens.length - 1 && (this.rules.determiners.has(tokens[i]!.lower) || !tokens[i]!.word)) i++;
    const start = tokens[i]?.start ?? span.start;
    // "un commandant rebelle joint par téléphone": the participle of reaching is not part of who speaks
    let end = span.end;
    const words = tokens.filter((t) => t.word && t.start >= start);
    while (words.length > 1 && this.rules.reachedBy?.has(words[words.length - 1]!.lower)) end = words.pop()!.start;
    const name = this.doc.text.slice(start, end).trim() || text;
    return { name, entity: null, span };
  }
}

/** Determiners of several ("les", "des", "these"); a plural noun tells the same in English. */
const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'leurs', 'plusieurs', 'certains', 'these', 'those', 'some', 'many', 'several']);

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
