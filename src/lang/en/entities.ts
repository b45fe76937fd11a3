import type { EntityRules } from '../../stages/entities/rules.js';
import { entities as common, nameList } from '../xx/entities.js';

/*
 * English names in news copy (AP and Reuters style): titles capitalised before a name
 * ("Foreign Minister Sergei Lavrov", "Gen. Sergei Rudskoy"), nationalities capitalised
 * ("Russian jets"), organisations written in title case ("Syrian Observatory for Human Rights").
 */

const stopwords = `
a an the and or but nor so yet for of in on at to from by with without about above after against along among around as
before behind below beneath beside besides between beyond despite during except inside into like near off onto out outside
over past since than through throughout till toward towards under underneath until unlike up upon via within
i me my we us our you your he him his she her it its they them their this that these those who whom whose which what
where when why how all any both each every few many more most much neither no none not nothing other others some such
there here then now also still even just only very too again already always never often perhaps maybe however meanwhile
moreover nevertheless otherwise therefore thus instead indeed later earlier today yesterday tomorrow tonight once twice
one two three four five six seven eight nine ten first second third last next new old
is are was were be been being have has had do does did will would shall should can could may might must
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
north south east west
read photo video photos videos copyright share click advertisement related
mr mrs ms dr sir madam ngo ceo tv gmt utc bst cet am pm mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
yes oh well please thanks according
`;

const nationalities = nameList(`
afghan, afghans, african, africans, albanian, albanians, algerian, algerians, american, americans, arab, arabs, arabic,
argentine, argentinian, armenian, armenians, asian, australian, australians, austrian, belgian, belarusian, bosnian,
brazilian, british, briton, britons, bulgarian, burmese, cameroonian, canadian, canadians, chechen, chechens, chilean,
chinese, colombian, congolese, croatian, cuban, czech, danish, dutch, egyptian, egyptians, emirati, english, eritrean,
estonian, ethiopian, european, europeans, finnish, french, georgian, german, germans, greek, greeks, hungarian, indian,
indians, indonesian, iranian, iranians, iraqi, iraqis, irish, israeli, israelis, italian, italians, japanese, jordanian,
kazakh, kenyan, korean, koreans, kurdish, kurd, kurds, kuwaiti, latvian, lebanese, libyan, libyans, lithuanian, malian,
mexican, moroccan, nigerian, norwegian, pakistani, pakistanis, palestinian, palestinians, polish, portuguese, qatari,
romanian, russian, russians, rwandan, saudi, saudis, scottish, serbian, serb, serbs, slovak, somali, spanish, sudanese,
swedish, swiss, syrian, syrians, turkish, turk, turks, ukrainian, ukrainians, venezuelan, vietnamese, welsh, yemeni,
yemenis, western, soviet, islamist, islamists, jihadist, jihadists, sunni, shia, shiite, alawite, druze, pro-government
`);

const titles = nameList(`
president, vice president, vice-president, prime minister, minister, foreign minister, defence minister, defense minister,
interior minister, finance minister, secretary of state, secretary, secretary-general, secretary general, press secretary,
spokesman, spokeswoman, spokesperson, chief of staff, general, gen., lt. gen., maj. gen., brig. gen., col., colonel,
maj., maj, gen, maj gen, lt gen, brig gen, lt col, col, capt, sgt, major general, lieutenant general, brigadier general,
lieutenant, lt., lieutenant colonel, major, captain, capt., commander, admiral, adm., sgt., sergeant, marshal, field marshal,
emir, king, queen, prince, princess, sheikh, pope, imam, ayatollah, patriarch, archbishop, bishop, rev., reverend, ambassador,
envoy, special envoy, mediator, negotiator, representative, rep., sen., senator, gov., governor, mayor, chancellor,
director, director general, director-general, chief, head, leader, chairman, chairwoman, chair, ceo, founder, judge,
justice, prosecutor, attorney general, attorney, lawyer, adviser, advisor, counsellor, deputy, commissioner, activist,
opposition leader, journalist, correspondent, photographer, researcher, analyst, professor, prof., doctor, dr.,
coordinator, candidate, former president, ex-president, dictator, tsar, czar, rebel commander, militant leader,
mp, mep, lawmaker, legislator, congressman, congresswoman, official, executive, chief executive, spokesperson, president-elect
`);

const orgHeads = nameList(`
ministry, department, office, agency, council, commission, committee, organisation, organization, observatory, centre,
center, fund, bank, federation, union, association, alliance, coalition, front, party, movement, assembly, senate,
parliament, congress, court, tribunal, government, army, forces, force, brigade, brigades, division, regiment, battalion,
corps, command, directorate, service, services, institute, university, college, school, academy, foundation, crescent,
cross, programme, program, bureau, secretariat, delegation, mission, company, corporation, corp, inc, ltd, group, league,
network, conference, forum, council, police, guard, guards, navy, marines, kremlin, pentagon, white house, watch, international,
authority, administration, board, cabinet, times, post, news, press, tribune, journal, monitor, tracker,
globe, herald, gazette, chronicle, telegraph, ledger, observer, mirror, courier, examiner, inquirer, dispatch, bulletin,
biotech, pharma, pharmaceuticals, therapeutics, motors, airlines, airways, energy, petroleum, oil, gas, mining, holdings,
capital, partners, ventures, technologies, technology, systems, labs, laboratories, media, communications, telecom,
entertainment, industries, enterprises, logistics, electronics, motor, steel, chemical, chemicals, foods, brands, retail, insurance, securities, investments, bancorp, plc, llc, inc., co., ag, gmbh
`);

/** Nouns after "X, (a/the) …" that say X is a person (titles count too): "Oleksandra, a nurse". */
const personNouns = `
resident villager farmer mother father son daughter widow widower wife husband brother sister uncle aunt
grandmother grandfather cousin student teacher nurse driver worker fisherman soldier refugee witness survivor hostage
author writer novelist poet singer actor actress filmmaker director player coach athlete champion member friend neighbour
neighbor volunteer medic paramedic surgeon physician pharmacist economist sociologist historian scholar expert specialist
columnist commentator blogger influencer entrepreneur businessman businesswoman owner founder co-founder heir pupil
man woman boy girl veteran official officer lawmaker legislator congressman congresswoman congressmember politician
executive manager engineer scientist epidemiologist virologist campaigner organiser organizer protester demonstrator
shopkeeper trader merchant employee retiree pensioner mp mep diplomat strategist pollster economist
`;

/** Nouns after "X, (a/the) …" that say X is an organisation: "Ukrenergo, the national grid operator". */
const orgNouns = `
company firm group giant operator maker manufacturer producer retailer lender bank insurer carrier airline newspaper daily
weekly tabloid magazine broadcaster network channel website outlet charity nonprofit non-profit ngo organisation organization
agency foundation institute union party militia coalition alliance movement lobby tank club team subsidiary startup
start-up conglomerate utility watchdog regulator developer publisher studio brand chain supermarket exchange fund
consultancy body insurgency rebellion faction outfit
`;

/** States and provinces the press names without their country; the gazetteer holds countries and cities only. */
const usStates = `alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii,
idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi,
missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma,
oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia,
wisconsin, wyoming`;
const otherRegions = `ontario, quebec, british columbia, alberta, manitoba, saskatchewan, nova scotia, north kivu, south kivu,
ituri, borno, tigray, amhara, oromia, darfur, kordofan, idlib, rakhine, kashmir, punjab, xinjiang, tibet, catalonia, bavaria,
normandy, brittany, provence, corsica, sicily, sardinia, lombardy, tuscany, anbar, nineveh, kherson oblast, zaporizhzhia, donbas,
luhansk, galilee, negev, sinai, golan heights, west bank, cyrenaica, tripolitania, fezzan, azawad`;

/**
 * Districts, crossings and bases of the Syrian war that the gazetteer (cities of 15,000 or more)
 * lacks: the coverage of Aleppo names them without a cue ("Hanano", "Cheikh Maqsoud").
 */
const syriaPlaces = `hmeimim, khmeimim, ramouseh, ramousseh, hanano, masaken hanano, sheikh maqsoud, sheikh saeed, sheikh najjar, qaterji,
sukkari, al-sukkari, mashhad, al-mashhad, salaheddine, salah al-din, bustan al-qasr, bustan al-basha, souq al-hal,
dahiyat al-assad, dahiyet al-assad, jamiat al-zahra, castello, hamdaniyeh, ansari, bab al-nairab, karm al-jabal,
tariq al-bab, al-shaar, shaar, layramoun, bani zeid, handarat, minyan, khan touman, kafr hamra, rashidin, al-rashidin,
kobani, dabiq, al-rai, jarablus, ghouta, eastern ghouta, daraya, madaya, wadi barada, khan sheikhoun, maarat al-numan`;
function regions(list: string): Record<string, string> {
  return Object.fromEntries(nameList(list).map((n) => [n, '-']));
}

export const entities: EntityRules = {
  ...common,
  stopwords: new Set([...common.stopwords, ...stopwords.trim().split(/\s+/u)]),
  connectors: new Set([...common.connectors, 'of', 'for', 'the', 'de', 'du', 'des', 'la', 'le']),
  connectorPairs: new Set(['of the', 'for the']),
  elision: null,
  // "Putin's", "the rebels'": the possessive is not part of the name.
  genitive: /['’]s$/u,
  honorifics: new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'miss']),
  titles: [...common.titles, ...titles],
  orgHeads: new Set([...common.orgHeads, ...orgHeads]),
  lowercaseOrgHeads: new Set(),
  nationalities: new Set([...common.nationalities, ...nationalities]),
  demonyms: new Set([...common.demonyms, ...nationalities]),
  nameAdjectives: new Set(),
  organisations: new Set([...common.organisations, ...nameList(`
    islamic state, un, united nations, security council, european union, eu, red cross, red crescent, white helmets,
    free syrian army, fsa, syrian democratic forces, revolutionary guards, irgc, kremlin, white house, pentagon,
    doctors without borders, amnesty international, human rights watch, associated press, agence france-presse,
    international criminal court, icc, world bank, world health organization, nbc, cbs, abc, fox news, new york times,
    washington post, wall street journal, guardian, ap, bloomberg,
    labour, labour party, conservatives, conservative party, tories, liberal democrats, lib dems, snp, reform uk, green party,
    democrats, republicans, gop, democratic party, republican party, state department, defense department, justice department,
    fbi, cia, nsa, pentagon, sky news, the times, the guardian, the telegraph, the economist, financial times, politico, axios,
    cnbc, npr, pbs, usa today, los angeles times, the new york times, the washington post, the wall street journal, the independent
  `)]),
  compass: new Set(['east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'northeast', 'northwest', 'southeast', 'southwest']),
  placeCues: ['in', 'near', 'at', 'outside', 'from', 'to', 'across', 'around', 'city of', 'town of', 'village of',
    'province of', 'region of', 'north of', 'south of', 'east of', 'west of', 'toward', 'towards', 'outskirts of',
    'district of', 'suburb of', 'suburbs of', 'county of', 'state of', 'residents of', 'mayor of', 'governor of', 'capital of',
    'hamlet of', 'neighbourhood of', 'neighborhood of', 'camp of', 'streets of', 'centre of', 'center of', 'heart of',
    // "In nearby Tessali", "the front line in X", "the crossing at X".
    'nearby', 'in nearby', 'neighbouring', 'neighboring', 'front line in', 'base of', 'resident of'],
  orgAliases: { 'united nations': 'un', 'u.n.': 'un', 'islamic state': 'is', 'european union': 'eu' },
  placeAppositions: new Set(['city', 'town', 'village', 'capital', 'region', 'province', 'port', 'district', 'stronghold']),
  placePrefixes: new Set([...common.placePrefixes, ...['upper', 'lower', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'mount', 'lake']]),
  // "the Allied Democratic Forces", "The Boston Globe", "The Hague": capitalised inside a sentence, the article is the name's.
  nameArticles: new Set(['the']),
  orgConjunctions: new Set(['and', '&']),
  conjunctions: new Set(['and', 'or', 'nor']),
  personNouns: new Set(personNouns.trim().split(/\s+/u)),
  orgNouns: new Set(orgNouns.trim().split(/\s+/u)),
  ageAfterName: /^\s*,\s*(?:an?\s+)?\d{1,3}(?:-year-old(?![\p{L}])|\s*,)/u,
  // Administrative words only: "the besieged Saldarian town" has a people's adjective before "town".
  placeHeadsAfter: new Set(['province', 'region', 'district', 'county', 'oblast', 'governorate', 'prefecture', 'territory', 'township', 'municipality',
    'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'suburb', 'quarter', 'crossing', 'airbase', 'enclave']),
  notPlaceCues: ['according to', 'thanks to', 'due to', 'owing to', 'spoke to', 'talked to', 'said to', 'wrote to', 'letter to',
    'close to', 'loyal to', 'allied to', 'married to', 'answer to', 'told to', 'next to', 'report to', 'reported to', 'appeal to',
    'apologised to', 'apologized to', 'turned to', 'went to', 'listen to', 'listened to', 'belonged to', 'belongs to'],
  orgSuffixes: new Set(),
  orgPrefixes: new Set(),
  // "the Tinzar brigade": a unit's noun after the name is part of it.
  nameTails: new Set(['brigade', 'brigades', 'battalion', 'regiment']),
  // "a Washington-based think tank", "Saudi-led coalition": the place or people is the first part.
  nameBeforeRole: true,
  personHeadsAfter: new Set(['administration', 'government', 'cabinet', 'campaign', 'presidency', 'era', 'camp', 'loyalists', 'allies', 'aides']),
  determiners: new Set(['a', 'an', 'the', 'this', 'that', 'one', 'his', 'her', 'its', 'their', 'our']),
  compoundSuffix: /[-‐](?:based|born|bred|led|backed|owned|run|made|controlled|held|funded|sponsored|allied|aligned|linked)$/u,
  placeShape: /^\p{Lu}[\p{L}]+-(?:upon|on|under|in)-\p{Lu}[\p{L}\-]*$/u,
  placeEnding: /(?:ia|stan|land)$/u,
  // Peoples no lexicon lists: "Saldarian", "Morvanian", "Beldorese".
  nationalityEnding: /(?:ian|ean|ese)$/u,
  placeAliases: {
    'u.s.': 'US', 'us': 'US', 'usa': 'US', 'u.s.a.': 'US', 'america': 'US', 'britain': 'GB', 'great britain': 'GB',
    'england': 'GB', 'scotland': 'GB', 'wales': 'GB', 'uk': 'GB', 'u.k.': 'GB', 'drc': 'CD', 'burma': 'MM', 'holland': 'NL',
    'north korea': 'KP', 'south korea': 'KR', 'west bank': 'PS', 'gaza': 'PS', 'gaza strip': 'PS', 'palestine': 'PS',
    'ussr': 'RU', 'soviet union': 'RU', 'uae': 'AE', 'vatican': 'VA', 'chechnya': 'RU', 'crimea': 'UA', 'donbas': 'UA',
    'kurdistan': 'IQ', 'middle east': '-', 'europe': '-', 'africa': '-', 'asia': '-', 'latin america': '-',
    'north africa': '-', 'sahel': '-', 'balkans': '-', 'caucasus': '-', 'gulf': '-', 'persian gulf': '-',
    ...regions(usStates), ...regions(otherRegions), ...regions(syriaPlaces),
  },
};
