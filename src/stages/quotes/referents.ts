import type { Doc, EntityRecord } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { Gender, PhraseRules } from './rules.js';
import type { Mention } from './speaker.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';

/** How many words before a person's mention may carry their title ("La directrice du centre hospitalier de Valmont, Hélène Marchetti"). */
const TITLE_REACH = 8;
/** Longest description read as one ("l'agence onusienne", "the UN refugee agency"), in words after the determiner. */
const DESCRIPTION_WORDS = 4;

/** A description standing for an organisation named elsewhere ("the union", "le ministère"), found anywhere in the text. */
export interface DescriptionMention extends Span { entity: number }

/**
 * What the article tells about each entity beyond its name: a person's gender (from a title or an
 * agreeing word before a mention, else from the given name), an organisation's kinds (an armed
 * group, a ministry, a company… from the words of its name and the noun written before it:
 * "l'ONG Médecins du Sahel") and, in French, its grammatical gender. Descriptions ("the group",
 * "l'agence onusienne") are linked to the organisation whose name or kind fits their head noun.
 */
export class Referents {
  private readonly genders = new Map<number, Gender | null>();
  private readonly kindsOf = new Map<number, Set<string>>();
  private readonly nounKinds = new Map<string, Set<string>>();
  private descriptionList: DescriptionMention[] | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly rules: PhraseRules,
    private readonly entities: EntityRecord[],
    private readonly mentions: Mention[],
  ) {
    for (const c of rules.collectives ?? []) {
      for (const n of c.nouns) {
        if (!this.nounKinds.has(n)) this.nounKinds.set(n, new Set());
        this.nounKinds.get(n)!.add(c.kind);
      }
    }
  }

  /** The kinds a collective noun describes ("group": armed, agency, company); empty when it is no collective. */
  kindsOfNoun(noun: string): Set<string> {
    return this.nounKinds.get(noun) ?? this.nounKinds.get(singular(noun)) ?? new Set();
  }

  /** A person's gender, or an organisation's grammatical gender where the language has one; null when unknown. */
  gender(entity: number): Gender | null {
    if (!this.genders.has(entity)) this.genders.set(entity, this.findGender(entity));
    return this.genders.get(entity)!;
  }

  private findGender(entity: number): Gender | null {
    const e = this.entities[entity]!;
    if (e.type === 'PER') {
      let female = 0;
      let male = 0;
      for (const m of this.mentions.filter((x) => x.entity === entity)) {
        const g = this.titleGender(m);
        if (g === 'female') female++;
        if (g === 'male') male++;
      }
      if (female !== male) return female > male ? 'female' : 'male';
      return this.nameGender(e.name);
    }
    if (!this.rules.genderedOrgPronouns) return null;
    const first = tokenize(e.name, 0, e.name.length).find((t) => t.word)?.lower;
    const before = this.mentions.filter((x) => x.entity === entity).map((m) => this.nounBefore(m)).find((n) => n !== null);
    const noun = before ?? (first && this.kindsOfNoun(first).size > 0 ? first : null);
    if (!noun) return null;
    return this.rules.feminineNouns?.has(noun) ? 'female' : 'male';
  }

  /** The gender told by the words right before a person's mention, or inside it ("Mme Marchetti", "le colonel Sall", "spokeswoman Jane Doe"). */
  private titleGender(m: Mention): Gender | null {
    const text = this.doc.text;
    const tokens = tokenize(text, Math.max(0, m.start - 120), m.end);
    let words = 0;
    for (let i = tokens.length - 1; i >= 0 && words <= TITLE_REACH; i--) {
      const t = tokens[i]!;
      if (!t.word) {
        // "M. Bensaïd": the period of an abbreviation is no sentence end
        if (t.text === '.' && tokens[i - 1] && /^\p{Lu}\p{L}{0,2}$/u.test(tokens[i - 1]!.text)) continue;
        if (/[.;:!?«»“”"()]/u.test(t.text)) break;
        continue;
      }
      if (t.start < m.start && this.mentions.some((o) => o.type === 'PER' && o.entity !== m.entity && o.start <= t.start && t.end <= o.end)) break;
      if (t.start >= m.start && isCapitalized(t) && !this.isGenderWord(t.lower)) continue;
      words++;
      const g = this.wordGender(t.lower) ?? this.determinerGender(tokens, i);
      if (g) return g;
    }
    return null;
  }

  private isGenderWord(w: string): boolean {
    return !!this.rules.genderedWords && (this.rules.genderedWords.female.has(w) || this.rules.genderedWords.male.has(w));
  }

  private wordGender(w: string): Gender | null {
    const g = this.rules.genderedWords;
    if (!g) return null;
    return g.female.has(w) ? 'female' : g.male.has(w) ? 'male' : null;
  }

  /** "la ministre", "le porte-parole": a gendered determiner right before a title. */
  private determinerGender(tokens: Token[], i: number): Gender | null {
    const d = this.rules.genderedDeterminers;
    const prev = tokens[i - 1];
    if (!d || !prev || !this.rules.personTitles.has(tokens[i]!.lower)) return null;
    return d.female.has(prev.lower) ? 'female' : d.male.has(prev.lower) ? 'male' : null;
  }

  /** The gender a given name usually goes with ("Marie-Claire": by its first part). */
  private nameGender(name: string): Gender | null {
    const names = this.rules.firstNames;
    if (!names) return null;
    const first = name.trim().split(/\s+/u)[0]?.toLowerCase().replace(/[.,]$/u, '') ?? '';
    for (const form of [first, first.split('-')[0]!]) {
      if (names.female.has(form)) return 'female';
      if (names.male.has(form)) return 'male';
    }
    return null;
  }

  /** The gender of a description by its determiner or a gendered noun ("une infirmière", "a spokeswoman"). */
  descriptionGender(span: Span): Gender | null {
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word);
    for (const [i, t] of words.entries()) {
      const g = this.wordGender(t.lower);
      if (g) return g;
      const d = this.rules.genderedDeterminers;
      if (i === 0 && d && words.length > 1) {
        if (d.female.has(t.lower)) return 'female';
        if (d.male.has(t.lower)) return 'male';
      }
    }
    return null;
  }

  /** The kinds of an organisation: by the words of its name and by a collective noun written right before it ("l'ONG X", "the group X"). */
  kinds(entity: number): Set<string> {
    let k = this.kindsOf.get(entity);
    if (k) return k;
    k = new Set();
    const nameWords = tokenize(this.entities[entity]!.name, 0, this.entities[entity]!.name.length).filter((t) => t.word).map((t) => t.lower);
    for (const c of this.rules.collectives ?? []) if (nameWords.some((w) => c.nameWords.has(w))) k.add(c.kind);
    for (const m of this.mentions.filter((x) => x.entity === entity)) {
      const noun = this.nounBefore(m);
      if (noun) for (const kind of this.kindsOfNoun(noun)) k.add(kind);
    }
    this.kindsOf.set(entity, k);
    return k;
  }

  /** A collective noun right before a mention ("l'ONG Médecins du Sahel", "medical charity Relief", "le syndicat Sud"). */
  private nounBefore(m: Mention): string | null {
    const tokens = tokenize(this.doc.text, Math.max(0, m.start - 40), m.start).filter((t) => t.word);
    for (const t of tokens.slice(-2).reverse()) if (this.kindsOfNoun(t.lower).size > 0) return t.lower;
    return null;
  }

  /** The head noun of a description: first after the determiner in French, last before a complement in English. */
  headNoun(span: Span): string | null {
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word);
    let i = 0;
    while (i < words.length && (this.rules.determiners.has(words[i]!.lower) || /['’]s$/u.test(words[i]!.text))) i++;
    const content: Token[] = [];
    for (; i < words.length; i++) {
      if (this.rules.complementLinks.has(words[i]!.lower) || this.rules.relativePronouns.has(words[i]!.lower)) break;
      content.push(words[i]!);
    }
    if (content.length === 0 || content.length > DESCRIPTION_WORDS) return null;
    const head = this.rules.headLast ? content[content.length - 1]! : content[0]!;
    return head.lower;
  }

  /**
   * The organisation a description stands for: among those named before `at`, the one whose name
   * holds the head noun ("le ministère" -> "ministère de la Santé") or whose kind the noun describes
   * ("the rebels" -> the armed group); the latest named wins a tie. Null when none fits.
   */
  link(head: string, at: number): number | null {
    const kinds = this.kindsOfNoun(head);
    let best: { entity: number; score: number; last: number } | null = null;
    const seen = new Map<number, number>();
    for (const m of this.mentions) if (m.end <= at && (m.type === 'ORG' || m.type === 'MISC')) seen.set(m.entity, m.start);
    for (const [entity, last] of seen) {
      const e = this.entities[entity]!;
      const nameWords = tokenize(e.name, 0, e.name.length).filter((t) => t.word).map((t) => singular(t.lower));
      // the noun in its name ("le ministère" -> "ministère de la Santé") or written before it ("l'ONG SOS Méditerranée") beats a kind that merely fits
      const written = this.mentions.some((m) => m.entity === entity && this.nounBefore(m) === head);
      let score = nameWords.includes(singular(head)) || written ? 3 : 0;
      const entityKinds = this.kinds(entity);
      if (score === 0 && [...kinds].some((k) => entityKinds.has(k))) score = 2;
      if (score === 0) continue;
      if (e.type === 'MISC' && entityKinds.size === 0) continue;
      if (!best || score > best.score || (score === best.score && last > best.last)) best = { entity, score, last };
    }
    return best?.entity ?? null;
  }

  /** Descriptions of organisations anywhere in the text ("The union rejected…"), linked to the entity they stand for: antecedents for "it". */
  descriptions(): DescriptionMention[] {
    if (this.descriptionList) return this.descriptionList;
    const out: DescriptionMention[] = [];
    if ((this.rules.collectives ?? []).length > 0) {
      const tokens = tokenize(this.doc.text, 0, this.doc.text.length);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (!t.word || !this.rules.determiners.has(t.lower)) continue;
        if (i > 0 && this.rules.complementLinks.has(tokens[i - 1]!.lower)) continue;
        for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
          const w = tokens[j]!;
          if (!w.word || isCapitalized(w)) break;
          if (this.kindsOfNoun(w.lower).size === 0) continue;
          const next = tokens[j + 1];
          // "the group's leader", "the union leader": the noun is not the head
          if (next && (next.text === "'" || next.text === '’' || (this.rules.headLast && next.word && !isCapitalized(next) && !this.rules.phraseBreakers.has(next.lower) && !this.rules.complementLinks.has(next.lower)))) break;
          if (this.mentions.some((m) => m.start >= w.end && m.start - w.end <= 2)) break;
          const entity = this.link(w.lower, t.start);
          if (entity !== null) out.push({ start: t.start, end: w.end, entity });
          break;
        }
      }
    }
    this.descriptionList = out;
    return out;
  }
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
