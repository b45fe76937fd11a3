/**
 * One-to-one matching of gold items to output items: every candidate pair gets a score
 * (null: no match), and pairs are taken best first, each item used at most once. Greedy is
 * enough here: scores only break ties between pairs that all satisfy the match rule.
 */
export interface Matching<G, O> {
  pairs: { gold: G; out: O; goldIndex: number; outIndex: number }[];
  missed: { item: G; index: number }[];
  extra: { item: O; index: number }[];
}

export function matchOneToOne<G, O>(
  gold: readonly G[],
  out: readonly O[],
  score: (gold: G, out: O) => number | null,
): Matching<G, O> {
  const candidates: { g: number; o: number; s: number }[] = [];
  gold.forEach((g, gi) => {
    out.forEach((o, oi) => {
      const s = score(g, o);
      if (s !== null) candidates.push({ g: gi, o: oi, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.o - b.o);
  const goldUsed = new Set<number>();
  const outUsed = new Set<number>();
  const pairs: Matching<G, O>['pairs'] = [];
  for (const { g, o } of candidates) {
    if (goldUsed.has(g) || outUsed.has(o)) continue;
    goldUsed.add(g);
    outUsed.add(o);
    pairs.push({ gold: gold[g] as G, out: out[o] as O, goldIndex: g, outIndex: o });
  }
  pairs.sort((a, b) => a.goldIndex - b.goldIndex);
  return {
    pairs,
    missed: gold.flatMap((item, index) => (goldUsed.has(index) ? [] : [{ item, index }])),
    extra: out.flatMap((item, index) => (outUsed.has(index) ? [] : [{ item, index }])),
  };
}
