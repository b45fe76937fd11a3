/*
 * The bench's generated corpus: one template of scraped French news text (chrome lines, a
 * repeated caption, figures, a quote, a "Lire aussi", sizes of a share bar) varied by number
 * and place, so every article is distinct. Shared by the bench and the output digest.
 */
const PLACES = ['Kessel', 'Vardane', 'Port-Aubin', 'Solvik', 'Marenne', 'Tavira'];

export function generatedArticle(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const n = (i * 7919) % 500;
  const paragraphs = [
    'Liens d\'accessibilité', 'Dernières nouvelles', 'International',
    `Siège de ${place} : nouvelle journée de bombardements, bilan n°${i}`,
    `Des habitants fuient ${place}, le ${1 + (i % 28)} mars 2026.`,
    `Des habitants fuient ${place}, le ${1 + (i % 28)} mars 2026.`,
    `Au moins ${n} civils ont été tués mardi à ${place}, selon l'Observatoire régional des droits humains (ORDH), sans que ce bilan puisse être vérifié de source indépendante.`,
    `« Nous sommes prêts à ouvrir deux couloirs humanitaires dès jeudi », a déclaré le général Anton Mirek lors d'une conférence de presse. M. Mirek a ajouté que ${n + 12} combattants s'étaient rendus.`,
    `Lire aussi : Inondations à ${place} : 12 morts`,
    `Le ministère de la Santé a fait état de quelque ${n * 2} blessés dans les quartiers est de la ville, où vivaient près de 10.000 personnes avant l'offensive lancée le 18 février.`,
    'Une trêve fragile',
    `L'ONU, la France et les Etats-Unis ont dénoncé des « crimes de guerre ». Le porte-parole du gouvernement a pour sa part accusé les « terroristes » d'utiliser les civils comme boucliers humains.`,
    'Avec AFP', 'XS', 'SM', 'MD', 'LG',
  ];
  return paragraphs.join('\n\n');
}
