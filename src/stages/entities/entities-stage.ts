import type { Stage } from '../../pipeline/stage.js';
import type { Doc, MetaMention } from '../../model/document.js';
import { entities as defaults } from '../../lang/xx/entities.js';
import { compileRules, type CompiledRules } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { sentenceNames } from './sentence-names.js';
import { groupMentions, type Found } from './group-mentions.js';
import type { DocContext } from './candidates.js';
import { nameKey } from './name-key.js';

/**
 * Named entities, one record per referent with all its mentions. Rules and lexicons, no model:
 * capitalised runs typed by titles, organisation heads, the gazetteer and first names, then
 * grouped by surname, acronym and place (see docs/reader-entities.md). The title, captions and
 * credits are read too: a caption's place or a credit's agency is named by the article.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences'],
  assigns: ['entities'],
  run(doc, ctx) {
    doc.set('entities', findEntities(doc, compileRules(ctx.lang.entities ?? defaults)));
  },
};

/** The last word of an outlet's name that says only what kind of outlet it is. */
const OUTLET_KINDS = new Set(['wire', 'news', 'newswire', 'agency', 'agence']);

/** "Le Matin Libre" -> "le matin libre", "matin libre": the article may name its own outlet. */
function outletKeys(outlet: string | null, lex: CompiledRules): Set<string> {
  if (!outlet) return new Set();
  const key = nameKey(outlet);
  const words = key.split(' ');
  const keys = new Set([key]);
  const bare = words.length > 1 && lex.stopwords.has(words[0]!) ? words.slice(1) : words;
  keys.add(bare.join(' '));
  // "Horizon 24" for "Horizon 24 English"; "APR" for "Atlantic Public Radio".
  if (bare.length > 2) keys.add(bare.slice(0, -1).join(' '));
  if (bare.length > 1) keys.add(bare.map((w) => w[0]).join(''));
  // "Northgate" for "Northgate Wire", "EBC" for "EBC News": a wire or a channel is named without its kind.
  if (bare.length === 2 && OUTLET_KINDS.has(bare[1]!)) keys.add(bare[0]!);
  return keys;
}

export function findEntities(doc: Doc, lex: CompiledRules): ReturnType<typeof groupMentions> {
  const pieces: { text: string; tokens: Token[]; source: Found['source'] }[] = [];
  for (const s of doc.get('sentences')) {
    pieces.push({ text: doc.text, tokens: tokenize(doc.text, s.start, s.end, lex), source: null });
  }
  const meta: [MetaMention['field'], (string | null)[]][] = [
    ['title', [doc.meta.title]], ['captions', doc.meta.captions], ['credits', doc.meta.credits],
  ];
  for (const [field, values] of meta) {
    values.forEach((value, index) => {
      if (value) pieces.push({ text: value, tokens: tokenize(value, 0, value.length, lex), source: { field, index } });
    });
  }
  // Words the document writes in lower case somewhere: capitalised at a sentence's head, they are not names.
  const lowercase = new Set<string>();
  for (const p of pieces) for (const t of p.tokens) if (!t.cap && !t.elided && /^\p{Ll}/u.test(t.text)) lowercase.add(t.key);

  const ctx: DocContext = { lowercase, outlet: outletKeys(doc.meta.outlet, lex) };

  const found: Found[] = [];
  for (const p of pieces) {
    for (const candidate of sentenceNames(p.text, p.tokens, lex, ctx)) {
      // A credit names the agency whose copy this is (a source); a byline's author is not named by the article.
      if (p.source?.field === 'credits' && candidate.type !== 'ORG') continue;
      found.push({ candidate, source: p.source });
    }
  }
  return groupMentions(found, lex);
}
