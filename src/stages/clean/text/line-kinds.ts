import type { CleaningRules } from '../../../lang/types.js';

export type LineKind = 'boilerplate' | 'related' | 'credit' | 'section' | 'text';

export interface ClassifiedLine {
  kind: LineKind;
  /** The line as printed, trimmed. */
  line: string;
  /** What the line carries: the related headline, the credit, the section name. */
  value: string[];
}

/** Size toggles printed glued to the next word by scrapers ("LGInternational"). */
const GLUED_TOGGLE = /^(?:XS|SM|MD|LG|XL)(?=\p{Lu}\p{Ll})/u;

export function splitGluedToggle(line: string): string[] {
  const m = GLUED_TOGGLE.exec(line);
  return m ? [m[0], line.slice(m[0].length)] : [line];
}

/** Classifies one line of scraped text with the cleaning rules of every candidate language. */
export function classifyLine(line: string, rulesets: CleaningRules[]): ClassifiedLine {
  for (const rules of rulesets) {
    if (rules.boilerplate.test(line)) return { kind: 'boilerplate', line, value: [] };
  }
  for (const rules of rulesets) {
    const related = rules.related.exec(line);
    if (related && related.index === 0 && related[0].length > 0 && related[0].length < line.length) {
      return { kind: 'related', line, value: [line.slice(related[0].length).trim()] };
    }
  }
  for (const rules of rulesets) {
    const credit = rules.credit.exec(line);
    if (credit?.groups) {
      const raw = credit.groups.agency ?? credit.groups.byline ?? credit.groups.source ?? '';
      const credits = raw.split(/\s*(?:,|\bet\b|\band\b|\bwith\b|\bavec\b|\/)\s*/u).map((c) => c.replace(/\.$/u, '').trim()).filter(Boolean);
      if (credits.length > 0) return { kind: 'credit', line, value: credits };
    }
  }
  const lower = line.toLowerCase();
  for (const rules of rulesets) {
    if (rules.sections.has(lower)) return { kind: 'section', line, value: [line] };
  }
  return { kind: 'text', line, value: [] };
}
