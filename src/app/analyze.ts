import type { ArticleOut } from '../model/contract.js';
import type { Stage } from '../pipeline/stage.js';
import { defaultPipeline } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { toContract } from '../model/to-contract.js';
import { languagePack } from '../lang/registry.js';
import type { RawRecord } from '../stages/ingest/records.js';
import { buildDocument, type GivenMeta } from './build-document.js';
import type { Doc } from '../model/document.js';

/** Cleans, reads and serialises one record: the whole pipeline for one article. */
export function analyzeRecord(record: RawRecord, given: GivenMeta = {}, stages: Stage[] = defaultPipeline): ArticleOut {
  return toContract(readRecord(record, given, stages));
}

export function readRecord(record: RawRecord, given: GivenMeta = {}, stages: Stage[] = defaultPipeline): Doc {
  const doc = buildDocument(record, given);
  return runPipeline(stages, doc, { lang: languagePack(doc.meta.language) });
}
