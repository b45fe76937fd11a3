import { FEMALE_NAMES, MALE_NAMES } from '../xx/first-names.js';

const list = (s: string) => s.split(/\s+/u).filter(Boolean);

/** Given names by gender: the shared list and names common in France, Belgium, Switzerland, Québec and francophone Africa. */
export const firstNames = {
  female: new Set([...FEMALE_NAMES, ...list(`
    hélène helene nathalie isabelle sylvie catherine christine martine françoise francoise monique nicole
    brigitte valérie valerie sandrine céline celine aurélie aurelie émilie emilie élodie elodie laurence
    véronique veronique patricia chantal danielle michèle michele josiane ségolène segolene marine agnès
    agnes amélie amelie juliette manon chloé chloe léa lea inès océane oceane mathilde margaux pauline
    marion lucie laure delphine virginie stéphanie stephanie géraldine geraldine florence béatrice
    mireille odile colette jacqueline simone yvonne madeleine geneviève genevieve nadège nadege
    marie-claire marie-france marie-hélène marie-christine anne-marie marie-laure
  `)]),
  male: new Set([...MALE_NAMES, ...list(`
    jean-marc jean-pierre jean-paul jean-luc jean-claude jean-michel jean-louis jean-françois jean-yves
    pierre jacques michel philippe alain bernard françois francois olivier nicolas laurent christophe
    sébastien sebastien frédéric frederic stéphane stephane thierry didier pascal patrice gilles gérard
    gerard rené rene marcel bruno yves hervé herve sylvain vincent antoine julien mathieu maxime
    guillaume romain clément clement théo theo baptiste arnaud benoît benoit fabien franck jérôme jerome
    emmanuel édouard edouard gaston henri lionel luc marc mathias raphaël raphael rémi remi serge xavier
    yannick loïc loic cédric cedric damien aurélien aurelien
  `)]),
};
