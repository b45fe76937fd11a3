import type { QuoteRules } from '../../stages/quotes/rules.js';

/** A language without rules of its own finds direct quotes by their marks only: no verbs, no words. */
export const quotes: QuoteRules = {
  verbs: { find: () => [] },
  dialogue: null,
  phrases: {
    determiners: new Set(), complementLinks: new Set(), phraseBreakers: new Set(), clauseOpeners: [], contentEnders: [],
    relativePronouns: new Set(), listJoiners: new Set(), contentOpeners: new Set(), pronouns: new Set(),
    latter: [], sameSource: [], agentMarkers: new Set(), personTitles: new Set(), audiences: new Set(),
    audienceVerbs: new Set(), gerundMarkers: new Set(), summaries: [], groupNouns: new Set(),
  },
};
