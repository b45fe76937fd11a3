import type { GoldFile } from './gold-file.js';
import { containsEitherWay, normalise } from './normalize.js';

/**
 * Every way the gold names an actor: when `name` is a gold entity's name or mention, that
 * entity's name and mentions ("Observatoire syrien des droits de l'Homme" -> also "OSDH");
 * otherwise just `name` ("armée russe", an optional entity).
 */
export function goldNamesOf(gold: GoldFile, name: string): string[] {
  const key = normalise(name);
  const entity = (gold.entities ?? []).find(
    (e) => normalise(e.name) === key || (e.mentions ?? []).some((m) => normalise(m) === key),
  );
  return entity ? [entity.name, ...(entity.mentions ?? [])] : [name];
}

/**
 * Whether an output actor (speaker name and surface text, or a claim's source) is the gold
 * actor: one of the output strings contains, or is contained in, one of the gold names, as
 * whole words. A gold list (a joint statement) matches when any one of its actors does; a
 * gold null matches only an output with no actor at all.
 */
export function actorMatches(
  gold: GoldFile,
  expected: string | readonly string[] | null,
  got: readonly (string | null | undefined)[],
): boolean {
  const present = got.filter((g): g is string => typeof g === 'string' && normalise(g) !== '');
  if (expected === null) return present.length === 0;
  const actors = typeof expected === 'string' ? [expected] : expected;
  return actors.some((actor) =>
    goldNamesOf(gold, actor).some((name) => present.some((g) => containsEitherWay(g, name))));
}
