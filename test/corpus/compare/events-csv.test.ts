import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, claim } from '../fixtures.js';
import { eventsCsvHeader, eventsCsvRows, datePrecision } from '../../../src/corpus/compare/events-csv.js';
import { OutletRegistry } from '../../../src/corpus/compare/outlets.js';

const registry = new OutletRegistry([{ name: 'Radio Aube', names: [], domains: [], country: null, language: 'fr', owner: 'public broadcaster' }]);

test('one row per event with its sentence, figures and a note for a disputed figure', () => {
  const text = 'Intro. Des tirs ont frappé Dravetz lundi, tuant 8 civils, « selon l’ONG ». Fin.';
  const s = text.indexOf('Des tirs');
  const a = article({ id: 'a1', outlet: 'Radio Aube', published: '2024-06-04', text,
    events: [{ type: 'attack', actor: ['armée', 'milice'], date: '2024-06-03', place: 'Dravetz', text: 'Des tirs ont frappé', start: s, end: s + 19 }],
    claims: [claim({ category: 'killed', value: 8, who: 'civils', date: '2024-06-03', place: 'Dravetz', source: 'ONG', text: 'tuant 8 civils', start: text.indexOf('tuant'), end: text.indexOf('tuant') + 14 })] });
  const b = article({ id: 'b1', outlet: 'Autre', published: '2024-06-04', text: 'Trois morts.', claims: [claim({ category: 'killed', value: 3, who: 'civils', date: '2024-06-03', place: 'Dravetz', source: 'ministère', text: 'Trois morts', start: 0, end: 11 })] });
  const rows = eventsCsvRows([a, b], registry);
  assert.equal(eventsCsvHeader().split(',').length, 12);
  assert.equal(rows.length, 2);
  assert.match(rows[0]!, /^2024-06-03,day,attack,armée; milice,Dravetz,killed 8 civils \(ONG\),Radio Aube,public broadcaster,2024-06-04,a1,/u);
  assert.ok(rows[0]!.includes('"Des tirs ont frappé Dravetz lundi, tuant 8 civils, « selon l’ONG »."'), 'a sentence with commas is quoted');
  assert.match(rows[0]!, /disputed killed 8: also 3 \(ministère; Autre\)/u);
  assert.match(rows[1]!, /,figure,.*lowest figure/u);
  assert.equal(datePrecision('2024-06'), 'month');
  assert.equal(datePrecision('2024-06-01/2024-06-03'), 'range');
});
