import { foldName } from './translit-key.js';

/**
 * Organisations under their names in several languages, one canonical id each:
 * "OSDH" = "SOHR" = "Syrian Observatory for Human Rights". Data, kept short: only bodies that
 * news about conflicts cite as sources or actors. Extend freely; keys are folded (no case, no accents).
 */
const ALIASES: Record<string, string[]> = {
  SOHR: ['OSDH', 'SOHR', 'Syrian Observatory for Human Rights', 'Observatoire syrien des droits de l\'homme', 'Syrische Beobachtungsstelle für Menschenrechte'],
  UN: ['UN', 'ONU', 'UNO', 'United Nations', 'Nations unies', 'Organisation des Nations unies', 'Vereinte Nationen'],
  NATO: ['NATO', 'OTAN', 'North Atlantic Treaty Organization', 'Organisation du traité de l\'Atlantique nord'],
  EU: ['EU', 'UE', 'European Union', 'Union européenne', 'Europäische Union'],
  WHO: ['WHO', 'OMS', 'World Health Organization', 'Organisation mondiale de la santé', 'Weltgesundheitsorganisation'],
  ICRC: ['ICRC', 'CICR', 'IKRK', 'International Committee of the Red Cross', 'Comité international de la Croix-Rouge', 'Internationales Komitee vom Roten Kreuz'],
  UNHCR: ['UNHCR', 'HCR', 'UN Refugee Agency', 'Haut-Commissariat des Nations unies pour les réfugiés'],
  OCHA: ['OCHA', 'Bureau de la coordination des affaires humanitaires', 'Office for the Coordination of Humanitarian Affairs'],
  MSF: ['MSF', 'Médecins sans frontières', 'Doctors Without Borders', 'Ärzte ohne Grenzen'],
  HRW: ['HRW', 'Human Rights Watch'],
  AMNESTY: ['Amnesty', 'Amnesty International'],
  ISIS: ['ISIS', 'ISIL', 'IS', 'EI', 'Daech', 'Daesh', 'Islamic State', 'État islamique', 'Etat islamique', 'Islamischer Staat'],
  AFP: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  REUTERS: ['Reuters'],
  AP: ['AP', 'Associated Press'],
  DPA: ['dpa', 'Deutsche Presse-Agentur'],
  MOD_RU: ['Russian Defence Ministry', 'Russian Defense Ministry', 'ministère russe de la Défense', 'ministère de la Défense russe', 'russisches Verteidigungsministerium'],
  KREMLIN: ['Kremlin', 'Kreml'],
  PENTAGON: ['Pentagon', 'Pentagone'],
};

const BY_KEY = new Map<string, string>();
for (const [id, names] of Object.entries(ALIASES)) for (const n of names) BY_KEY.set(foldName(n), id);

/** The acronym of a multi-word name, from its capitalised words ("Syrian Observatory for Human Rights" → "SOHR"). */
export function acronym(name: string): string | null {
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** The canonical id of an organisation name or acronym, or null when the table does not know it. */
export function orgId(name: string): string | null {
  const direct = BY_KEY.get(foldName(name));
  if (direct) return direct;
  const a = acronym(name);
  return a ? BY_KEY.get(foldName(a)) ?? null : null;
}

/** A key for any organisation: its table id, else its acronym, else its folded name. */
export function orgKey(name: string): string {
  return orgId(name) ?? acronym(name)?.toLowerCase() ?? foldName(name);
}
