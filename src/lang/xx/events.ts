import type { EventRules } from '../../stages/events/rules.js';

const NEVER = /(?!)/u;

/** Without words of its language, no happening can be told. */
export const events: EventRules = {
  triggers: [],
  blockers: NEVER,
  since: NEVER,
  recentStatement: NEVER,
  agent: NEVER,
  subject: NEVER,
  actorJoin: NEVER,
  relative: /(?!)/gu,
  clauseVerb: /(?!)/gu,
  notRelative: NEVER,
  validity: NEVER,
  determiner: NEVER,
  continuation: NEVER,
  placePreposition: NEVER,
};
