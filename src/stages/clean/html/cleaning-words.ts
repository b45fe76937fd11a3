/**
 * The words HTML cleaning reads, one list per kind. Each language folder fills the lists it knows
 * (src/lang/<code>/html-cleaning.ts); `cleaning-vocabulary.ts` merges them and compiles the
 * patterns once. Phrases are plain strings (case-insensitive, whitespace-tolerant), not regexes,
 * so a language file stays a list of words.
 */
export interface HtmlCleaningWords {
  /** Lead-ins of a link to another article ("Lire aussi", "Read more"); a headline may follow. */
  relatedLeads: string[];
  /** Headings over a list of other articles ("Sur le même sujet", "More stories"). */
  relatedHeadings: string[];
  /**
   * Headings over site-wide lists ("Les plus lus", "Most viewed", "Meistgelesen", "Top stories"):
   * chrome, not articles related to this one, so their items go to `boilerplate`, not `related`.
   */
  popularHeadings: string[];
  /** Headings that open a comment section ("Commentaires", "Leave a reply"). */
  commentHeadings: string[];
  /** Short lines that are page chrome on their own ("Partager", "Advertisement"). */
  chromeLines: string[];
  /** Line starts that announce chrome whatever follows ("Suivez-nous sur", "Sign up for"). */
  chromeLeads: string[];
  /** Words that introduce a credit ("Par", "Avec", "By", "With"). */
  creditLeads: string[];
  /** Words that join credited names ("et", "avec", "and", "with"): "Jane Doe, with Reuters". */
  creditJoiners: string[];
  /** Words that introduce a photo credit inside a caption ("Photo :", "Crédit"). */
  photoCreditLeads: string[];
  /** Words between a day and its month ("13 de octubre"), none in most languages. */
  dateJoiners: string[];
  /** Month names, January first: each entry lists the full name and its usual abbreviations. */
  months: string[][];
}

/** Names in class and id attributes, and wire agencies: no natural language owns them. */
export interface HtmlMarkupWords {
  /** Subtrees removed whatever they hold: comment threads, share bars, cookie banners… */
  chromeClasses: string[];
  /** Names that contain a chrome name but describe content: a section that "has-ads" beside it, Drupal's "node--promoted". */
  chromeLookalikes: string[];
  /** Subtrees removed unless their name also says content ("sidebar", "menu", "footer"). */
  unlikelyClasses: string[];
  /** Names that say "main text here" ("article-body", "entry-content", "story"). */
  contentClasses: string[];
  /** Names that lower a candidate's score without removing it ("meta", "tags", "widget"). */
  negativeClasses: string[];
  /** Names of comment sections (stop words for the body). */
  commentClasses: string[];
  commentLookalikes: string[];
  /** Names of byline / author elements. */
  bylineClasses: string[];
  /** Names of caption elements outside <figcaption>. */
  captionClasses: string[];
  /** Names of the photo-credit element inside a caption ("credit", "copyright"): not caption text. */
  photoCreditClasses: string[];
  /** Names of a standfirst printed beside the body ("chapo", "standfirst", "intro"): it starts the body. */
  standfirstClasses: string[];
  /** Photo agencies as captions credit them ("Getty Images", "iStock"); wire agencies count too. */
  photoAgencies: string[];
  /** Wire agencies as they sign copy ("AFP", "Reuters"). */
  agencies: string[];
}
