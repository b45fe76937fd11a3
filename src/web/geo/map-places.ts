import type { ArticleOut } from '../../model/contract.js';
import { lookupPlace, type Place } from '../../lang/gazetteer.js';
import { articleHref } from '../html.js';
import { claimValue } from '../article-body.js';

/** Something that happened or was counted at a place, with the link to its sentence. */
export interface PlaceItem {
  kind: 'event' | 'figure' | 'mention';
  label: string;
  href: string;
  outlet: string;
  date: string | null;
}

export interface MapPlace {
  place: Place;
  /** The spellings the articles used ("Alep", "Aleppo"). */
  spellings: string[];
  items: PlaceItem[];
  /** Events and figures (mentions alone do not make a place bigger). */
  weight: number;
}

export interface PlacesOnMap {
  places: MapPlace[];
  /** Place names the gazetteer does not know, with how often each came up. */
  unknown: { name: string; count: number }[];
}

/**
 * The places of events and figures (their `place`, an entity's canonical name) looked up in the
 * gazetteer; with `mentions`, every LOC entity too (the article page's map). Places are merged by
 * gazetteer id, so "Alep" in one outlet and "Aleppo" in another are one marker.
 */
export function collectPlaces(articles: ArticleOut[], outletOf: (a: ArticleOut) => string, mentions = false): PlacesOnMap {
  const byId = new Map<string, MapPlace & { spellingSet: Set<string> }>();
  const unknown = new Map<string, number>();
  const put = (name: string | null, item: PlaceItem) => {
    if (!name) return;
    const place = lookupPlace(name);
    if (!place) { unknown.set(name, (unknown.get(name) ?? 0) + 1); return; }
    let entry = byId.get(place.id);
    if (!entry) {
      entry = { place, spellings: [], spellingSet: new Set(), items: [], weight: 0 };
      byId.set(place.id, entry);
    }
    entry.spellingSet.add(name);
    entry.items.push(item);
    if (item.kind !== 'mention') entry.weight++;
  };
  for (const a of articles) {
    const outlet = outletOf(a);
    a.events.forEach((e, i) => put(e.place, { kind: 'event', label: e.type, href: articleHref(a.id, `event-${i}`), outlet, date: e.date }));
    a.claims.forEach((c, i) => put(c.place, { kind: 'figure', label: `${claimValue(c)} ${c.category}${c.hedged ? ' (hedged)' : ''}`, href: articleHref(a.id, `claim-${i}`), outlet, date: c.date }));
    if (mentions) {
      a.entities.forEach((en, i) => {
        if (en.type === 'LOC') put(en.name, { kind: 'mention', label: `${en.mentions.length}× mentioned`, href: articleHref(a.id, `entity-${i}`), outlet, date: null });
      });
    }
  }
  const places = [...byId.values()]
    .map(({ spellingSet, ...p }) => ({ ...p, spellings: [...spellingSet].sort((x, y) => x.localeCompare(y)) }))
    .sort((x, y) => y.weight - x.weight || y.items.length - x.items.length || x.place.name.localeCompare(y.place.name));
  return {
    places,
    unknown: [...unknown].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
  };
}
