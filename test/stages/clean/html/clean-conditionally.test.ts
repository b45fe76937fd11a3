import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../../../src/stages/clean/html/extract-html.js';

const PARA = 'Le conseil municipal a adopté mardi soir le budget de la médiathèque, après deux heures de débat et un vote serré, a indiqué la mairie.';

test('a bullet list of short items inside the article is body, not a link list', () => {
  const html = `<body><article><h1>Budget voté</h1><div class="texte"><p>${PARA}</p><p>${PARA}</p>
    <ul><li>Horaires élargis le samedi</li><li>Deux postes créés</li><li>Un fonds pour les livres en braille</li></ul>
    <p>${PARA}</p></div></article></body>`;
  const { text } = extractHtml(html);
  assert.ok(text.includes('Horaires élargis le samedi\n\nDeux postes créés'), text);
});

test('a list of links inside the article is still removed', () => {
  const html = `<body><article><h1>Budget voté</h1><div class="texte"><p>${PARA}</p><p>${PARA}</p>
    <ul><li><a href="/a">Politique</a></li><li><a href="/b">Culture</a></li><li><a href="/c">Sport</a></li></ul>
    <p>${PARA}</p></div></article></body>`;
  const { text } = extractHtml(html);
  assert.ok(!text.includes('Politique'), text);
});
