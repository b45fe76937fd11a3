/**
 * Every error recoupe reports, typed and coded in one place. Only the CLI turns them into exit
 * codes; everywhere else an input that cannot be analysed becomes a `Rejection` with its reason.
 */
export type RejectionCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'invalid-encoding'
  | 'not-json'
  | 'no-content'
  | 'no-text'
  | 'bad-manifest-line'
  | 'analysis-error';

export interface Rejection {
  /** The input as the user named it ("dir/page.html", "feed.jsonl#12", "manifest.jsonl:3"). */
  input: string;
  code: RejectionCode;
  reason: string;
}

export class RecoupeError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'RecoupeError';
  }
}

export class UsageError extends RecoupeError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

export const EXIT = {
  ok: 0,
  /** The run finished, and some inputs were rejected (their reasons are in `recoupe status`). */
  rejected: 1,
  usage: 2,
  failure: 3,
  /** `eval` found checks below their floor. */
  belowFloor: 4,
} as const;
