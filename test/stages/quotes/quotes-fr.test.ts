import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, quotesOf } from './read-quotes.js';

test('fr: direct quote, inverted verb with title and name; offsets and text', () => {
  const text = '« Nous ne quitterons pas la ville avant la fin des combats », a déclaré le colonel Marc Vidal lors d\'un point presse.';
  const doc = read(text, 'fr');
  const [q] = doc.get('quotes');
  assert.ok(q);
  assert.equal(q.kind, 'direct');
  assert.equal(q.start, 2);
  assert.equal(q.end, 58);
  assert.equal(text.slice(q.start, q.end), 'Nous ne quitterons pas la ville avant la fin des combats');
  assert.equal(q.cue, 'déclarer');
  assert.equal(q.speakerName, 'Marc Vidal');
  assert.equal(text.slice(q.cueSpan!.start, q.cueSpan!.end), 'a déclaré');
});

test('fr: indirect with infinitive content, mixed with a quoted clause, "il" and "le colonel" resolved', () => {
  const text = 'Le colonel Marc Vidal a annoncé mardi être prêt à ouvrir deux passages vers le nord. '
    + 'Le colonel a ensuite ajouté vouloir « discuter de chaque proposition sans attendre ». '
    + 'Aucune frappe n\'a visé les écoles, a-t-il assuré.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'mardi être prêt à ouvrir deux passages vers le nord', 'Marc Vidal', 'annoncer'],
    ['mixed', 'vouloir « discuter de chaque proposition sans attendre »', 'Marc Vidal', 'ajouter'],
    ['indirect', "Aucune frappe n'a visé les écoles", 'Marc Vidal', 'assurer'],
  ]);
});

test('fr: pronominal verbs take their pronoun in the lemma; "ce dernier" points to the last party named', () => {
  const text = 'Selon le Croissant-Rouge, douze blessés ont été évacués vers Tripoli. '
    + 'Ce dernier a également confirmé que trois ambulances avaient été touchées. '
    + 'Le dispositif « a permis de sauver des dizaines de vies », s\'est félicité le docteur Paul Amrani.';
  const quotes = quotesOf(read(text, 'fr'));
  assert.deepEqual(quotes[0], ['indirect', 'douze blessés ont été évacués vers Tripoli', 'Croissant-Rouge', 'selon']);
  assert.deepEqual(quotes[1], ['indirect', 'que trois ambulances avaient été touchées', 'Croissant-Rouge', 'confirmer']);
  assert.deepEqual(quotes[2], ['mixed', 'Le dispositif « a permis de sauver des dizaines de vies »', 'Paul Amrani', 'se féliciter']);
});

test('fr: a group of speakers is kept as a list; the first names the quote', () => {
  const text = 'Les combats ont repris alors que l\'ONU, la France et le Canada ont dénoncé des violations répétées de la trêve.';
  const doc = read(text, 'fr');
  const q = doc.get('quotes')[0]!;
  assert.equal(text.slice(q.start, q.end), 'des violations répétées de la trêve');
  assert.equal(q.cue, 'dénoncer');
  assert.equal(q.kind, 'indirect');
  assert.deepEqual(q.speakers?.map((s) => s.name), ['ONU', 'France', 'Canada']);
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), "l'ONU, la France et le Canada");
});

test('fr: a quote that opens and never closes ends at its incise', () => {
  const text = 'Le gouvernement a promis de prendre « toutes les dispositions pour protéger les civils, a indiqué la ministre Anne Roche, précisant que les écoles resteraient fermées.';
  const [q] = read(text, 'fr').get('quotes');
  assert.ok(q);
  assert.equal(text.slice(q.start, q.end), 'Le gouvernement a promis de prendre « toutes les dispositions pour protéger les civils');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speakerName, 'Anne Roche');
  assert.equal(q.cue, 'indiquer');
});

test('fr: a quote over two paragraphs, and nouns that look like verbs are not reporting verbs', () => {
  const text = '« Nous avons perdu trois hommes cette nuit sur la route du port.\n\n'
    + '« Nous ne reculerons pas devant ces menaces », a dit le commandant Yves Berthier.\n\n'
    + 'La demande de l\'armée a été rejetée. Les rebelles ont lancé une offensive majeure.';
  const quotes = quotesOf(read(text, 'fr'));
  assert.deepEqual(quotes, [
    ['direct', 'Nous avons perdu trois hommes cette nuit sur la route du port.', 'Yves Berthier', 'dire'],
    ['direct', 'Nous ne reculerons pas devant ces menaces', 'Yves Berthier', 'dire'],
  ]);
});

test('fr: a conditional reporting verb makes the quote hedged', () => {
  const text = 'Le ministre Paul Durand aurait affirmé que les négociations étaient rompues.';
  const [q] = read(text, 'fr').get('quotes');
  assert.ok(q);
  assert.equal(q.cue, 'affirmer');
  assert.equal(q.hedged, true);
});

test('fr: coordinated verbs share their subject; a quote after "a dit … :" is direct on its own', () => {
  const text = "La police dément avoir tiré sur la foule et accuse les manifestants d'avoir « lancé des pierres sur les agents ». "
    + "Un porte-parole du collectif Marine Gallet a dit regretter ce choix : « Nous avons toujours manifesté dans le calme ».";
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'avoir tiré sur la foule', 'police', 'démentir'],
    ['mixed', "les manifestants d'avoir « lancé des pierres sur les agents »", 'police', 'accuser'],
    ['indirect', 'regretter ce choix', 'Marine Gallet', 'dire'],
    ['direct', 'Nous avons toujours manifesté dans le calme', 'Marine Gallet', 'dire'],
  ]);
});

test('fr: the speaker after an inverted verb, past adjuncts, is the apposed name', () => {
  const text = "« Les écoles rouvriront lundi », a déclaré jeudi à Lyon le porte-parole de la mairie, le docteur Hugo Lemaire, lors d'un point presse.";
  const [q] = read(text, 'fr').get('quotes');
  assert.ok(q);
  assert.equal(q.speakerName, 'Hugo Lemaire');
  assert.equal(q.kind, 'direct');
  assert.equal(text.slice(q.start, q.end), 'Les écoles rouvriront lundi');
});

test('fr: a source reached by phone stays the source; "selon lequel" and "le texte" point to the issuer; an adverb inside "faire état"', () => {
  const text = "L'état-major a annoncé mardi dans un communiqué la mort de neuf soldats. "
    + '« Nos positions ont été attaquées vers 3 heures », précise le texte, selon lequel « une vingtaine d\'assaillants ont été neutralisés » lors de la riposte. '
    + 'Des sources locales jointes par l\'AFP font toutefois état d\'un bilan plus lourd. '
    + 'Selon un élu de la commune joint par téléphone, qui a requis l\'anonymat, au moins six civils ont été tués.';
  const quotes = quotesOf(read(text, 'fr'));
  assert.deepEqual(quotes[1], ['direct', 'Nos positions ont été attaquées vers 3 heures', 'état-major', 'préciser']);
  assert.deepEqual(quotes[2], ['mixed', "« une vingtaine d'assaillants ont été neutralisés » lors de la riposte", 'état-major', 'selon']);
  assert.equal(quotes[3]![3], 'faire état');
  assert.deepEqual(quotes[4], ['indirect', 'au moins six civils ont été tués', 'élu de la commune', 'selon']);
});

test('fr: the apposition before "qui" describes the name; a description with a qualifier picks the person of its gender', () => {
  const text = "L'attaque a été revendiquée par la brigade Tinzar, un groupe armé actif dans la région, qui affirme avoir « repoussé l'armée ». "
    + 'À Berlin, Vladimir Poutine a reçu Angela Merkel. La chancelière allemande a jugé la trêve « bien trop courte ». '
    + 'Les évacuations ont commencé, a indiqué à Genève Jens Laerke, porte-parole de l\'Ocha.';
  const quotes = quotesOf(read(text, 'fr'));
  assert.equal(quotes[0]![2], 'Tinzar');
  assert.deepEqual(quotes[1]!.slice(2), ['Angela Merkel', 'juger']);
  assert.deepEqual(quotes[2], ['indirect', 'Les évacuations ont commencé', 'Jens Laerke', 'indiquer']);
});

test('fr: a participle after "et" shares the subject of the auxiliary, even when the first verb reports no speech', () => {
  const text = 'Le chef de la junte, le colonel Issa Daborga, a décrété trois jours de deuil national et promis de « traquer les assaillants jusqu\'au dernier ».';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['mixed', "de « traquer les assaillants jusqu'au dernier »", 'Issa Daborga', 'promettre'],
  ]);
});

test('fr: a phone call is no speech, a capitalised preposition is no subject, qualifying for a final is no speech', () => {
  const text = "Après avoir appelé sa femme, mardi, l'homme n'a plus donné de nouvelles. "
    + 'Les joueurs se sont qualifiés mardi pour la finale. '
    + 'Le maire a appelé les habitants à la prudence.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'les habitants à la prudence', 'maire', 'appeler'],
  ]);
});

test('fr: an aside after a name, an object pronoun before a coordinated verb, a rule is no source', () => {
  const text = 'Marc Aubry, connu pour son franc-parler, a critiqué la lenteur des secours et les a appelés à « changer de méthode ». '
    + 'Aucune équipe ne sera repêchée, selon l\'ancienne formule.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'la lenteur des secours', 'Marc Aubry', 'critiquer'],
    ['mixed', 'à « changer de méthode »', 'Marc Aubry', 'appeler'],
  ]);
});

test('fr: "C\'est ce qu\'a annoncé X" reports the previous sentence; "autrement dit" and "s\'annonce" are no speech', () => {
  const text = 'Les trottinettes en libre-service seront retirées des rues dès le printemps. '
    + "C'est ce qu'a annoncé Éric Caldwell, responsable de la mobilité, mercredi matin. "
    + 'Autrement dit, la saison 2020 s\'annonce sans elles.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'Les trottinettes en libre-service seront retirées des rues dès le printemps', 'Éric Caldwell', 'annoncer'],
  ]);
});

test('fr: a participle with a noun phrase of its own after a comma has that subject (absolute construction)', () => {
  const text = "Moscou a nié toute implication, le ministère de la Défense affirmant que ses drones n'avaient relevé « aucun cratère » sur le site.";
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'toute implication', 'Moscou', 'nier'],
    ['mixed', "que ses drones n'avaient relevé « aucun cratère » sur le site", 'ministère de la Défense', 'affirmer'],
  ]);
});

test('fr: "Pour X, …" at the head of a sentence puts an opinion on a person or a body, never "Pour la première fois"', () => {
  const text = 'Pour le diplomate européen, la trêve ne suffira pas à sauver la ville. Pour la première fois, les rebelles ont reculé. Pour Moscou, les rebelles sont des terroristes.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'la trêve ne suffira pas à sauver la ville', 'diplomate européen', 'pour'],
    ['indirect', 'les rebelles sont des terroristes', 'Moscou', 'pour'],
  ]);
});

test('fr: accusing someone of doing something is a statement; accusing alone is not', () => {
  assert.deepEqual(quotesOf(read("Moscou accuse les « terroristes » de tirer sur un point de passage. L'armée a accusé les rebelles.", 'fr')), [
    ['indirect', 'les « terroristes » de tirer sur un point de passage', 'Moscou', 'accuser'],
  ]);
});

test('fr: a relative clause on the source of a sentence-opening "selon" belongs to the source phrase', () => {
  assert.deepEqual(quotesOf(read("Selon l'OSDH, qui s'appuie sur un vaste réseau de sources, au moins 12 civils ont été tués jeudi.", 'fr')), [
    ['indirect', 'au moins 12 civils ont été tués jeudi', 'OSDH', 'selon'],
  ]);
});

test('fr: the audience "à l\'AFP" does not speak; a quoted word right after a verb of judging makes it speech', () => {
  const text = "« Nous ne quitterons pas la ville », a assuré à l'AFP un commandant rebelle joint par téléphone. "
    + 'Le porte-parole du Kremlin, Dmitri Peskov, a jugé « prématuré » de parler d\'une reprise des frappes.';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['direct', 'Nous ne quitterons pas la ville', 'commandant rebelle', 'assurer'],
    ['indirect', "« prématuré » de parler d'une reprise des frappes", 'Dmitri Peskov', 'juger'],
  ]);
});
