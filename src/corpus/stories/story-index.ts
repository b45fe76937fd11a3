import type { ArticleFeatures } from './features.js';

/**
 * Incremental single-pass clustering: each article is compared only with the stories active
 * around its date (within the window) and joins the most similar one above the threshold,
 * or opens a new story. Similarity is the cosine of TF-IDF vectors, article against story
 * centroid, names weighted above keywords because names cross languages and keywords do not.
 */
export interface StoryOptions {
  /** An article joins a story only if published within this many days of the story's span. */
  windowDays: number;
  /** Minimum cosine to join a story. Chosen on ECB+ (docs/stories-and-compare.md). */
  threshold: number;
  /**
   * Minimum name cosine for an article in a language the story does not have yet. Lower than
   * `threshold` because invented or translated names ("Upper Sarn" / "Haut-Sarn") and
   * sentence-initial capitals add noise on each side; on the examples, true cross-language
   * pairs score 0.14 to 0.22 and unrelated ones under 0.01.
   */
  crossThreshold: number;
  /** Share of the name cosine in the score; the rest is the keyword cosine. */
  nameShare: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = { windowDays: 21, threshold: 0.2, nameShare: 0.6, crossThreshold: 0.1 };

export interface StoryState {
  id: string;
  articles: string[];
  outlets: Set<string>;
  languages: Set<string>;
  first: number | null;
  last: number | null;
  /** Sum over the story's articles of each feature's damped count (1 + ln tf). */
  sums: Map<string, number>;
  /** Cached norms of the name and keyword parts (weights change as articles arrive). */
  norm: Map<string, number> | null;
}

export interface Assignment { storyId: string; score: number; created: boolean }

function isWord(key: string): boolean {
  return key.startsWith('w:');
}

/** The part of a vector a feature belongs to: "names", or the keywords of one language ("w:fr"). */
function partOf(key: string): string {
  return isWord(key) ? key.slice(0, key.indexOf(':', 2)) : 'names';
}

function damped(f: ArticleFeatures): Map<string, number> {
  const v = new Map<string, number>();
  for (const [k, n] of f.names) v.set(k, 1 + Math.log(n));
  // Keywords are tagged with their language: a story's keyword centroid is kept per language.
  for (const [k, n] of f.words) v.set(`w:${f.language ?? 'xx'}:${k}`, 1 + Math.log(n));
  return v;
}

export class StoryIndex {
  readonly stories = new Map<string, StoryState>();
  private readonly df = new Map<string, number>();
  private readonly display = new Map<string, string>();
  private docs = 0;
  private nextNumber = 1;

  constructor(readonly options: StoryOptions = DEFAULT_STORY_OPTIONS, private readonly newId: (n: number) => string = (n) => `s${n}`) {}

  /** Counts an article's features into the document frequencies. Call once per article, before assigning. */
  observe(f: ArticleFeatures): void {
    this.docs += 1;
    for (const k of damped(f).keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    for (const [k, v] of f.display) if (!this.display.has(k)) this.display.set(k, v);
    for (const s of this.stories.values()) s.norm = null;
  }

  private weight(key: string): number {
    const df = this.df.get(key) ?? 0;
    // Features in over half the articles say nothing about which story (once there are enough articles to tell).
    if (this.docs >= 10 && df > this.docs / 2) return 0;
    return Math.log((this.docs + 1) / (df + 1)) + 1;
  }

  private storyNorm(s: StoryState, part: string): number {
    if (s.norm === null) {
      const sq = new Map<string, number>();
      for (const [k, v] of s.sums) sq.set(partOf(k), (sq.get(partOf(k)) ?? 0) + (v * this.weight(k)) ** 2);
      s.norm = new Map([...sq].map(([p, x]) => [p, Math.sqrt(x)]));
    }
    return s.norm.get(part) ?? 0;
  }

  /** Whether a story is active around an article's day (unknown dates never exclude). */
  private active(s: StoryState, day: number | null): boolean {
    if (day === null || s.first === null || s.last === null) return true;
    const w = this.options.windowDays;
    return day >= s.first - w && day <= s.last + w;
  }

  /**
   * Names and keywords are scored apart and mixed: a French and an English article share
   * almost no keywords, so one cosine over both would drown their shared names.
   */
  similarity(f: ArticleFeatures, s: StoryState): number {
    const lang = `w:${f.language ?? 'xx'}`;
    const dot = [0, 0];
    const norm = [0, 0];
    for (const [k, x] of damped(f)) {
      const part = isWord(k) ? 1 : 0;
      const w = this.weight(k);
      norm[part] += (x * w) ** 2;
      const y = s.sums.get(k);
      if (y !== undefined) dot[part] += x * w * y * w;
    }
    const sn = this.storyNorm(s, 'names');
    const sw = this.storyNorm(s, lang);
    const names = sn * norm[0] === 0 ? 0 : dot[0] / (sn * Math.sqrt(norm[0]));
    // Keywords of another language cannot match: judge a cross-language article by its names.
    if (sw === 0) return names;
    const words = norm[1] === 0 ? 0 : dot[1] / (sw * Math.sqrt(norm[1]));
    const a = this.options.nameShare;
    return a * names + (1 - a) * words;
  }

  /** The best active story for an article, or a new one. */
  assign(f: ArticleFeatures): Assignment {
    let best: StoryState | null = null;
    let bestScore = 0;
    let bestMargin = 0;
    for (const s of this.stories.values()) {
      if (!this.active(s, f.day)) continue;
      const score = this.similarity(f, s);
      const cross = f.language !== null && s.languages.size > 0 && !s.languages.has(f.language);
      const margin = score - (cross ? this.options.crossThreshold : this.options.threshold);
      if (margin >= 0 && (best === null || score > bestScore)) { best = s; bestScore = score; bestMargin = margin; }
    }
    if (best && bestMargin >= 0) {
      this.attach(f, best.id);
      return { storyId: best.id, score: bestScore, created: false };
    }
    const id = this.createId();
    this.attach(f, id);
    return { storyId: id, score: 1, created: true };
  }

  private createId(): string {
    let id = this.newId(this.nextNumber++);
    while (this.stories.has(id)) id = this.newId(this.nextNumber++);
    return id;
  }

  /** Puts an article in a story (an assignment read back from the store, or a fresh one). */
  attach(f: ArticleFeatures, storyId: string): void {
    let s = this.stories.get(storyId);
    if (!s) {
      s = { id: storyId, articles: [], outlets: new Set(), languages: new Set(), first: null, last: null, sums: new Map(), norm: null };
      this.stories.set(storyId, s);
      const n = /^s(?<n>\d+)$/u.exec(storyId)?.groups?.n;
      if (n) this.nextNumber = Math.max(this.nextNumber, Number(n) + 1);
    }
    s.articles.push(f.id);
    if (f.outlet) s.outlets.add(f.outlet);
    if (f.language) s.languages.add(f.language);
    if (f.day !== null) {
      s.first = s.first === null ? f.day : Math.min(s.first, f.day);
      s.last = s.last === null ? f.day : Math.max(s.last, f.day);
    }
    for (const [k, x] of damped(f)) s.sums.set(k, (s.sums.get(k) ?? 0) + x);
    s.norm = null;
  }

  /** The story's strongest name features: what it is about, for display. */
  topNames(storyId: string, n = 5): string[] {
    const s = this.stories.get(storyId);
    if (!s) return [];
    return [...s.sums].filter(([k]) => !k.startsWith('w:')).map(([k, v]) => [k, v * this.weight(k)] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => this.display.get(k) ?? k.slice(2));
  }
}

/** Sorts articles for assignment: by date, undated last, then id, so runs are reproducible. */
export function assignmentOrder(a: ArticleFeatures, b: ArticleFeatures): number {
  const da = a.day ?? Number.MAX_SAFE_INTEGER;
  const db = b.day ?? Number.MAX_SAFE_INTEGER;
  return da - db || a.id.localeCompare(b.id);
}
