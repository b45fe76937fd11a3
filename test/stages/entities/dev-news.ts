/**
 * Invented news articles (modern French and English wire style) with the entities a careful
 * reader finds, written before the entities stage was run on them. They are the development set
 * of the rules (docs/reader-entities.md): scored the way `recoupe eval` scores entities (types
 * agree, and the output's name or a mention equals the gold name or a mention), PER/ORG/LOC only.
 * `optional` names are never counted, either way (a road, a product, "l'armée israélienne").
 */
export interface DevEntity { type: 'PER' | 'ORG' | 'LOC'; name: string; mentions?: string[] }
export interface DevArticle { id: string; language: 'fr' | 'en'; text: string; entities: DevEntity[]; optional?: string[] }

const P = (name: string, ...mentions: string[]): DevEntity => ({ type: 'PER', name, mentions });
const O = (name: string, ...mentions: string[]): DevEntity => ({ type: 'ORG', name, mentions });
const L = (name: string, ...mentions: string[]): DevEntity => ({ type: 'LOC', name, mentions });

export const devNews: DevArticle[] = [
  {
    id: 'fr-sahel-attaque',
    language: 'fr',
    text: "Au moins douze civils ont été tués dimanche dans une attaque contre le village de Tindibou, dans la région de Ménaka, au Mali, a annoncé lundi le gouverneur de la région, le colonel Amadou Traoré. L'attaque a été revendiquée par l'État islamique au Sahel (EIS), selon un communiqué diffusé sur ses canaux de propagande. « Les assaillants sont arrivés à moto vers 5 heures », a raconté à l'AFP Issa Maïga, un élu local joint par téléphone depuis Bamako. Le ministère malien de la Sécurité a confirmé le bilan. La Minusma, qui a quitté le pays fin 2023, avait documenté des attaques similaires près d'Andéramboukane. Médecins sans frontières a dépêché une équipe à l'hôpital de Ménaka. Traoré a appelé les habitants au calme. Des soldats maliens et des mercenaires russes du groupe Wagner patrouillent désormais la zone.",
    entities: [
      L('Tindibou'), L('Ménaka'), L('Mali'), P('Amadou Traoré', 'Traoré'), O('État islamique au Sahel', 'EIS'),
      O('AFP'), P('Issa Maïga'), L('Bamako'), O('ministère malien de la Sécurité'), O('Minusma'),
      L('Andéramboukane'), O('Médecins sans frontières'), O('Wagner', 'groupe Wagner'),
    ],
    optional: ["hôpital de Ménaka", 'Sahel'],
  },
  {
    id: 'fr-agriculteurs',
    language: 'fr',
    text: "Le Premier ministre a reçu mardi à Matignon les représentants de la FNSEA et des Jeunes agriculteurs. « Nous ne lâcherons rien », a prévenu Arnaud Rousseau, président du premier syndicat agricole, à sa sortie. Selon Le Parisien, le gouvernement envisage une aide de 150 millions d'euros. La porte-parole du gouvernement, Maud Bregeon, a refusé de confirmer ce montant. À Saint-Flour, dans le Cantal, une centaine d'éleveurs ont bloqué la RN122 toute la nuit. Jérôme Bayle, éleveur à Montastruc-de-Salies et figure de la contestation, a appelé à « continuer la mobilisation ». Les Républicains et le Rassemblement national ont demandé un débat au Parlement. Marine Tondelier, secrétaire nationale des Écologistes, a dénoncé « une fuite en avant productiviste ». Lactalis, le géant laitier basé à Laval, n'a pas souhaité réagir.",
    entities: [
      O('FNSEA'), O('Jeunes agriculteurs'), P('Arnaud Rousseau'), O('Le Parisien', 'Parisien'), P('Maud Bregeon'),
      L('Saint-Flour'), L('Cantal'), P('Jérôme Bayle'), L('Montastruc-de-Salies'), O('Les Républicains', 'Républicains'),
      O('Rassemblement national'), P('Marine Tondelier'), O('Écologistes'), O('Lactalis'), L('Laval'),
    ],
    optional: ['Matignon', 'RN122', 'Parlement'],
  },
  {
    id: 'fr-gaza-deplaces',
    language: 'fr',
    text: "Yasmine Haddad, 29 ans, a perdu sa maison lors du bombardement de jeudi sur Khan Younès. Elle vit désormais sous une tente à Mawassi, près de la côte. L'Office de secours et de travaux des Nations unies pour les réfugiés de Palestine (UNRWA) estime que 1,9 million de personnes ont été déplacées dans la bande de Gaza. Philippe Lazzarini, commissaire général de l'agence, a réclamé un accès « sans entrave ». L'armée israélienne affirme avoir visé un commandant des Brigades Ezzedine al-Qassam, la branche armée du Hamas. Le Croissant-Rouge palestinien a fait état de 14 morts. Interrogé par France 24, le porte-parole de Tsahal, Avichay Adraee, a assuré que les civils avaient été prévenus. Haddad, elle, dit n'avoir reçu aucun avertissement. Au Caire, les négociateurs égyptiens et qataris poursuivent leurs discussions avec une délégation du Hamas.",
    entities: [
      P('Yasmine Haddad', 'Haddad'), L('Khan Younès'), L('Mawassi'),
      O("Office de secours et de travaux des Nations unies pour les réfugiés de Palestine", 'UNRWA'),
      L('Gaza', 'bande de Gaza'), P('Philippe Lazzarini'), O('Brigades Ezzedine al-Qassam'), O('Hamas'),
      O('Croissant-Rouge palestinien', 'Croissant-Rouge'), O('France 24'), O('Tsahal'), P('Avichay Adraee'), L('Le Caire', 'Caire'),
    ],
    optional: ['armée israélienne', 'Palestine', 'Nations unies'],
  },
  {
    id: 'fr-incendie-var',
    language: 'fr',
    text: "Les pompiers du Var ont lutté toute la nuit contre un incendie qui a parcouru 300 hectares entre Collobrières et Pierrefeu-du-Var. Météo-France avait placé le département en vigilance rouge. « Le vent a tourné vers 2 heures du matin », a expliqué le lieutenant-colonel Sébastien Marty, du Service départemental d'incendie et de secours (SDIS). Plus de 400 habitants du hameau de Valcros ont été évacués vers le gymnase de La Londe-les-Maures. Le préfet du Var, Simon Babre, s'est rendu sur place dans la matinée. Samira, 34 ans, raconte avoir quitté sa maison en pyjama. Selon Var-Matin, deux Canadair venus de Nîmes ont effectué plus de 60 largages. Enedis signale 2 000 foyers privés d'électricité. La ministre de la Transition écologique, Agnès Pannier-Runacher, est attendue jeudi à Toulon.",
    entities: [
      L('Var'), L('Collobrières'), L('Pierrefeu-du-Var'), O('Météo-France'), P('Sébastien Marty'),
      O("Service départemental d'incendie et de secours", 'SDIS'), L('Valcros'), L('La Londe-les-Maures'), P('Simon Babre'),
      P('Samira'), O('Var-Matin'), L('Nîmes'), O('Enedis'), P('Agnès Pannier-Runacher'), L('Toulon'),
    ],
    optional: ['Canadair', 'Transition écologique', 'ministère de la Transition écologique'],
  },
  {
    id: 'en-ukraine-drones',
    language: 'en',
    text: "Russian drones struck an energy facility near Kremenchuk overnight, Ukraine's air force said on Sunday. Two workers were injured, according to Vitaliy Maletskyi, the mayor of the city. The attack came hours after President Volodymyr Zelensky met NATO Secretary General Mark Rutte in Kyiv. \"We need more air defence, not more promises,\" Zelensky told reporters. Moscow's Defence Ministry claimed its forces had captured the village of Novopavlivka in the Donetsk region. The claim could not be independently verified. Ukrenergo, the national grid operator, said power had been restored in Poltava. Analysts at the Institute for the Study of War, a Washington-based think tank, said Russian gains had slowed. Oleksandra, a 41-year-old nurse in Kremenchuk, said she now sleeps in the corridor.",
    entities: [
      L('Kremenchuk'), L('Ukraine'), P('Vitaliy Maletskyi'), P('Volodymyr Zelensky', 'Zelensky'), O('NATO'), P('Mark Rutte'),
      L('Kyiv'), L('Moscow'), O('Defence Ministry'), L('Novopavlivka'), L('Donetsk'), O('Ukrenergo'), L('Poltava'),
      O('Institute for the Study of War'), L('Washington'), P('Oleksandra'),
    ],
    optional: ['air force', "Moscow's Defence Ministry"],
  },
  {
    id: 'en-biotech',
    language: 'en',
    text: "Shares of Halvorsen Biotech fell 18% on Tuesday after the Food and Drug Administration rejected its experimental Alzheimer's drug. The company's chief executive, Priya Raman, said in a statement that Halvorsen would appeal the decision. \"We are disappointed but not discouraged,\" Raman said. The Boston Globe first reported the rejection on Monday, citing two people familiar with the matter. Senator Elizabeth Warren of Massachusetts called for a hearing. Investors had bet heavily on the drug: Goldman Sachs analyst Terence Flynn had rated the stock a buy. Halvorsen employs 1,200 people in Cambridge and at a plant in Framingham. The Biotechnology Innovation Organization, an industry lobby, declined to comment. Patients' groups such as UsAgainstAlzheimer's expressed dismay.",
    entities: [
      O('Halvorsen Biotech', 'Halvorsen'), O('Food and Drug Administration'), P('Priya Raman', 'Raman'), O('The Boston Globe', 'Boston Globe'),
      P('Elizabeth Warren'), L('Massachusetts'), O('Goldman Sachs'), P('Terence Flynn'), L('Cambridge'), L('Framingham'),
      O('Biotechnology Innovation Organization'),
    ],
    optional: ["UsAgainstAlzheimer's", 'UsAgainstAlzheimer', "Alzheimer's", 'Alzheimer'],
  },
  {
    id: 'en-congo-adf',
    language: 'en',
    text: "Gunmen from the Allied Democratic Forces (ADF) killed at least 23 people in an overnight raid on the village of Mambelenga in eastern Congo, local officials said. The attack took place about 30 km from Beni, in North Kivu province. \"They came with machetes and guns,\" said Kambale Musavuli, a civil society leader in Oicha. The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians since 2014. Congolese army spokesman Lt. Col. Mak Hazukay said troops were pursuing the attackers. Uganda and Congo launched joint operations against the group in 2021. The United Nations peacekeeping mission, MONUSCO, condemned the killings. Human Rights Watch researcher Clémentine de Montjoye urged Kinshasa to protect civilians. Musavuli said residents had fled toward Eringeti.",
    entities: [
      O('Allied Democratic Forces', 'ADF'), L('Mambelenga'), L('Congo'), L('Beni'), L('North Kivu'), P('Kambale Musavuli', 'Musavuli'),
      L('Oicha'), O('Islamic State'), P('Mak Hazukay'), L('Uganda'), O('United Nations'), O('MONUSCO'),
      O('Human Rights Watch'), P('Clémentine de Montjoye'), L('Kinshasa'), L('Eringeti'),
    ],
    optional: ['Congolese army', 'United Nations peacekeeping mission'],
  },
  // Second batch, written after the rules were tuned on the first seven, to see what still fails.
  {
    id: 'fr-senegal-dette',
    language: 'fr',
    text: "Le président sénégalais Bassirou Diomaye Faye a reçu jeudi à Dakar une délégation du Fonds monétaire international (FMI) conduite par Edward Gemayel. Selon le quotidien Le Soleil, les discussions ont porté sur la dette cachée révélée par la Cour des comptes. Ousmane Sonko, le Premier ministre, a accusé l'ancien régime de Macky Sall d'avoir « maquillé les chiffres ». À Ziguinchor, en Casamance, des commerçants interrogés par Seneweb disent craindre une hausse des prix. Aminata Diallo, vendeuse au marché Saint-Maur, confie ne plus pouvoir payer son loyer. La Banque centrale des États de l'Afrique de l'Ouest (BCEAO) a maintenu son taux directeur. Pastef, le parti au pouvoir, a appelé au calme. Diallo, elle, attend surtout « des actes ».",
    entities: [
      P('Bassirou Diomaye Faye'), L('Dakar'), O('Fonds monétaire international', 'FMI'), P('Edward Gemayel'), O('Le Soleil', 'Soleil'),
      O('Cour des comptes'), P('Ousmane Sonko'), P('Macky Sall'), L('Ziguinchor'), L('Casamance'), O('Seneweb'),
      P('Aminata Diallo', 'Diallo'), O("Banque centrale des États de l'Afrique de l'Ouest", 'BCEAO'), O('Pastef'),
    ],
    optional: ['Saint-Maur', 'marché Saint-Maur', "Afrique de l'Ouest", 'États'],
  },
  {
    id: 'fr-proces-rennes',
    language: 'fr',
    text: "Le tribunal correctionnel de Rennes a condamné mardi Kévin L., 27 ans, à trois ans de prison pour l'agression d'un contrôleur de la SNCF en gare de Vitré. La victime, Thierry Morvan, 52 ans, souffre encore de séquelles. « Mon client regrette profondément », a déclaré son avocate, Me Claire Le Goff. Le syndicat SUD-Rail, qui s'était porté partie civile, a salué « une décision exemplaire ». D'après Ouest-France, l'accusé avait déjà été condamné à Saint-Malo en 2021. Le procureur de la République, Philippe Astruc, avait requis quatre ans. La région Bretagne a annoncé le recrutement de 40 agents de sécurité supplémentaires sur la ligne Rennes-Laval. Morvan, lui, n'a pas repris le travail.",
    entities: [
      L('Rennes'), P('Kévin L.', 'Kévin L'), O('SNCF'), L('Vitré'), P('Thierry Morvan', 'Morvan'), P('Claire Le Goff'),
      O('SUD-Rail'), O('Ouest-France'), L('Saint-Malo'), P('Philippe Astruc'), L('Bretagne'),
    ],
    optional: ['tribunal correctionnel de Rennes', 'Rennes-Laval', 'région Bretagne', 'République', 'Laval', 'Kévin'],
  },
  {
    id: 'en-gaza-ceasefire',
    language: 'en',
    text: "Israeli Prime Minister Benjamin Netanyahu on Monday rejected a ceasefire proposal drafted by Egyptian and Qatari mediators, his office said. Hamas official Osama Hamdan told Al Jazeera the group had accepted the plan \"in full\". In Tel Aviv, thousands of protesters led by the Hostages and Missing Families Forum blocked the Ayalon highway. Einav Zangauker, whose son Matan is held in Gaza, addressed the crowd. The U.S. State Department spokesman, Matthew Miller, urged both sides to \"close the deal\". Meanwhile, the Israeli military said it struck a Hezbollah weapons depot near Nabatieh in southern Lebanon. Lebanon's health ministry reported four dead. Far-right minister Itamar Ben-Gvir threatened to quit the coalition if a deal is signed.",
    entities: [
      P('Benjamin Netanyahu'), P('Osama Hamdan'), O('Hamas'), O('Al Jazeera'), L('Tel Aviv'), O('Hostages and Missing Families Forum'),
      P('Einav Zangauker'), P('Matan'), L('Gaza'), O('State Department', 'U.S. State Department'), P('Matthew Miller'),
      O('Hezbollah'), L('Nabatieh'), L('Lebanon'), P('Itamar Ben-Gvir'),
    ],
    optional: ['Ayalon', 'U.S.', 'Israeli military', 'health ministry', "Lebanon's health ministry"],
  },
  {
    id: 'en-thames-water',
    language: 'en',
    text: "Thames Water, Britain's largest water company, was fined £123 million by Ofwat on Tuesday over sewage spills and dividend payments. The regulator's chief executive, David Black, said the company had \"failed its customers\". Chris Weston, who runs the utility, told the BBC he was \"deeply sorry\". Campaigners from River Action gathered outside the company's headquarters in Reading. Environment Secretary Steve Reed said ministers would legislate to ban bonuses. Labour MP Clive Lewis called for nationalisation. In Oxfordshire, residents of the village of Henley-on-Thames have reported sewage in the river for three summers. Feargal Sharkey, the former Undertones singer turned activist, called the fine \"pocket change\".",
    entities: [
      O('Thames Water'), L('Britain'), O('Ofwat'), P('David Black'), P('Chris Weston'), O('BBC'), O('River Action'), L('Reading'),
      P('Steve Reed'), O('Labour'), P('Clive Lewis'), L('Oxfordshire'), L('Henley-on-Thames'), P('Feargal Sharkey'), O('Undertones'),
    ],
    optional: ['Environment'],
  },
  // Third batch, written after the second was tuned on.
  {
    id: 'fr-ukraine-soumy',
    language: 'fr',
    text: "Les forces russes ont frappé dans la nuit de samedi à dimanche la ville de Soumy, dans le nord-est de l'Ukraine, faisant au moins neuf morts, selon le gouverneur régional Oleh Hryhorov. Le président Volodymyr Zelensky a dénoncé sur Telegram « une terreur délibérée ». À Moscou, le porte-parole du Kremlin, Dmitri Peskov, a affirmé que l'armée ne visait « que des cibles militaires ». L'Agence internationale de l'énergie atomique (AIEA) s'inquiète de la situation à la centrale de Zaporijjia. Son directeur, Rafael Grossi, doit se rendre à Kiev la semaine prochaine. Svitlana, une enseignante de 45 ans, a passé la nuit dans le métro. Le groupe paramilitaire Azov a revendiqué la destruction d'un dépôt près de Belgorod. Kaja Kallas, cheffe de la diplomatie européenne, a promis une nouvelle aide de Bruxelles.",
    entities: [
      L('Soumy'), L('Ukraine'), P('Oleh Hryhorov'), P('Volodymyr Zelensky'), L('Moscou'), O('Kremlin'), P('Dmitri Peskov'),
      O("Agence internationale de l'énergie atomique", 'AIEA'), L('Zaporijjia'), P('Rafael Grossi'), L('Kiev'), P('Svitlana'),
      O('Azov'), L('Belgorod'), P('Kaja Kallas'), L('Bruxelles'),
    ],
    optional: ['Telegram', 'centrale de Zaporijjia'],
  },
  {
    id: 'fr-psg-om',
    language: 'fr',
    text: "Le Paris Saint-Germain s'est imposé 3-1 face à l'Olympique de Marseille dimanche soir au Parc des Princes. Ousmane Dembélé, auteur d'un doublé, a été élu homme du match. « On a montré du caractère », a réagi l'entraîneur parisien Luis Enrique au micro de Canal+. Côté marseillais, Roberto De Zerbi a regretté l'expulsion de son défenseur Leonardo Balerdi. La Ligue de football professionnel (LFP) a ouvert une enquête après des jets de fumigènes. Le préfet de police, Laurent Nuñez, avait interdit le déplacement des supporters. Selon L'Équipe, plus de 47 000 spectateurs ont assisté à la rencontre. Le club phocéen affronte Lens samedi.",
    entities: [
      O('Paris Saint-Germain'), O('Olympique de Marseille'), P('Ousmane Dembélé'), P('Luis Enrique'), O('Canal+', 'Canal'),
      P('Roberto De Zerbi'), P('Leonardo Balerdi'), O('Ligue de football professionnel', 'LFP'), P('Laurent Nuñez'),
      O("L'Équipe", 'Équipe'),
    ],
    optional: ['Parc des Princes', 'Lens', 'Marseille', 'Paris'],
  },
  {
    id: 'en-tsmc-japan',
    language: 'en',
    text: "Taiwan Semiconductor Manufacturing Co (TSMC) said on Thursday it would build a third plant in Kumamoto, Japan, as tensions with Beijing rise. Chief executive C.C. Wei told analysts that demand for artificial intelligence chips remained \"very strong\". Japan's trade ministry will provide up to 732 billion yen in subsidies, Nikkei Asia reported. Shares of rival Samsung Electronics fell 2% in Seoul. In Hsinchu, where TSMC is headquartered, local councillor Lin Wei-chen said housing costs had soared. The Philippine Coast Guard, meanwhile, accused Chinese vessels of ramming a supply boat near Second Thomas Shoal. Beijing's foreign ministry spokeswoman Mao Ning rejected the claim.",
    entities: [
      O('Taiwan Semiconductor Manufacturing Co', 'TSMC'), L('Kumamoto'), L('Japan'), L('Beijing'), P('C.C. Wei'), O('Nikkei Asia'),
      O('Samsung Electronics'), L('Seoul'), L('Hsinchu'), P('Lin Wei-chen'), O('Philippine Coast Guard'), L('Second Thomas Shoal'),
      P('Mao Ning'),
    ],
    optional: ['trade ministry', 'foreign ministry', 'Taiwan'],
  },
  {
    id: 'en-harvard-ruling',
    language: 'en',
    text: "A federal judge in Boston on Friday blocked the Trump administration's plan to cut funding for Harvard University, calling it \"arbitrary and capricious\". Judge Allison Burroughs, who sits on the U.S. District Court for the District of Massachusetts, said the government had violated the First Amendment. White House press secretary Karoline Leavitt said the administration would appeal. Harvard president Alan Garber welcomed the ruling. The American Civil Liberties Union, which filed a brief supporting the university, called it a victory for academic freedom. In Cambridge, students gathered in Harvard Yard. Rep. Elise Stefanik, a Republican from New York, accused the court of judicial activism.",
    entities: [
      L('Boston'), P('Trump'), O('Harvard University', 'Harvard'), P('Allison Burroughs'),
      O('U.S. District Court for the District of Massachusetts', 'District Court for the District of Massachusetts'),
      O('White House'), P('Karoline Leavitt'), P('Alan Garber'), O('American Civil Liberties Union'), L('Cambridge'),
      P('Elise Stefanik'), L('New York'),
    ],
    optional: ['First Amendment', 'Harvard Yard', 'Republican', 'U.S.', 'Massachusetts', 'District of Massachusetts'],
  },
  // Fourth batch, written at the end and not tuned on: its score is the last estimate on unseen text.
  {
    id: 'fr-meta-amende',
    language: 'fr',
    text: "La Commission européenne a infligé mercredi une amende de 797 millions d'euros à Meta pour abus de position dominante. « Nous ne tolérerons pas ces pratiques », a déclaré Margrethe Vestager, vice-présidente chargée de la Concurrence. Le groupe de Mark Zuckerberg, basé à Menlo Park, en Californie, a annoncé son intention de faire appel devant la Cour de justice de l'Union européenne. Selon Les Échos, l'amende représente moins de 1 % du chiffre d'affaires annuel. L'association de consommateurs UFC-Que Choisir salue « un signal fort ». À Dublin, où se trouve le siège européen de Meta, la Data Protection Commission mène sa propre enquête. Le député européen Stéphanie Yon-Courtin a réclamé des sanctions plus lourdes.",
    entities: [
      O('Commission européenne'), O('Meta'), P('Margrethe Vestager'), P('Mark Zuckerberg'), L('Menlo Park'), L('Californie'),
      O("Cour de justice de l'Union européenne"), O('Les Échos', 'Échos'), O('UFC-Que Choisir'), L('Dublin'),
      O('Data Protection Commission'), P('Stéphanie Yon-Courtin'),
    ],
    optional: ['Union européenne', 'Concurrence'],
  },
  {
    id: 'en-venezuela-protests',
    language: 'en',
    text: "Venezuelan opposition leader María Corina Machado called for fresh protests on Saturday after the National Electoral Council (CNE) again declared Nicolás Maduro the winner of July's vote. In Caracas, security forces fired tear gas at demonstrators near Plaza Altamira. Foro Penal, a local rights group, said 1,200 people had been detained since the election. Brazil's President Luiz Inácio Lula da Silva urged Maduro to publish the detailed results. The Carter Center, which sent observers, said the election \"did not meet international standards\". Edmundo González, the opposition candidate, remains in hiding. In Maracaibo, shopkeeper Yelitza Rojas said she had closed her store for a week.",
    entities: [
      P('María Corina Machado'), O('National Electoral Council', 'CNE'), P('Nicolás Maduro', 'Maduro'), L('Caracas'), L('Plaza Altamira'),
      O('Foro Penal'), L('Brazil'), P('Luiz Inácio Lula da Silva'), O('Carter Center'), P('Edmundo González'), L('Maracaibo'),
      P('Yelitza Rojas'),
    ],
    optional: ['Venezuelan'],
  },
];
