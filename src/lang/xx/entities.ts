import type { EntityRules } from '../../stages/entities/rules.js';

/*
 * What no single language owns: first names as the world's press writes them (several
 * transliterations each), acronyms and names of bodies that every language uses as is, the
 * Arabic particles and words that head armed groups' names. All folded: lower case, no accents.
 */
const firstNames = `
aaron abbas abdallah abdel abdelaziz abdelkader abdelmalek abdoulaye abdul abdullah abdulaziz abdulrahman abou abu adam adama
adel adrian adrien ahmad ahmed ahmet aiman akram alain alan alassane albert alberto alejandro aleksandr aleksei alex alexander
alexandre alexandra alexei alexey alexis ali alice alicia alpha amadou amina amine amir amr ana anatoli anatoly andre andrea andreas
andrei andrew andrey andrzej angela angelina angelo ann anna anne annie anthony antoine anton antonio ariel arnaud arthur ashraf
asma aurelie ayman aziz bachar badr baptiste barack bashar basile bassam ben benjamin benoit bernard bertrand bill bob boris
boualem brahim brian bruno camille carl carla carlos caroline catherine cecile cedric celine charles charlotte cheikh chris
christian christine christophe christopher claire claude clement colin daniel danielle dave david denis dennis diane didier
dimitri djamel dmitri dmitriy dmitry dominique donald ebrahim edouard edward elena elias elisabeth elizabeth emile emily
emma emmanuel eric erik ernest ethan eugene evgeni evgeny fabien fabrice fahd faisal farid fatima fayez federica
fernando florence florian francois francoise frank franz frederic gabriel gary geoffrey georg george georges gerald gerard
gilles giorgio giovanni giuseppe gregory guillaume gustavo guy hafez haider hakim hamad hamid hans harry hassan hayder
heinz helene henri henry herve hillary hossein hugo hussein ibrahim igor imad imran irina isabelle ismail ivan jack jacques
jake james jamal jan jane janet javad javier jean jeanne jeff jeremy jerome jessica jim joe joel johan johannes john jonathan
jordi jorge jose joseph josh juan julia julian julie julien justin kamal karim karl kate katherine kevin khaled khalid
khalifa kim kofi konstantin laura laurent leila leon leonid liam linda lionel lisa louis louise luc luca lucas lucie ludovic
luis luiz lydia mahmoud majid malik manuel marc marcel marco margaret maria marie marine mario mark marta martin mary maryam
masoud mathieu matteo matthew matthias maurice max maxim maxime mehdi mehmet mevlut michael michel michele miguel mikhail
mikhail mohamad mohamed mohammad mohammed mona moussa muhammad mustafa nabil nadia naim nancy nasser natalia nathalie nicolas
nicola nikita nikolai nikolay nina nizar noor nouri nour olaf oleg olga olivier omar oscar pablo pascal patricia patrick paul
paula pavel pedro peter petro philip philippe pierre pieter rached rafael rafik rahman rami ramzan raphael raul recep remi
renaud rex riad riyad richard rob robert roberto roger roman ronald rostam ruslan saad sabine sadiq saeed said salah saleh
salem salim salma sam samantha samer sami samir samuel sandra sara sarah sebastian sebastien serge sergei sergey sergio
sergeyevich sophie stephane stefan steffen stephan stephen steve steven susan sylvain sylvie tamim taro tayyip theresa thierry
thomas tim timothy tom tony tareq tarek ursula valentin valerie valery vassili vasily veronique victor viktor vincent vladimir
vladislav volodymyr walid wang william xavier yann yannick yasser yassin youssef yuri yury yves zaid zakaria zeid
ziad zoe
`;

/** Acronyms and names that every language writes alike: wire agencies, international bodies, armed groups. */
const organisations = `
afp, ap, reuters, dpa, ansa, efe, xinhua, tass, ria novosti, interfax, sana, irna, anadolu, bbc, cnn, al jazeera,
nasa, otan, nato, onu, unesco, unicef, unhcr, unrwa, ocha, oms, who, fmi, imf, omc, wto, ocde, oecd, opep, opec,
osce, hrw, msf, cicr, icrc, al qaida, al qaeda, daech, daesh, isis, isil, hamas, hezbollah, hizbollah, fatah,
al nosra, al nusra, jabhat al nosra, jabhat al nusra, talibans, taliban, houthis, pkk, ypg, sdf, fds, hts, aqmi,
boko haram, shebab, al shabaab, wagner, gazprom, google, facebook, twitter, meta, microsoft, apple, amazon,
minusma, monusco, minusca, unifil, finul, minurso, amisom, atmis, ecowas, cedeao, frontex, europol, interpol, iaea, aiea,
idf, tsahal, m23, jnim, eigs, iswap, isgs, adf, codeco, fardc, rsf, fsr, hayat tahrir al cham, hayat tahrir al sham,
nvidia, tesla, openai, airbus, boeing, totalenergies, shell, bp, exxonmobil, aramco, samsung, huawei, tiktok,
fateh al cham, fatah al cham, fateh al sham, fatah al sham, jabhat fateh al cham, jabhat fatah al sham, jabhat fateh al sham,
ahrar al cham, ahrar al sham, noureddine al zinki, nour al din al zinki, nour al din al zenki, nureddin al zinki,
harakat nour al din al zenki, fastaqim, fastaqim kama umirt, jaich al islam, jaysh al islam, jaish al islam, liwa al quds,
kataeb hezbollah, hachd al chaabi, hashed al shaabi, hashd al shaabi, pyd, sana, sarc, osdh, sohr, opcw, oiac
`;

/** A comma-separated list of folded names. */
export function nameList(block: string): string[] {
  return block.split(',').map((n) => n.trim().replace(/\s+/gu, ' ')).filter(Boolean);
}

export const entities: EntityRules = {
  stopwords: new Set(),
  connectors: new Set(['al', 'el', 'bin', 'ben', 'ibn', 'abu', 'abou', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'del']),
  connectorPairs: new Set(),
  elision: null,
  genitive: null,
  // "al-Nosra", "ash-Sham", "el-Sissi", "bin-Laden": the capital after the hyphen makes the name.
  hyphenParticles: new Set(['al', 'el', 'ad', 'ag', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'en', 'er', 'es', 'et', 'bin', 'ben', 'ibn', 'abu', 'abou']),
  honorifics: new Set(),
  titles: [],
  // Words that open the names of armed groups in Arabic transliteration ("Jaish al-Fatah").
  orgHeads: new Set(['jaish', 'jabhat', 'jabha', 'harakat', 'hayat', 'hayaat', 'ahrar', 'liwa', 'katibat', 'ansar', 'jund', 'faylaq', 'kataib', 'saraya', 'tahrir']),
  lowercaseOrgHeads: new Set(),
  nationalities: new Set(),
  demonyms: new Set(),
  nameAdjectives: new Set(),
  organisations: new Set(nameList(organisations)),
  compass: new Set(),
  placeCues: [],
  placeAliases: {},
  orgAliases: {},
  placeAppositions: new Set(),
  // Arabic words that head place names ("Souq al-Hal", "Boustane al-Qasr", "Dahiyet al-Assad", "Deir Hafer",
  // "Khan Touman", "Tell Rifaat"), in the press's French and English transliterations.
  placePrefixes: new Set(nameList(`
    souq, souk, suq, boustane, boustan, bustan, bostan, dahiyet, dahiyat, dahiya, dahiyeh, hay, hayy, harat, haret, tal, tall, tell,
    kafr, kfar, deir, dayr, ain, ayn, bab, ras, wadi, jabal, jebel, djebel, jisr, khan, beit, bayt, qasr, maarat, maaret, madinat,
    mazraat, tariq, karm, masaken, qalaat, qalat, jamiat, sahat, bir, marj, nahr, hamam, hammam
  `)),
  placeShape: null,
  placeEnding: null,
  nationalityEnding: null,
  firstNames: new Set(firstNames.trim().split(/\s+/u)),
  nameArticles: new Set(),
  orgConjunctions: new Set(),
  conjunctions: new Set(),
  personNouns: new Set(),
  orgNouns: new Set(),
  ageAfterName: null,
  placeHeadsAfter: new Set(),
  notPlaceCues: [],
  orgSuffixes: new Set(),
  orgPrefixes: new Set(),
  nameTails: new Set(),
  compoundSuffix: null,
  determiners: new Set(),
  nameBeforeRole: false,
  personHeadsAfter: new Set(),
  adjectiveEnding: null,
};
