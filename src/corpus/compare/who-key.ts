import { countedGroups as en } from '../../lang/en/counted-groups.js';
import { countedGroups as fr } from '../../lang/fr/counted-groups.js';
import type { CountedGroupWords } from '../../lang/xx/counted-groups.js';
import { foldName } from '../stories/translit-key.js';

/** Languages whose words for who a figure counts are known; add a language by adding its lexicon here. */
const LEXICONS: Record<string, CountedGroupWords> = { fr, en };

interface Entry { words: string[]; group: string }

const compiled = new Map<string, Entry[]>();

function entries(language: string): Entry[] {
  let list = compiled.get(language);
  if (!list) {
    const lex = LEXICONS[language] ?? {};
    list = Object.entries(lex).flatMap(([group, forms]) => (forms ?? []).map((f) => ({ words: foldName(f).split(' '), group })));
    // Longest first, so "police officers" wins over a one-word entry at the same place.
    list.sort((a, b) => b.words.length - a.words.length);
    compiled.set(language, list);
  }
  return list;
}

/**
 * A language-neutral key for who a figure counts: "civils" and "civilians" → "g:civilian",
 * "manifestants" and "protesters" → "g:protester". Words no lexicon knows keep their first four folded letters, the
 * old same-language rule. Null when the figure does not say.
 */
export function whoKey(who: string | null, language: string | null): string | null {
  if (!who) return null;
  const words = foldName(who).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const langs = language && LEXICONS[language] ? [language] : Object.keys(LEXICONS);
  let best: string | null = null;
  // The head word comes first ("civils dont sept enfants" counts civilians, "couloirs humanitaires"
  // counts corridors, not aid workers): only an entry that opens the phrase counts.
  for (const lang of langs) {
    for (const e of entries(lang)) {
      if (e.words.every((w, j) => words[j] === w)) { best = e.group; break; }
    }
    if (best) break;
  }
  return best ? `g:${best}` : words[0]!.slice(0, 4);
}
