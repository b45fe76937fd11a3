import type { Doc, EntityRecord } from '../../model/document.js';
import type { EntityType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { PhraseRules } from './rules.js';
import { tokenize } from './tokens.js';

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
 */
export function headMention(text: string, span: Span, mentions: Mention[], rules: PhraseRules): Mention | null {
  const inside = mentions.filter((m) => m.start < span.end && span.start < m.end);
  const heads = inside.filter((m) => {
    const before = tokenize(text, Math.max(span.start, m.start - 16), m.start).filter((t) => t.word && !rules.determiners.has(t.lower));
    const prev = before[before.length - 1];
    return !(prev && rules.complementLinks.has(prev.lower));
  });
  const pool = heads.length > 0 ? heads : inside;
  if (pool.length === 0) return null;
  return [...pool].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || (a.type === 'PER' ? b.start - a.start : a.start - b.start))[0]!;
}

/** A speaker already met, in text order: antecedents for "il", "ce dernier", "le général". */
interface Antecedent { at: number; speaker: Speaker; type: EntityType | null }

/** How many characters back a title ("le général") may look for the name it stands for. */
const TITLE_WINDOW = 60;
const TYPE_RANK: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/**
 * Turns the words that name a speaker into a canonical name: an entity mention inside them, or
 * the entity a pronoun, "ce dernier" or a bare title points back to. Reads the entities layer when
 * it exists; without it, names fall back to the words themselves.
 */
export class SpeakerResolver {
  private readonly mentions: Mention[];
  private readonly entities: EntityRecord[];
  private readonly history: Antecedent[] = [];

  constructor(private readonly doc: Doc, private readonly rules: PhraseRules) {
    this.entities = doc.has('entities') ? doc.get('entities') : [];
    this.mentions = mentionsOf(doc);
  }

  /** Records a source named outside a quote ("selon l'OSDH") as an antecedent. */
  remember(speaker: Speaker): void {
    const type = speaker.entity !== null ? this.entities[speaker.entity]!.type : null;
    this.history.push({ at: speaker.span.start, speaker, type });
  }

  resolve(span: Span): Speaker {
    const speaker = this.resolveOnce(span);
    this.remember(speaker);
    return speaker;
  }

  private resolveOnce(span: Span): Speaker {
    const text = this.doc.text.slice(span.start, span.end);
    const direct = this.mentionIn(span);
    if (direct) return { name: this.entities[direct.entity]!.name, entity: direct.entity, span };
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word).map((t) => t.lower);
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
    if (title && content.length <= 3 && this.rules.determiners.has(words[0]!)) {
      return this.titled(span, title) ?? this.antecedent(span, ['PER'], true) ?? this.named(span, text);
    }
    return this.named(span, text);
  }

  private mentionIn(span: Span): Mention | null {
    return headMention(this.doc.text, span, this.mentions, this.rules);
  }

  /** The latest speaker or named mention before the span whose type fits. */
  private antecedent(span: Span, types: (EntityType | null)[], speakersFirst: boolean): Speaker | null {
    const fits = (t: EntityType | null) => types.includes(t);
    const lastSpeaker = [...this.history].reverse().find((h) => h.at < span.start && fits(h.type)
      && !this.rules.pronouns.has(h.speaker.name.toLowerCase()));
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
  private titled(span: Span, title: string): Speaker | null {
    const text = this.doc.text.toLowerCase();
    let at = text.lastIndexOf(title, span.start - 1);
    while (at >= 0) {
      const person = this.mentions.find((m) => m.type === 'PER' && m.start > at && m.start - at <= TITLE_WINDOW);
      if (person && person.end <= span.start) return { name: this.entities[person.entity]!.name, entity: person.entity, span };
      at = text.lastIndexOf(title, at - 1);
    }
    return null;
  }

  private named(span: Span, text: string): Speaker {
    const tokens = tokenize(this.doc.text, span.start, span.end);
    let i = 0;
    while (i < tokens.length - 1 && (this.rules.determiners.has(tokens[i]!.lower) || !tokens[i]!.word)) i++;
    const start = tokens[i]?.start ?? span.start;
    const name = this.doc.text.slice(start, span.end).trim() || text;
    return { name, entity: null, span };
  }
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
