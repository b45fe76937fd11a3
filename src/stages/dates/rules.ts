import type { Ymd } from './calendar.js';

/** What a parser knows when it resolves a match. */
export interface DateContext {
  /** The publication date every relative expression is resolved against. */
  ref: Ymd;
  /** The clause around the match speaks of what comes next ("se rendra", "ahead of"). */
  future: boolean;
  /** The clause tells what is done ("had asked", "avaient été enlevés") and not what comes next. */
  past?: boolean;
}

/**
 * A resolved date: `day` (YYYY-MM-DD), `month` (YYYY-MM), `range` (two days, "les 26 et 27
 * octobre"), `period` (a window ending at publication, "dans les dernières 72 heures": it
 * dates figures, not a single happening). `relative` is a day counted from something else
 * ("au lendemain de Lausanne"), resolved by a refiner once every other date is known. `onset`
 * is the start of something named elsewhere ("depuis le début du siège", "since the strike
 * began"): a window from the day a sentence matching `topic` dates, to publication.
 */
export type ParsedDate =
  | { kind: 'day' | 'month' | 'range' | 'period'; value: string }
  | { kind: 'relative'; offsetDays: number }
  | { kind: 'onset'; topic: RegExp };

/** chrono's parser: a pattern and what a match means. */
export interface DateParser {
  name: string;
  /** Global, Unicode. */
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: DateContext): ParsedDate | null;
}

export interface DateRules {
  parsers: DateParser[];
  /** A clause that speaks of the future: a weekday in it is the next one, not the last. */
  futureCue: RegExp;
  /** A clause in a past tense: a month or day written without a year is not months ahead ("had asked in March"). */
  pastCue?: RegExp;
  /** Just before a date: it starts a window that runs to publication ("depuis le 21 février", "since"). $-anchored. */
  since: RegExp;
  /** Just before a weekday: "dès", "from". With an announcement before it in the sentence, the day is still to come. $-anchored. */
  fromCue?: RegExp;
  /** An announcement verb ("a annoncé", "announced"): what it announces "dès mardi" is ahead. */
  announce?: RegExp;
}
