import type { EntityRules } from '../../stages/entities/rules.js';
import { entities as common, nameList } from '../xx/entities.js';

/*
 * French names in news copy. Words are folded (lower case, no accents): "etat" matches "État" and
 * "Etat". Sources: the conventions of French wire copy (AFP style: "M.", "le général", ministries
 * written "ministère de la Défense", peoples capitalised "les Russes", adjectives not).
 */

/** Words that never begin a name, even capitalised at the head of a sentence. */
const stopwords = `
a à au aux avec ce ceci cela ces cet cette ceux celle celles celui chaque chez comme comment dans de des du donc dont d elle elles en
entre et eux il ils je la le les leur leurs lui ma mais me mes moi mon ne ni nos notre nous on ou où par pas pour qu que quel quelle
quels quelles qui quoi sa sans se ses si son sous sur ta te tes toi ton tous tout toute toutes tu un une vos votre vous y
ainsi alors après aujourd aujourd'hui auparavant aussi autant autre autres avant beaucoup bien bientôt car cependant certains
certaines cinq ceci côté d'abord d'ailleurs dès déjà depuis derrière dernier dernière derniers dernières désormais deux devant
dix douze encore enfin ensuite environ face fin hier huit ici jamais jusqu jusque là lors lorsque malgré même mêmes moins neuf
non notamment or onze outre parce parmi pendant peu peut plus plusieurs plutôt pourtant près puis quand quant quatre quelques
quelque sauf selon sept seulement si sinon six soit souvent suite tandis tant tard tel telle tels telles toujours tôt très trois
trop un une vers voici voilà vu
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
est ouest nord sud centre
lire voir photo vidéo video photos vidéos crédit copyright afficher partager publié mis jour source sources
monsieur madame mademoiselle messieurs mesdames ong pdg tv utc gmt h
dommage bref certes oui non merci bravo hélas attention
nouveau nouvelle nouveaux nouvelles premier première premiers premières second seconde troisième grand grande grands grandes
petit petite selon d'après durant contre sans lors ce cette
`;

/** Nationality adjectives, masculine singular; the stage's lexicon gets every inflection below. */
const nationalityStems = `
afghan africain albanais algérien allemand américain anglais arabe argentin arménien asiatique australien autrichien
azerbaïdjanais belge biélorusse bosniaque brésilien britannique bulgare burkinabè camerounais canadien chilien chinois
colombien congolais coréen croate cubain danois égyptien émirati équatorien érythréen espagnol estonien éthiopien
européen finlandais français géorgien grec guinéen hongrois indien indonésien iranien irakien irlandais islandais israélien
italien ivoirien japonais jordanien kazakh kenyan kosovar koweïtien kurde letton libanais libyen lituanien malien marocain
mauritanien mexicain moldave mongol monténégrin nigérian nigérien norvégien néerlandais occidental oriental ouzbek
pakistanais palestinien polonais portugais qatari roumain russe rwandais saoudien sénégalais serbe slovaque slovène somalien
soudanais soviétique suédois suisse syrien tchadien tchèque tchétchène tunisien turc ukrainien vénézuélien vietnamien yéménite
onusien gouvernemental progouvernemental loyaliste rebelle djihadiste jihadiste islamiste chiite sunnite alaouite druze
`;

function inflect(stem: string): string[] {
  if (stem.endsWith('e') || stem.endsWith('è')) return [stem, stem + 's'];
  if (stem.endsWith('en')) return [stem, stem + 's', stem + 'ne', stem + 'nes'];
  if (stem.endsWith('s')) return [stem, stem + 'e', stem + 'es'];
  if (stem.endsWith('c')) return [stem, stem + 's', stem + 'que', stem + 'ques'];
  if (stem.endsWith('al')) return [stem, stem.slice(0, -1) + 'ux', stem + 'e', stem + 'es'];
  return [stem, stem + 's', stem + 'e', stem + 'es'];
}

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const nationalities = new Set(nationalityStems.trim().split(/\s+/u).flatMap(inflect).map(fold));
// The peoples are the same words, capitalised: "les Russes", "des Syriens".
const demonyms = nationalities;

/** Roles that introduce a person, longest first where one extends another. */
const titles = nameList(`
président, présidente, président de la république, vice-président, premier ministre, première ministre, ministre,
ministre des affaires étrangères, ministre de la défense, ministre de l'intérieur, chef de la diplomatie, chefs de la diplomatie,
chef de l'état, chef d'état-major, chef du gouvernement, secrétaire d'état, secrétaire général, secrétaire générale,
secrétaire de presse, porte-parole, général, générale, colonel, lieutenant-colonel, commandant, capitaine, lieutenant, amiral,
maréchal, sergent, major, émir, roi, reine, prince, princesse, cheikh, pape, imam, ayatollah, patriarche, archevêque,
évêque, ambassadeur, ambassadrice, émissaire, envoyé spécial, envoyée spéciale, médiateur, négociateur, représentant,
représentante, haut représentant, haut-commissaire, directeur, directrice, directeur général, dirigeant, dirigeante,
chef, cheffe, leader, patron, patronne, fondateur, fondatrice, maire, gouverneur, préfet, préfète, député, députée,
sénateur, sénatrice, juge, procureur, procureure, avocat, avocate, chancelier, chancelière, conseiller, conseillère,
président-directeur général, pdg, responsable, militant, militante, opposant, opposante, journaliste, correspondant,
correspondante, photographe, chercheur, chercheuse, expert, experte, analyste, professeur, professeure, docteur,
médecin, coordinateur, coordinatrice, commissaire, adjoint, adjointe, homologue, homologues, candidat, candidate,
l'ancien président, ancien président, ex-président, dictateur, tsar
`);

/** Heads of organisation names; "Centre" and "Observatoire" only when capitalised. */
const orgHeads = nameList(`
ministère, ministere, observatoire, centre, agence, conseil, commission, comité, comite, organisation, organisme, office,
fonds, banque, fédération, federation, confédération, union, association, alliance, coalition, front, parti, mouvement,
assemblée, sénat, parlement, cour, tribunal, parquet, gouvernement, armée, forces, brigade, brigades, division, régiment,
bataillon, état-major, direction, service, services, institut, université, école, académie, fondation, croissant-rouge,
croix-rouge, haut-commissariat, programme, bureau, secrétariat, délégation, mission, société, compagnie, groupe, entreprise,
syndicat, ligue, collectif, réseau, conférence, forum, police, gendarmerie, garde, marine, douane, préfecture, mairie, ambassade,
consulat, hôpital, quai, katiba, olympique, racing, sporting, athletic, club, élysée, kremlin, pentagone, maison-blanche, onu, radio, watch, international, network, news,
press, times, post, agency, foundation, institute
`);

const nameAdjectives = nameList(`
unies, unis, étrangères, étrangers, intérieur, islamique, islamiques, arabe, arabes, démocratique, démocratiques,
populaire, populaires, national, nationale, nationaux, nationales, international, internationale, européen, européenne,
européens, fédéral, fédérale, social, sociale, socialiste, républicain, républicaine, libre, libres, humain, humains,
syriennes, révolutionnaire, révolutionnaires, humanitaire, humanitaires, politique, politiques, économique, sanitaire,
nucléaire, atomique, public, publique, publics, civil, civils, civiles, pénale, judiciaire, électorale, constitutionnel,
constitutionnelle, présidentielle, présidentiel, suprême, maritime, maritimes, général, générale, central, centrale, mondial, mondiale, rouge,
islamique, armé, armées, spéciales, spéciaux, aériennes, militaire, militaires, civile, kurdes, sunnites, chiites
`);

/**
 * Départements and régions of France, and regions abroad the French press names without their
 * country: the gazetteer holds countries and cities only ("les pompiers du Var", "dans le Cantal").
 */
const frenchRegions = `ain, aisne, allier, alpes-de-haute-provence, hautes-alpes, alpes-maritimes, ardèche, ardennes, ariège,
aube, aude, aveyron, bouches-du-rhône, calvados, cantal, charente, charente-maritime, cher, corrèze, corse-du-sud, haute-corse,
côte-d'or, côtes-d'armor, creuse, dordogne, doubs, drôme, eure, eure-et-loir, finistère, gard, haute-garonne, gers, gironde,
hérault, ille-et-vilaine, indre, indre-et-loire, isère, jura, landes, loir-et-cher, loire, haute-loire, loire-atlantique,
loiret, lot, lot-et-garonne, lozère, maine-et-loire, marne, haute-marne, mayenne, meurthe-et-moselle, meuse, morbihan,
moselle, nièvre, oise, orne, pas-de-calais, puy-de-dôme, pyrénées-atlantiques, hautes-pyrénées, pyrénées-orientales,
bas-rhin, haut-rhin, rhône, haute-saône, saône-et-loire, sarthe, savoie, haute-savoie, seine-maritime, seine-et-marne,
yvelines, deux-sèvres, somme, tarn, tarn-et-garonne, var, vaucluse, vendée, haute-vienne, vosges, yonne,
territoire de belfort, essonne, hauts-de-seine, seine-saint-denis, val-de-marne, val-d'oise, guadeloupe, martinique,
guyane, la réunion, mayotte, nouvelle-calédonie, polynésie française, auvergne-rhône-alpes, bourgogne-franche-comté,
bretagne, centre-val de loire, grand est, hauts-de-france, île-de-france, normandie, nouvelle-aquitaine, occitanie,
pays de la loire, provence-alpes-côte d'azur, côte d'azur, alsace, lorraine, picardie, auvergne, limousin, aquitaine,
languedoc, roussillon, bourgogne, franche-comté, champagne, savoie, pays basque, camargue, cévennes`;
/**
 * Districts, crossings and bases of the Syrian war that the gazetteer (cities of 15,000 or more)
 * lacks: the coverage of Aleppo names them without a cue ("Hanano", "Cheikh Maqsoud").
 */
const syriaPlaces = `hmeimim, khmeimim, ramoussa, ramousseh, hanano, masaken hanano, cheikh maqsoud, cheikh saïd, cheikh najjar, qaterji,
soukkari, al-soukkari, machhad, al-mashhad, salaheddine, salah eddine, boustane al-qasr, boustane al-bacha, souq al-hal,
dahiyet al-assad, dahiyat al-assad, jamiat al-zahra, castello, hamdaniyé, hamdaniyeh, ansari, bab al-nairab, karm al-jabal,
tariq al-bab, al-chaar, chaar, layramoun, bani zeid, handarat, minyan, khan touman, kafr hamra, rachidine, al-rachidine,
kobané, dabiq, al-raï, jarablous, ghouta, daraya, madaya, wadi barada, khan cheikhoun, maaret al-noomane`;
const foreignRegions = `nord-kivu, sud-kivu, ituri, borno, tigré, tigray, amhara, oromia, darfour, kordofan, idleb, idlib,
rakhine, cachemire, pendjab, xinjiang, tibet, catalogne, bavière, andalousie, sicile, sardaigne, lombardie, toscane,
wallonie, flandre, flandres, anbar, ninive, zaporijjia, louhansk, galilée, néguev, sinaï, golan, cyrénaïque, tripolitaine,
fezzan, azawad, californie, floride, texas, géorgie, louisiane, pennsylvanie, virginie, caroline du nord, caroline du sud,
ontario, québec, colombie-britannique, alberta, kabylie, casamance, kurdistan irakien, rojava`;

function regions(list: string): Record<string, string> {
  return Object.fromEntries(nameList(list).map((n) => [n, '-']));
}

/** Nouns after "X, (un/une) …" that say X is a person (titles count too): "Issa Maïga, un élu local". */
const personNouns = `
élu élue habitant habitante riverain riveraine éleveur éleveuse agriculteur agricultrice paysan paysanne viticulteur
mère père fils fille veuve veuf épouse mari frère sœur soeur oncle tante grand-mère grand-père cousin cousine
étudiant étudiante lycéen lycéenne infirmier infirmière enseignant enseignante institutrice instituteur commerçant commerçante
retraité retraitée chauffeur ouvrier ouvrière pêcheur artisan salarié salariée employé employée cadre policier policière
gendarme pompier soldat militaire réfugié réfugiée déplacé déplacée témoin survivant survivante rescapé rescapée otage
auteur autrice écrivain écrivaine chanteur chanteuse acteur actrice comédien comédienne cinéaste réalisateur réalisatrice
joueur joueuse entraîneur sélectionneur athlète champion championne figure membre proche ami amie voisin voisine
bénévole volontaire secouriste urgentiste chirurgien chirurgienne pharmacien pharmacienne juriste économiste sociologue
politologue historien historienne géographe démographe spécialiste chroniqueur chroniqueuse éditorialiste reporter
blogueur blogueuse influenceur influenceuse youtubeur entrepreneur entrepreneuse patron patronne gérant gérante
propriétaire fondateur fondatrice cofondateur cofondatrice héritier héritière élève mineur jeune homme femme garçon
quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire trentenaire vingtenaire nonagénaire
eurodéputé eurodéputée conseiller conseillère élue secrétaire négociateur négociatrice syndicaliste militant militante
`;

/** Nouns after "X, (le/la) …" that say X is an organisation: "Lactalis, le géant laitier". */
const orgNouns = `
géant groupe société entreprise opérateur constructeur fabricant industriel distributeur assureur banque compagnie firme
start-up startup laboratoire filiale marque enseigne syndicat parti formation mouvement journal quotidien hebdomadaire
mensuel magazine titre chaîne radio site média organisation ong association agence fondation institut organisme
club équipe milice coalition alliance rébellion guérilla confrérie fédération collectif plateforme réseau cabinet fonds
conglomérat holding numéro régie établissement office autorité instance observatoire
`;

export const entities: EntityRules = {
  ...common,
  stopwords: new Set([...common.stopwords, ...stopwords.trim().split(/\s+/u).map(fold)]),
  connectors: new Set([...common.connectors, 'de', 'du', 'des', "d'", 'la', "l'", 'le', 'les']),
  connectorPairs: new Set(['de la', "de l'"]),
  // "l'OSDH", "d'Alep", "qu'Assad": the article is not part of the name.
  elision: /^(?:l|d|qu|jusqu|lorsqu|puisqu|n|s|c|j|m|t)['’](?=[\p{L}\p{N}])/iu,
  genitive: null,
  honorifics: new Set(['mr', 'mr.', 'dre', 'pre', 'm.', 'mm.', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'me.', 'dr', 'dr.', 'pr', 'pr.', 'mgr', 'mgr.', 'gal', 'gén.', 'col.', 'lt']),
  titles: [...common.titles, ...titles],
  orgHeads: new Set([...common.orgHeads, ...orgHeads.map(fold)]),
  // French writes ministries in lower case; other heads need a capital to open a name.
  // ("la katiba Tinzar": the Sahel's armed groups are named with the Arabic word for brigade.)
  lowercaseOrgHeads: new Set(['ministere', 'prefecture', 'katiba']),
  nationalities: new Set([...common.nationalities, ...nationalities]),
  demonyms: new Set([...common.demonyms, ...demonyms]),
  nameAdjectives: new Set([...common.nameAdjectives, ...nameAdjectives.map(fold)]),
  organisations: new Set([...common.organisations, ...nameList(`
    etat islamique, ei, union européenne, ue, nations unies, conseil de sécurité, croix-rouge, croissant-rouge,
    médecins sans frontières, amnesty international, human rights watch, casques blancs, armée syrienne libre, asl,
    forces démocratiques syriennes, gardiens de la révolution, kremlin, maison blanche, élysée, pentagone, quai d'orsay,
    matignon, parlement européen, commission européenne, cour pénale internationale, cpi, fmi, banque mondiale,
    ria novosti, sputnik, rt, le monde, le figaro, libération, france 24, rfi, tf1, france 2, france télévisions,
    le parisien, les échos, l'humanité, la croix, l'express, le point, l'obs, marianne, mediapart, le journal du dimanche, jdd,
    ouest-france, sud ouest, la voix du nord, le progrès, la dépêche du midi, le dauphiné libéré, nice-matin, var-matin,
    bfmtv, lci, cnews, franceinfo, france inter, france culture, europe 1, rtl, arte, afp, le soir, la libre belgique,
    le temps, jeune afrique, le point afrique,
    fnsea, jeunes agriculteurs, confédération paysanne, coordination rurale, cgt, cfdt, fo, force ouvrière, medef, unsa,
    rassemblement national, rn, les républicains, lr, la france insoumise, lfi, parti socialiste, ps, les écologistes,
    écologistes, eelv, europe écologie les verts, modem, horizons, renaissance, reconquête, parti communiste français, pcf,
    assemblée nationale, sénat, conseil d'état, conseil constitutionnel, cour des comptes, cour de cassation,
    météo-france, sncf, ratp, edf, enedis, engie, la poste, pôle emploi, france travail, insee, cnrs, inserm, ifop, ipsos,
    armée de terre, armée de l'air, marine nationale, gendarmerie nationale, police nationale, dgse, dgsi,
    tsahal, casques bleus, croix-rouge internationale, secours islamique, action contre la faim, oxfam, save the children,
    reporters sans frontières, rsf, amnesty, greenpeace, emmaüs, restos du cœur, secours populaire,
    centre russe pour la réconciliation des parties en conflit, centre russe pour la réconciliation des parties belligérantes,
    croissant-rouge arabe syrien, défense civile syrienne
  `).map(fold)]),
  compass: new Set(['est', 'ouest', 'nord', 'sud', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest']),
  placeCues: ['à', 'en', 'au', 'aux', 'près de', "près d'", 'vers', 'depuis', 'dans la ville de', "dans la ville d'",
    'hameau de', "hameau d'", 'commune de', "commune d'", 'département de', "département d'", 'département du', 'quartier de',
    "quartier d'", 'camp de', "camp d'", 'banlieue de', "banlieue d'", 'faubourg de', 'bourg de', 'canton de', 'district de',
    'dans le', 'dans la', "dans l'", 'région du', 'province du', 'comté de', 'état du', "état de l'", 'gouvernorat de', "gouvernorat d'",
    'habitants de', "habitants d'", 'maire de', "maire d'", 'environs de', "environs d'", 'alentours de', 'périphérie de', 'entrée de',
    'ville de', "ville d'", 'région de', "région d'", 'province de', "province d'", 'village de', "village d'",
    'localité de', "localité d'", 'vallée de', "vallée d'", 'vallée de la', 'fleuve', 'rivière', 'lac', 'île de', "île d'", 'nord de', "nord d'", 'sud de', "sud d'", 'est de', "est d'", 'ouest de', "ouest d'",
    // "au point de passage de Boustane al-Qasr", "sur le front de Ramoussa", "la base de Hmeimim", "un habitant de X".
    'point de passage de', "point de passage d'", 'ligne de front de', "ligne de front d'", 'front de', "front d'",
    'base de', "base d'", 'base aérienne de', "base aérienne d'", 'habitant de', "habitant d'", 'habitante de', "habitante d'",
    'quartiers de', "quartiers d'", 'secteur de', "secteur d'", 'village voisin de', "village voisin d'", 'ville voisine de',
    "ville voisine d'", 'localité voisine de', "localité voisine d'", 'poste frontière de', "poste frontière d'"],
  orgAliases: { 'nations unies': 'onu', 'organisation des nations unies': 'onu', 'etat islamique': 'ei', 'union europeenne': 'ue' },
  placeAppositions: new Set(['ville', 'capitale', 'village', 'localite', 'bourgade', 'cite', 'region', 'province', 'chef-lieu', 'port', 'commune', 'quartier', 'bastion', 'fief']),
  placePrefixes: new Set([...common.placePrefixes, ...['haut', 'haute', 'bas', 'basse']]),
  // "Montclar-sur-Lauze", "Saint-Aulin", "Boulogne-Billancourt" is left to the gazetteer.
  placeShape: /^(?:\p{Lu}[\p{L}']+-(?:sur|sous|les|lès|lez|en|aux?|le|la|de|du|des)-\p{Lu}[\p{L}\-']*|Sainte?-\p{Lu}[\p{L}\-']*)$/u,
  // Country and region names of French: la Saldarie, la Syrie, le Kurdistan, la Finlande.
  placeEnding: /(?:ie|stan|ande)$/u,
  nationalityEnding: /(?:ien|ienne|iens|iennes|een|eenne|eens|eennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines)$/u,
  // "selon Le Parisien", "à La Londe-les-Maures", "Les Républicains": capitalised inside a sentence, the article is the name's.
  nameArticles: new Set(['le', 'la', 'les', "l'"]),
  orgConjunctions: new Set(),
  conjunctions: new Set(['et', 'ou', 'ni']),
  personNouns: new Set(personNouns.trim().split(/\s+/u).map(fold)),
  orgNouns: new Set(orgNouns.trim().split(/\s+/u).map(fold)),
  ageAfterName: /^\s*,\s*(?:âgée?\s+de\s+)?\d{1,3}\s+ans(?![\p{L}])/u,
  placeHeadsAfter: new Set(),
  notPlaceCues: ['grâce à', 'face à', 'quant à', 'jusqu\'à', 'droit à', 'appel à', 'répondre à', 'a dit à', 'a déclaré à', 'a indiqué à', 'a confié à', 'a raconté à', 'a expliqué à', 'a assuré à', 'a affirmé à', 'a répondu à', 'a précisé à', 'lettre à', 'hommage à', 'en dépit'],
  // "Var-Matin", "Nice-Matin", "Météo-France", "Ouest-France": the press and public bodies.
  orgSuffixes: new Set(['matin', 'soir', 'france', 'presse', 'info', 'infos', 'hebdo', 'eclair', 'republicain', 'liberation']),
  // "Météo-Sud", "Radio-Canada", "Télé-Québec": the first half says it.
  orgPrefixes: new Set(['meteo', 'radio', 'tele']),
  compoundSuffix: null,
  // "le groupe paramilitaire Azov", "le quotidien national Le Soleil": adjectives follow the noun.
  adjectiveEnding: /(?:aire|ique|iste|al|ale|el|elle|if|ive|ien|ienne|ais|aise)$/u,
  personHeadsAfter: new Set(),
  nameBeforeRole: false,
  determiners: new Set(['un', 'une', 'des', 'du', 'de', "d'", "l'", 'le', 'la', 'les', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur', 'notre']),
  placeAliases: {
    'grande-bretagne': 'GB', 'angleterre': 'GB', 'ecosse': 'GB', 'usa': 'US', 'etats-unis d\'amerique': 'US',
    'rdc': 'CD', 'republique democratique du congo': 'CD', 'birmanie': 'MM', 'hollande': 'NL', 'coree du nord': 'KP',
    'coree du sud': 'KR', 'cisjordanie': 'PS', 'gaza': 'PS', 'bande de gaza': 'PS', 'palestine': 'PS', 'urss': 'RU',
    'emirats': 'AE', 'vatican': 'VA', 'tchetchenie': 'RU', 'crimee': 'UA', 'donbass': 'UA', 'kurdistan': 'IQ',
    'moyen-orient': '-', 'proche-orient': '-', 'europe': '-', 'afrique': '-', 'asie': '-', 'amerique latine': '-',
    'maghreb': '-', 'sahel': '-', 'balkans': '-', 'caucase': '-', 'golfe': '-', 'levant': '-', 'occident': '-',
    ...regions(frenchRegions), ...regions(foreignRegions), ...regions(syriaPlaces),
  },
};
