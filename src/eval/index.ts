/** Scoring recoupe's output against gold files: the public surface of src/eval. */
export { aggregate, type Floors } from './aggregate.js';
export { EvalError, type EvalErrorCode } from './errors.js';
export { evaluate, type AnalyzeDocs } from './evaluate.js';
export type { EvalDoc, GoldArticle, GoldFile } from './gold-file.js';
export { defaultDocRoot, loadGoldFolder, parseGoldFile, resolveDoc, type LoadGoldOptions } from './load-gold.js';
export { normalise } from './normalize.js';
export { renderJson, renderReport, renderText } from './report.js';
export { scoreArticle } from './score-article.js';
export type * from './types.js';
