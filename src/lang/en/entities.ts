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
lieutenant, lt., lieutenant colonel, major, captain, capt., commander, admiral, adm., sgt., sergeant, marshal, field marshal,
emir, king, queen, prince, princess, sheikh, pope, imam, ayatollah, patriarch, archbishop, bishop, rev., reverend, ambassador,
envoy, special envoy, mediator, negotiator, representative, rep., sen., senator, gov., governor, mayor, chancellor,
director, director general, director-general, chief, head, leader, chairman, chairwoman, chair, ceo, founder, judge,
justice, prosecutor, attorney general, attorney, lawyer, adviser, advisor, counsellor, deputy, commissioner, activist,
opposition leader, journalist, correspondent, photographer, researcher, analyst, professor, prof., doctor, dr.,
coordinator, candidate, former president, ex-president, dictator, tsar, czar, rebel commander, militant leader
`);

const orgHeads = nameList(`
ministry, department, office, agency, council, commission, committee, organisation, organization, observatory, centre,
center, fund, bank, federation, union, association, alliance, coalition, front, party, movement, assembly, senate,
parliament, congress, court, tribunal, government, army, forces, force, brigade, brigades, division, regiment, battalion,
corps, command, directorate, service, services, institute, university, college, school, academy, foundation, crescent,
cross, programme, program, bureau, secretariat, delegation, mission, company, corporation, corp, inc, ltd, group, league,
network, conference, police, guard, guards, navy, marines, kremlin, pentagon, white house, watch, international,
authority, administration, board, cabinet, times, post, news, press, tribune, journal
`);

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
    washington post, wall street journal, guardian, ap, bloomberg
  `)]),
  compass: new Set(['east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'northeast', 'northwest', 'southeast', 'southwest']),
  placeCues: ['in', 'near', 'at', 'outside', 'from', 'to', 'across', 'around', 'city of', 'town of', 'village of',
    'province of', 'region of', 'north of', 'south of', 'east of', 'west of'],
  orgAliases: { 'united nations': 'un', 'islamic state': 'is', 'european union': 'eu' },
  placeAppositions: new Set(['city', 'town', 'village', 'capital', 'region', 'province', 'port', 'district', 'stronghold']),
  placePrefixes: new Set(['upper', 'lower']),
  placeShape: /^\p{Lu}[\p{L}]+-(?:upon|on|under|in)-\p{Lu}[\p{L}\-]*$/u,
  placeEnding: /(?:ia|stan|land)$/u,
  nationalityEnding: null,
  placeAliases: {
    'u.s.': 'US', 'us': 'US', 'usa': 'US', 'u.s.a.': 'US', 'america': 'US', 'britain': 'GB', 'great britain': 'GB',
    'england': 'GB', 'scotland': 'GB', 'wales': 'GB', 'uk': 'GB', 'u.k.': 'GB', 'drc': 'CD', 'burma': 'MM', 'holland': 'NL',
    'north korea': 'KP', 'south korea': 'KR', 'west bank': 'PS', 'gaza': 'PS', 'gaza strip': 'PS', 'palestine': 'PS',
    'ussr': 'RU', 'soviet union': 'RU', 'uae': 'AE', 'vatican': 'VA', 'chechnya': 'RU', 'crimea': 'UA', 'donbas': 'UA',
    'kurdistan': 'IQ', 'middle east': '-', 'europe': '-', 'africa': '-', 'asia': '-', 'latin america': '-',
    'north africa': '-', 'sahel': '-', 'balkans': '-', 'caucasus': '-', 'gulf': '-', 'persian gulf': '-',
  },
};
