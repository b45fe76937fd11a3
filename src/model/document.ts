import type { Span } from './span.js';
import type { EntityType, QuoteKind, ClaimFields, EventFields } from './contract.js';

/** What is known about an article before its text is read. */
export interface DocumentMeta {
  id: string;
  path: string | null;
  url: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, the reference date for relative dates. */
  published: string | null;
  language: string | null;
  title: string | null;
  section: string | null;
  credits: string[];
  captions: string[];
  related: string[];
  boilerplate: string[];
}

export interface SentenceSpan extends Span { paragraph: number }
export interface MentionSpan extends Span { entity: number }
/** A name read in the article's metadata rather than its body: offsets are into that field's string. */
export interface MetaMention extends Span { field: 'title' | 'captions' | 'credits'; index: number; text: string }
export interface EntityRecord {
  name: string;
  type: EntityType;
  mentions: MentionSpan[];
  /** Roles written with a person's name ("général russe", "secrétaire de presse de Vladimir Poutine"). */
  titles?: string[];
  /** The gazetteer id of a place (src/lang/gazetteer.ts). */
  placeId?: string;
  /** Mentions in the title, captions or credits (a caption's "Voronezh", a credit's "AFP"). */
  elsewhere?: MetaMention[];
}
export interface QuoteSpan extends Span {
  kind: QuoteKind;
  /** Index into the entities layer when the speaker resolves to one. */
  speakerEntity: number | null;
  /** The words that name the speaker ("le général", "il", "l'ONU, la France et les Etats-Unis"). */
  speakerSpan: Span | null;
  speakerName: string | null;
  cue: string | null;
  cueSpan: Span | null;
  hedged: boolean;
  /** Every party of a group speaker ("l'ONU, la France et les Etats-Unis"); `speakerName` is the first. */
  speakers?: { name: string; entity: number | null; span: Span }[];
}
export interface HedgeSpan extends Span {
  kind: 'conditional' | 'unverified' | 'alleged' | 'attribution';
  sentence: number;
  /** 'figures': the hedge is about figures ("sans que ces chiffres puissent être vérifiés"); 'statement': about what its sentence says. */
  scope: 'figures' | 'statement';
  /** Indices of the sentences it covers: its own, and the one before for a standalone "Ces chiffres n'ont pu être vérifiés." */
  covers: number[];
}
export interface AttributionSpan extends Span {
  /** "selon", "d'après", "according to", "cité par" … */
  cue: string;
  sourceSpan: Span;
  sourceName: string;
  sourceEntity: number | null;
  /** 'preposition': "selon X", "according to X", "cité par X"; 'speech': the speaker of a quote ("X a dit"). */
  kind?: 'preposition' | 'speech';
  /** The sentence the attribution stands in, and the statement it governs within it. */
  sentence?: number;
  governs?: Span;
}
export interface DateSpan extends Span {
  value: string;
  /** day, month, range of days, or a `period` window ending at publication ("les dernières 72 heures"). */
  kind?: 'day' | 'month' | 'range' | 'period';
}
export interface ClaimSpan extends Span, ClaimFields {
  /** The figure itself inside the claim's sentence. */
  figure: Span;
}
export interface EventSpan extends Span, EventFields {}
export interface LabelSpan extends Span {
  group: string;
  term: string;
  inQuote: boolean;
  reported: boolean;
  /** Set when the label is in the title: its offsets are then into `meta.title`, not the text. */
  field?: 'title';
}

/** Every layer a stage may add, by name. */
export interface Layers {
  paragraphs: Span[];
  headings: Span[];
  sentences: SentenceSpan[];
  entities: EntityRecord[];
  quotes: QuoteSpan[];
  attributions: AttributionSpan[];
  hedges: HedgeSpan[];
  dates: DateSpan[];
  claims: ClaimSpan[];
  events: EventSpan[];
  labels: LabelSpan[];
}
export type LayerName = keyof Layers;

/**
 * One article: one normalized text plus named span layers over it (spaCy's Doc, in spirit).
 * Stages add layers; nothing copies or re-parses the text another stage already parsed.
 */
export class Doc {
  readonly layers: Partial<Layers> = {};
  constructor(readonly text: string, readonly meta: DocumentMeta) {}

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer "${name}" has not been assigned yet`);
    return layer as Layers[K];
  }

  set<K extends LayerName>(name: K, spans: Layers[K]): void {
    this.layers[name] = spans;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The sentence index containing an offset, by binary search. */
  sentenceAt(offset: number): number {
    const sentences = this.get('sentences');
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
