import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/stages/language/detect-language.js';

test('the eight first languages, from a sentence of news each (invented)', () => {
  const cases: [string, string][] = [
    ['fr', 'Le maire a annoncé mardi la fermeture des écoles après les inondations.'],
    ['en', 'The mayor announced on Tuesday that schools would close after the floods.'],
    ['es', 'El alcalde anunció el martes el cierre de las escuelas tras las inundaciones.'],
    ['de', 'Der Bürgermeister kündigte am Dienstag die Schließung der Schulen nach dem Hochwasser an.'],
    ['it', 'Il sindaco ha annunciato martedì la chiusura delle scuole dopo le alluvioni.'],
    ['pt', 'O prefeito anunciou na terça-feira o fechamento das escolas depois das enchentes.'],
    ['ar', 'أعلن رئيس البلدية يوم الثلاثاء إغلاق المدارس بعد الفيضانات.'],
    ['ru', 'Мэр объявил во вторник о закрытии школ после наводнения.'],
  ];
  for (const [code, text] of cases) assert.equal(detectLanguage(text), code, text);
});

test('short, empty, numeric and mixed texts never throw and fall back to the declared language', () => {
  assert.equal(detectLanguage(''), null);
  assert.equal(detectLanguage('OK', 'fr-FR'), 'fr');
  assert.equal(detectLanguage('12 345 — 67 %', 'en'), 'en');
  assert.equal(detectLanguage('\u0000\u0001 ###'), null);
  const mixed = detectLanguage('Le ministre a déclaré « we will not back down » devant la presse réunie à Paris jeudi soir.');
  assert.equal(mixed, 'fr');
});
