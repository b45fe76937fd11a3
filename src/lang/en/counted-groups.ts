import type { CountedGroupWords } from '../xx/counted-groups.js';

/** English words for who a figure counts ("169 civilians", "six servicemen", "protesters"). */
export const countedGroups: CountedGroupWords = {
  civilian: ['civilian', 'civilians', 'non-combatants'],
  child: ['child', 'children', 'minor', 'minors', 'pupil', 'pupils', 'schoolchildren', 'baby', 'babies', 'kids'],
  woman: ['woman', 'women'],
  person: ['person', 'persons', 'people', 'victim', 'victims', 'individuals', 'dead', 'injured'],
  resident: ['resident', 'residents', 'inhabitant', 'inhabitants', 'villagers', 'locals'],
  family: ['family', 'families'],
  soldier: ['soldier', 'soldiers', 'serviceman', 'servicemen', 'troops', 'military personnel', 'conscripts', 'service members'],
  fighter: ['fighter', 'fighters', 'rebel', 'rebels', 'insurgent', 'insurgents', 'jihadist', 'jihadists', 'terrorist', 'terrorists', 'extremists', 'militants', 'militiamen', 'gunmen', 'islamists'],
  police: ['police', 'policeman', 'policemen', 'police officers', 'gendarmes'],
  protester: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrators', 'strikers', 'dockers', 'dockworkers'],
  student: ['student', 'students'],
  journalist: ['journalist', 'journalists', 'reporters'],
  worker: ['worker', 'workers', 'employees', 'labourers', 'laborers'],
  patient: ['patient', 'patients'],
  refugee: ['refugee', 'refugees', 'displaced'],
  prisoner: ['prisoner', 'prisoners', 'detainees', 'hostages'],
  'aid-worker': ['aid workers', 'humanitarian workers', 'rescuers', 'rescue workers', 'medics', 'paramedics'],
  corridor: ['corridor', 'corridors', 'humanitarian corridors', 'routes', 'passages'],
  strike: ['strike', 'strikes', 'airstrikes', 'air strikes', 'raid', 'raids', 'attack', 'attacks'],
};
