/**
 * Who (or what) a figure counts ("civils", "civilians", "Zivilisten"), mapped to a language-neutral group
 * so that figures in different languages can be compared. Each language lists its own words in
 * its `counted-groups.ts`; this file holds the shared contract and the groups, no words.
 */
export type CountedGroup =
  | 'civilian' | 'child' | 'woman' | 'person' | 'resident' | 'family' | 'soldier' | 'fighter'
  | 'police' | 'protester' | 'student' | 'journalist' | 'worker' | 'patient' | 'refugee' | 'prisoner' | 'aid-worker'
  // Things counted rather than people: corridors and strikes are figures too ("quatre couloirs", "three routes").
  | 'corridor' | 'strike';

/** Word forms (lowercase, singular and plural; accents kept, the lookup folds them) of each group. */
export type CountedGroupWords = Partial<Record<CountedGroup, string[]>>;

export const countedGroups: CountedGroupWords = {};
