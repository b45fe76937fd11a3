import type { HedgeSpan } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { hedges as defaultHedges } from '../../lang/xx/hedges.js';
import type { HedgeRules } from './rules.js';
import { globalOf, matchesOf } from '../../lang/match-all.js';
import { possibleMatches, stretchFilter } from '../../lang/required-literals.js';

/** A figure in a sentence: when a figures hedge stands in a sentence without any, it speaks of the sentence before. */
const FIGURE = /\p{N}/u;

/**
 * Hedges: the reporter's own doubt (conditional mood, "sans que ces chiffres puissent être
 * vérifiés", "allegedly"). One span per cue, with the sentences it covers, so that the claims
 * and quotes stages can mark what they find there `hedged`.
 */
export const hedgeStage: Stage = {
  name: 'hedges',
  requires: ['sentences'],
  assigns: ['hedges'],
  run(doc, ctx) {
    const rules = ctx.lang.hedges ?? defaultHedges;
    const sentences = doc.get('sentences');
    const out: HedgeSpan[] = [];
    // a cue whose words the text lacks is not run on any sentence
    const possible = possibleMatches(rules.cues, (c) => c.pattern, doc.text);
    const cues = rules.cues.flatMap((cue, k) => (possible[k] ? [{ cue, k }] : []));
    // and one whose words the sentence lacks is not run on it
    const inStretch = cues.length > 0 ? stretchFilter(rules.cues, (c) => c.pattern, doc.text) : null;
    sentences.forEach((sentence, index) => {
      if (!inStretch) return;
      const may = inStretch(sentence.start, sentence.end);
      const body = doc.text.slice(sentence.start, sentence.end);
      const taken: { start: number; end: number }[] = [];
      for (const { cue, k } of cues) {
        if (!may(k)) continue;
        for (const m of matchesOf(globalOf(cue.pattern), body)) {
          const start = sentence.start + m.index!;
          const end = start + m[0].length;
          if (taken.some((t) => t.start < end && start < t.end)) continue;
          if (cue.kind === 'conditional' && !isConditional(m[0], rules)) continue;
          taken.push({ start, end });
          const figures = m.groups?.figures !== undefined;
          const backwards = figures && m.groups?.anaphor !== undefined && !FIGURE.test(body) && index > 0;
          out.push({
            start, end, kind: cue.kind, sentence: index, scope: figures ? 'figures' : 'statement',
            covers: backwards ? [index - 1, index] : [index],
          });
        }
      }
    });
    doc.set('hedges', out.sort((a, b) => a.start - b.start));
  },
};

function isConditional(word: string, rules: HedgeRules): boolean {
  return !rules.notConditional.has(word.toLowerCase());
}
