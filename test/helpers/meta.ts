import type { DocumentMeta } from '../../src/model/document.js';

export function emptyMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: 'test', path: null, url: null, outlet: null, published: null, language: null, title: null,
    section: null, credits: [], captions: [], related: [], boilerplate: [], ...overrides,
  };
}
