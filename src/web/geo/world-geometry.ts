import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country of Natural Earth (through world-atlas), with its lon/lat box for cheap culling. */
export interface Country {
  name: string;
  /** ISO 3166-1 numeric code as world-atlas gives it ("760" for Syria), or '' for disputed areas. */
  id: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** [[west, south], [east, north]]; west > east when the country crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}

/**
 * 1:50m for regional maps (a story is mostly one region, where 1:110m turns coasts into
 * zigzags), 1:110m for a whole-world view where 50m detail would only add bytes.
 */
export type Detail = '50m' | '110m';

const require = createRequire(import.meta.url);
const cache = new Map<Detail, Country[]>();

/** Countries of world-atlas, decoded from TopoJSON once per detail level and kept for the process. */
export function countries(detail: Detail): Country[] {
  const known = cache.get(detail);
  if (known) return known;
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${detail}.json`), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const list = collection.features.map((f) => ({
    name: f.properties?.name ?? '',
    id: f.id === undefined ? '' : String(f.id),
    feature: f,
    bounds: geoBounds(f),
  }));
  cache.set(detail, list);
  return list;
}
