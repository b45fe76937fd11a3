import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/app/build-document.js';
import type { RawRecord } from '../../src/stages/ingest/records.js';

function record(content: string, outlet: string): RawRecord {
  return {
    input: 'page.txt', path: 'page.txt', line: null, kind: 'text', content, contentHash: 'x',
    url: null, outlet, published: '2016-10-20', encoding: 'utf-8',
  } as RawRecord;
}

test('the outlet itself is no credit: "Par LEXPRESS.fr avec AFP", "Texte par FRANCE 24"', () => {
  const page = 'Alep : la trêve prolongée\n\nTexte par FRANCE 24\n\nPar Jeanne Roux\n\nLa trêve a été prolongée jeudi, a annoncé Moscou.\n\nAucun civil n\'est sorti, selon l\'OSDH.\n';
  assert.deepEqual(buildDocument(record(page, 'France 24')).meta.credits, ['Jeanne Roux']);
  const express = 'Alep : la trêve prolongée\n\nPar LEXPRESS.fr et Jeanne Roux\n\nLa trêve a été prolongée jeudi, a annoncé Moscou.\n\nAucun civil n\'est sorti.\n';
  assert.deepEqual(buildDocument(record(express, "L'Express")).meta.credits, ['Jeanne Roux']);
});
