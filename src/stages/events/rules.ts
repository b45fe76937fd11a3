import type { EventType } from '../../model/contract.js';
import type { ContextRules } from '../claims/figure-context.js';

/**
 * A word or phrase that reports a happening. `strength` ranks the triggers of one sentence:
 * a verb that makes the sentence about it ("ont suspendu les frappes": 3) beats a verb
 * (2), which beats a bare noun (1) that may only be a complement ("reprendre les frappes").
 */
export interface EventTrigger { pattern: RegExp; type: EventType; strength: number }

export interface EventRules extends ContextRules {
  /** Global, Unicode, case-insensitive. */
  triggers: EventTrigger[];
  /** Just before a trigger: it is no new happening ("cette proposition", "l'échec de la trêve"). $-anchored. */
  blockers: RegExp;
  /** Just before a date: the date is a starting point, not the happening's ("depuis l'annonce fin septembre"). $-anchored. */
  since: RegExp;
  /** A reporting verb whose tense puts the statement on the publication day ("a indiqué", "said"). */
  recentStatement: RegExp;
  /** The first word of an adjunct of place or time ("à Inkaro, dans la nuit de dimanche à lundi"): a chain of them stays with its noun. ^-anchored. */
  adjunctOpener?: RegExp;
  /** The agent cue of a passive ("par", "by"), searched after the trigger in its clause. */
  agent: RegExp;
  /** The subject at the start of a clause, in group `np` ("l'armée russe a annoncé" -> "armée russe"). ^-anchored. */
  subject: RegExp;
  /** Between two actors of one happening ("et", "and", ","). ^-anchored, whole gap. */
  actorJoin: RegExp;
  /** A relative pronoun that opens a relative clause ("which", "qui"). Global. */
  relative: RegExp;
  /** A finite verb or auxiliary: the second one in a relative clause without a comma is the main clause's. Global. */
  clauseVerb: RegExp;
  /** Just before such a pronoun: it opens a complement or a conjunction instead ("said that", "parce que"). $-anchored. */
  notRelative: RegExp;
  /** Just before a date: it bounds a validity, not a happening ("until", "takes effect on", "jusqu'à"). $-anchored. */
  validity: RegExp;
  /** Just before a date after a noun trigger: the day it is planned for ("une pause, prévue jeudi", "talks scheduled for Friday"). $-anchored. */
  plannedFor?: RegExp;
}
