import { EXIT, RecoupeError } from '../errors.js';

/**
 * Errors raised while loading gold files or lining outputs up with them. They are
 * RecoupeErrors, so the CLI turns them into exit codes like any other; nothing in src/eval
 * exits the process. A bad gold folder or file is a usage error (the user named it); an
 * analysis that does not answer once per doc is a failure of the program.
 */
export type EvalErrorCode =
  | 'GOLD_FOLDER_NOT_FOUND'
  | 'GOLD_FOLDER_EMPTY'
  | 'GOLD_FILE_INVALID'
  | 'GOLD_DOC_NOT_FOUND'
  | 'ANALYZE_MISMATCH';

export class EvalError extends RecoupeError {
  readonly code: EvalErrorCode;
  /** The gold file or folder the error is about. */
  readonly file: string;

  constructor(code: EvalErrorCode, file: string, message: string) {
    super(`${file}: ${message}`, code === 'ANALYZE_MISMATCH' ? EXIT.failure : EXIT.usage);
    this.name = 'EvalError';
    this.code = code;
    this.file = file;
  }
}
