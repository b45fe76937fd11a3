import type { CountedGroupWords } from '../xx/counted-groups.js';

/** French words for who a figure counts ("169 civils", "69 combattants", "six élèves"). */
export const countedGroups: CountedGroupWords = {
  civilian: ['civil', 'civils', 'civile', 'civiles'],
  child: ['enfant', 'enfants', 'mineur', 'mineurs', 'élève', 'élèves', 'bébé', 'bébés'],
  woman: ['femme', 'femmes'],
  person: ['personne', 'personnes', 'victime', 'victimes', 'gens', 'individus', 'morts', 'blessés'],
  resident: ['habitant', 'habitants', 'résident', 'résidents', 'villageois'],
  family: ['famille', 'familles'],
  soldier: ['soldat', 'soldats', 'militaire', 'militaires', 'militaires russes', 'membres des forces', 'gendarmes', 'conscrits', 'troupes'],
  fighter: ['combattant', 'combattants', 'rebelle', 'rebelles', 'insurgé', 'insurgés', 'djihadiste', 'djihadistes', 'jihadistes', 'terroriste', 'terroristes', 'extrémistes', 'miliciens', 'islamistes'],
  police: ['policier', 'policiers', 'agents de police', 'forces de l’ordre', "forces de l'ordre", 'CRS'],
  protester: ['manifestant', 'manifestants', 'manifestante', 'manifestantes', 'grévistes', 'protestataires', 'dockers'],
  student: ['étudiant', 'étudiants', 'lycéens', 'écoliers'],
  journalist: ['journaliste', 'journalistes', 'reporters'],
  worker: ['ouvrier', 'ouvriers', 'travailleur', 'travailleurs', 'salariés'],
  patient: ['patient', 'patients', 'malades'],
  refugee: ['réfugié', 'réfugiés', 'déplacé', 'déplacés'],
  prisoner: ['prisonnier', 'prisonniers', 'détenus', 'otages'],
  'aid-worker': ['travailleurs humanitaires', 'humanitaires', 'secouristes', 'sauveteurs'],
  corridor: ['couloir', 'couloirs', 'corridor', 'corridors', 'passages', 'itinéraires'],
  strike: ['frappe', 'frappes', 'raid', 'raids', 'bombardement', 'bombardements', 'attaque', 'attaques'],
};
