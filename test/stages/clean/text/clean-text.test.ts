import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanScrapedText } from '../../../../src/stages/clean/text/clean-text.js';
import { fr } from '../../../../src/lang/fr/index.js';
import { en } from '../../../../src/lang/en/index.js';

// An invented page, as a scraper saves it: chrome lines, a section, a caption printed twice,
// a "Lire aussi" link in the middle of the body, a sub-heading, a credit line and size toggles.
const PAGE = `Aller au contenu principal
Dernières nouvelles

Monde

Inondations dans la vallée de la Sarre : des centaines de familles évacuées

Des sauveteurs progressent en barque dans une rue inondée de Sarreguemines, le 3 mars 2026.
Des sauveteurs progressent en barque dans une rue inondée de Sarreguemines, le 3 mars 2026.

Au moins 340 familles ont été évacuées mardi dans la vallée de la Sarre, selon la préfecture.

Lire aussi : Crues : 12 communes en état de catastrophe naturelle

« Nous n'avions jamais vu l'eau monter aussi vite », a confié le maire, Paul Kessler.

Une décrue attendue jeudi

Les pompiers ont indiqué qu'une décrue était attendue jeudi.

Avec AFP

Partager
A-
A+
`;

test('a scraped French page: chrome, section, title, caption once, related, heading, credit', () => {
  const page = cleanScrapedText(PAGE, [fr.cleaning, en.cleaning]);
  assert.equal(page.section, 'Monde');
  assert.equal(page.title, 'Inondations dans la vallée de la Sarre : des centaines de familles évacuées');
  assert.deepEqual(page.captions, ['Des sauveteurs progressent en barque dans une rue inondée de Sarreguemines, le 3 mars 2026.']);
  assert.deepEqual(page.related, ['Crues : 12 communes en état de catastrophe naturelle']);
  assert.deepEqual(page.credits, ['AFP']);
  assert.ok(page.text.startsWith('Au moins 340 familles'));
  assert.ok(page.text.endsWith('une décrue était attendue jeudi.'));
  for (const chrome of ['Aller au contenu', 'Dernières nouvelles', 'Lire aussi', 'Avec AFP', 'Partager', 'A+', 'barque']) {
    assert.ok(!page.text.includes(chrome), `body leaks "${chrome}"`);
  }
  assert.equal(page.headings.length, 1);
  const h = page.headings[0]!;
  assert.equal(page.text.slice(h.start, h.end), 'Une décrue attendue jeudi');
});

test('an English page with a byline and a Read more link', () => {
  const page = cleanScrapedText(
    'Skip to main content\nWorld\n\nFerry strike strands hundreds on the island\n\nBy Maya Okafor and Tom Reyes\n\nMore than 600 passengers were stuck on Tuesday, the port authority said.\n\nRead more: Fuel prices climb for a third week\n\nThe union said talks would resume on Friday.\n\nShare this article\n',
    [en.cleaning, fr.cleaning],
  );
  assert.equal(page.section, 'World');
  assert.equal(page.title, 'Ferry strike strands hundreds on the island');
  assert.deepEqual(page.credits, ['Maya Okafor', 'Tom Reyes']);
  assert.deepEqual(page.related, ['Fuel prices climb for a third week']);
  assert.equal(page.text, 'More than 600 passengers were stuck on Tuesday, the port authority said.\n\nThe union said talks would resume on Friday.');
});

test('a headline that ends like a sentence is still the title when nothing else can be', () => {
  const page = cleanScrapedText(
    'Le Petit Riverain\n\nMenu\n\nQui a ouvert les vannes du barrage de Lussac ?\n\nLe syndicat des eaux a reconnu mardi une erreur de manœuvre, a indiqué son président.\n\nL’enquête administrative doit rendre ses conclusions en juin, selon la préfecture.\n',
    [fr.cleaning, en.cleaning],
  );
  assert.equal(page.title, 'Qui a ouvert les vannes du barrage de Lussac ?');
  assert.ok(page.text.startsWith('Le syndicat des eaux'));
});

test('a kicker above the title that the menu also lists is the section', () => {
  const page = cleanScrapedText(
    'The Valley Courier\n\nHome\nWildfires\nCourts\n\nWildfires\n\nCrews contain blaze near Redmoor after four days\n\nFirefighters said on Sunday that the fire was 80% contained after burning 2,100 hectares.\n\nTwo homes were destroyed, the county said.\n',
    [en.cleaning, fr.cleaning],
  );
  assert.equal(page.section, 'Wildfires');
  assert.equal(page.title, 'Crews contain blaze near Redmoor after four days');
});

test('a text saved as one long line, without a final period, is the body', () => {
  const line = Array.from({ length: 12 }, (_, i) => `The ferry union said talks on pay would resume on day ${i + 1} of the strike`).join(', and ');
  const page = cleanScrapedText(line, [en.cleaning, fr.cleaning]);
  assert.equal(page.text, line);
  assert.equal(page.title, null);
});

test('breadcrumbs give the section, a byline role is not the title, feedback prompts end the article', () => {
  const fr1 = cleanScrapedText(
    'Accueil > Monde > Afrique\n\nTchad : la crue du Chari force 3 000 familles à partir\n\nPublié le : 02/09/2025 - 10:05\n\nAu moins 3 000 familles ont quitté les quartiers sud de N’Djamena, selon la mairie.\n\nLes autorités redoutent une nouvelle montée des eaux jeudi.\n\nVous avez aimé cet article ?\nPartager\n',
    [fr.cleaning, en.cleaning],
  );
  assert.equal(fr1.section, 'Afrique');
  assert.equal(fr1.title, 'Tchad : la crue du Chari force 3 000 familles à partir');
  assert.ok(fr1.text.endsWith('montée des eaux jeudi.'), fr1.text);
  const en1 = cleanScrapedText(
    'The Valley Courier\n\nNEWS\n\nBridge reopens after eight months of repairs\n\nBy Sam Okoro\nTransport Correspondent\n\nThe Old Mill bridge reopened to traffic on Friday, the county said.\n\nRepairs cost 1.4 million pounds.\n\nReporting by Sam Okoro; editing by Lena Fox\n',
    [en.cleaning, fr.cleaning],
  );
  assert.equal(en1.title, 'Bridge reopens after eight months of repairs');
  // an editor is not one of the article's writers
  assert.deepEqual(en1.credits, ['Sam Okoro']);
  assert.ok(!en1.text.includes('Correspondent'));
});

test('the kicker wins over a known section name listed later in the menu; a menu on one line lists it too', () => {
  const page = cleanScrapedText(
    'Le Phare du Nord\n\nActualité\nLittoral\nSports\nServices\n\nLittoral\n\nTempête sur la côte : trois chalutiers en perdition\n\nPar Anne Le Goff, correspondante à Brest (avec AFP)\n\nPartager Tweeter Envoyer\n\nTrois chalutiers ont lancé un appel de détresse dans la nuit de lundi à mardi, selon la préfecture maritime.\n\nLes secours ont hélitreuillé onze marins, a précisé la même source.\n',
    [fr.cleaning, en.cleaning],
  );
  assert.equal(page.section, 'Littoral');
  assert.equal(page.title, 'Tempête sur la côte : trois chalutiers en perdition');
  assert.deepEqual(page.credits, ['Anne Le Goff', 'AFP']);

  const piped = cleanScrapedText(
    'Sahel Matin\n\nAccueil | Politique | Sécurité | Culture\n\nSécurité\n\nEmbuscade meurtrière près de la frontière\n\nAu moins six gendarmes ont été tués mercredi, selon une source sécuritaire.\n\nL\'attaque n\'a pas été revendiquée.\n',
    [fr.cleaning, en.cleaning],
  );
  assert.equal(piped.section, 'Sécurité');
});

test('staff bylines credit their agencies only, a compiled byline its writer, a copyright line ends the article', () => {
  const page = cleanScrapedText(
    'THE HARBOUR POST\n\nNews\nCourts\nSport\n\nCourts\n\nJury retires in dockyard fraud trial\n\nBy Harbour Post staff, with AP and Reuters\n\nShare Post Email Copy link\n\nThe jury retired on Monday after a six-week trial, the court said.\n\nThe verdict is expected this week.\n\nThe Harbour Post. All rights reserved.\n',
    [en.cleaning, fr.cleaning],
  );
  assert.equal(page.title, 'Jury retires in dockyard fraud trial');
  assert.deepEqual(page.credits, ['AP', 'Reuters']);
  assert.ok(page.text.endsWith('The verdict is expected this week.'), page.text);
  const compiled = cleanScrapedText('Flood warnings lifted across the valley\n\nCompiled by Ruth Okafor from wire reports\n\nRiver levels fell on Tuesday, the agency said.\n\nSchools reopen on Thursday.\n', [en.cleaning]);
  assert.deepEqual(compiled.credits, ['Ruth Okafor']);
  assert.equal(compiled.title, 'Flood warnings lifted across the valley');
});

test('a live page: timed entries are sub-headings, a long date line is not the title, a parenthesised credit counts', () => {
  const page = cleanScrapedText([
    'EN CONTINU', 'Le Relais | Voir autrement', '', 'Accueil', 'Monde', 'Sport', '', 'Monde', '',
    'EN DIRECT - Crue de la Meuse : les digues tiennent, l\'évacuation continue', '',
    '12 mars 2026, 07:40 - Mis à jour : 12 mars 2026, 19:02', '', 'Partager', 'Telegram', '',
    'La décrue est attendue dans la nuit, selon la préfecture, qui maintient l\'alerte rouge sur trois communes.', '',
    '18h30 - Les digues ont tenu', '', 'Le maire de Givet a indiqué que les digues avaient tenu malgré la pointe de crue de l\'après-midi.', '',
    '16h05 - Deux cents personnes hébergées', '', 'Deux cents habitants ont passé la nuit au gymnase, selon la mairie.', '',
    '(Avec AFP et Reuters)', '', 'Réagir à cet article', 'Vous devez être connecté pour réagir.',
  ].join('\n'), [fr.cleaning, en.cleaning]);
  assert.equal(page.title, 'EN DIRECT - Crue de la Meuse : les digues tiennent, l\'évacuation continue');
  assert.equal(page.section, 'Monde');
  assert.deepEqual(page.credits, ['AFP', 'Reuters']);
  const at = page.text.indexOf('18h30 - Les digues ont tenu');
  assert.ok(at > 0 && page.headings.some((h) => h.start === at && h.end === at + '18h30 - Les digues ont tenu'.length));
  assert.ok(page.text.endsWith('selon la mairie.'), page.text);
});

test('wire bylines: reporters filed from places, editors left out, a dated section line, dated related headlines', () => {
  const page = cleanScrapedText([
    'THE WIRE ROOM', '', 'World', 'Markets', '', 'WORLD NEWS | Tue Mar 3, 2026 | 9:12am EST', '',
    'Flooded Meuse valley braces for second crest', '', 'By Ana Souza and Piotr Nowak', '',
    'Image copyright EPA', 'Image caption Sandbags line the quay in Givet on Monday', 'Image caption Sandbags line the quay in Givet on Monday', '',
    'GIVET, France (Wire Room) - Engineers raised the dykes by half a metre on Monday, the prefecture said.', '',
    'About 200 residents spent the night in a school gym, the mayor said.', '',
    'Additional reporting by Lea Roth in Brussels; Editing by Tom Hale', '', 'Our Standards: The Wire Room Principles.', '',
    'Related Topics', 'European floods', '', 'More on this story', 'Meuse floods: the towns under water 1 March 2026',
  ].join('\n'), [en.cleaning, fr.cleaning]);
  assert.equal(page.section, 'WORLD NEWS');
  assert.equal(page.title, 'Flooded Meuse valley braces for second crest');
  assert.deepEqual(page.credits, ['Ana Souza', 'Piotr Nowak', 'Lea Roth']);
  assert.ok(page.text.endsWith('the mayor said.'), page.text);
  assert.deepEqual(page.related, ['Meuse floods: the towns under water']);
});

test('an unknown chrome line between the headline and the body does not become the title', () => {
  const page = cleanScrapedText([
    'Le Quotidien du Sud', '', 'Monde', 'Sport', '', 'Monde', '',
    'Inondations à Valmont : trois villages coupés du monde',
    '', 'Contenu vérifié par notre rédaction', '',
    'Trois villages de la vallée de Valmont étaient toujours coupés du monde mercredi après les inondations, selon la préfecture.', '',
    'Les secours ont évacué une centaine d\'habitants par hélicoptère, a précisé le maire.',
  ].join('\n'), [fr.cleaning, en.cleaning]);
  assert.equal(page.title, 'Inondations à Valmont : trois villages coupés du monde');
  const listen = cleanScrapedText('Floods cut off three villages in the valley\n\nListen to this article\n\nThree villages were still cut off on Wednesday, the county said.\n\nRescuers airlifted a hundred people.\n', [en.cleaning]);
  assert.equal(listen.title, 'Floods cut off three villages in the valley');
});

test('bylines as outlets print them: role in parentheses, "Texte par", a desk with its wire, pipes; relative times are chrome', () => {
  const page = cleanScrapedText([
    'LE JOURNAL DU SOIR', '', 'Accueil', 'Vidéos', '', 'Syrie', '',
    'Alep : la trêve humanitaire prolongée de vingt-quatre heures', '',
    'Par Benjamin Roux (Beyrouth, correspondant)', 'Publié il y a 2 heures', '',
    'La trêve humanitaire décrétée par Moscou à Alep a été prolongée de vingt-quatre heures, a annoncé jeudi le ministère russe de la Défense.', '',
    'Aucun civil n\'a emprunté les couloirs, selon l\'OSDH.', '', 'Le Soir avec AFP',
  ].join('\n'), [fr.cleaning, en.cleaning]);
  assert.equal(page.title, 'Alep : la trêve humanitaire prolongée de vingt-quatre heures');
  assert.equal(page.section, 'Syrie');
  assert.deepEqual(page.credits, ['Benjamin Roux', 'AFP']);
  const en1 = cleanScrapedText('Aleppo truce extended by a day\n\nBy Tom Perry and Ellen Hale | Reuters\n\nUpdated 2 hours ago\n\nRussia extended the pause by 24 hours on Thursday, the ministry said.\n\nNo civilians left, a monitor said.\n', [en.cleaning]);
  assert.deepEqual(en1.credits, ['Tom Perry', 'Ellen Hale', 'Reuters']);
  assert.equal(en1.title, 'Aleppo truce extended by a day');
});

test('a wire named alone under the article and labelled bylines are credits', () => {
  const page = cleanScrapedText('Crue : trois villages évacués\n\nAuteur : Jeanne Roux\n\nTrois villages ont été évacués mardi, selon la préfecture.\n\nLa décrue est attendue jeudi.\n\n— AFP\n', [fr.cleaning, en.cleaning]);
  assert.deepEqual(page.credits, ['Jeanne Roux', 'AFP']);
  assert.ok(page.text.endsWith('attendue jeudi.'), page.text);
});

test('wire credits as French outlets print them; the outlet itself is dropped when the document is built', () => {
  for (const [line, expected] of [
    ['Source AFP', ['AFP']], ['La Croix (avec AFP)', ['AFP']], ['OLJ/AFP', ['AFP']], ['Texte par FRANCE 24 Suivre', ['FRANCE 24']],
  ] as const) {
    const page = cleanScrapedText(`Alep : la trêve prolongée d'un jour\n\n${line}\n\nLa trêve a été prolongée jeudi, a annoncé Moscou.\n\nAucun civil n'est sorti, selon l'OSDH.\n`, [fr.cleaning, en.cleaning]);
    assert.deepEqual(page.credits, [...expected], line);
  }
});
