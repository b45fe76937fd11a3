import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../../src/model/document.js';
import { segmentStage } from '../../../src/stages/segment/segment-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { emptyMeta } from '../../helpers/meta.js';

function sentences(text: string, lang = 'fr'): string[] {
  const doc = new Doc(text, emptyMeta({ language: lang }));
  segmentStage.run(doc, { lang: languagePack(lang) });
  return doc.get('sentences').map((s) => doc.slice(s));
}

test('a courtesy title does not end a sentence', () => {
  assert.deepEqual(sentences('La réunion a été reportée, a expliqué M. Vasseur. Il reviendra lundi.'), [
    'La réunion a été reportée, a expliqué M. Vasseur.',
    'Il reviendra lundi.',
  ]);
});

test('a closing guillemet stays with its sentence', () => {
  assert.deepEqual(sentences('Il a prévenu : « Nous ne céderons pas. » Puis il est parti.'), [
    'Il a prévenu : « Nous ne céderons pas. »',
    'Puis il est parti.',
  ]);
});

test('numbers with separators, hyphenated names and a question inside quotes do not split', () => {
  assert.deepEqual(sentences('Près de 10.000 personnes ont fui vers les Etats-Unis et 96 sont rentrées. «Pourquoi partir ?» a demandé un voisin.'), [
    'Près de 10.000 personnes ont fui vers les Etats-Unis et 96 sont rentrées.',
    '«Pourquoi partir ?» a demandé un voisin.',
  ]);
});

test('initials and English titles', () => {
  assert.deepEqual(sentences('Gen. J. Harlow said the convoy left. Mr. Osei disagreed.', 'en'), [
    'Gen. J. Harlow said the convoy left.',
    'Mr. Osei disagreed.',
  ]);
});

test('sentences never cross paragraphs and carry their paragraph index', () => {
  const doc = new Doc('Premier paragraphe sans point final\n\nDeuxième. Troisième.', emptyMeta({ language: 'fr' }));
  segmentStage.run(doc, { lang: languagePack('fr') });
  assert.deepEqual(doc.get('sentences').map((s) => [doc.slice(s), s.paragraph]), [
    ['Premier paragraphe sans point final', 0],
    ['Deuxième.', 1],
    ['Troisième.', 1],
  ]);
});

test('property: every paragraph and sentence slices back to trimmed, non-empty text in order', () => {
  const pieces = ['M. Roudskoï', 'a dit', '« Bien. »', '10.000', 'Etats-Unis.', 'Oui ?', '!', '96', '\n\n', 'Mme Dupont.', ' ', '...', '"Non."', 'J. K.', 'x', 'É', '\u00a0', '»', '(a.', 'b.)'];
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (let n = 0; n < 500; n++) {
    const count = 1 + Math.floor(random() * 40);
    const text = Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '');
    for (const lang of ['fr', 'en', 'xx']) {
      const doc = new Doc(text, emptyMeta({ language: lang }));
      segmentStage.run(doc, { lang: languagePack(lang) });
      let last = 0;
      for (const layer of [doc.get('paragraphs'), doc.get('sentences')]) {
        last = 0;
        for (const s of layer) {
          assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, `bad span ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
          const slice = text.slice(s.start, s.end);
          assert.equal(slice, slice.trim());
          last = s.end;
        }
      }
      const covered = doc.get('sentences').map((s) => doc.slice(s)).join('').replace(/\s/gu, '');
      assert.equal(covered, text.replace(/\s/gu, ''), 'sentences cover every non-space character');
    }
  }
});
