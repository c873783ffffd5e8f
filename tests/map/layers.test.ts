import {
  createPropertyExpression,
  type FilterSpecification,
  featureFilter,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER, MAP_FONT, MARKER_SPACE_IMAGE, SOURCE } from '../../src/map/ids.ts';
import {
  buildCountryOutlineFilter,
  buildPlaceFeatures,
  buildRouteFeatures,
  buildRouteYearFilter,
  buildStyle,
  buildTownLayer,
  getDetailBasemapUrl,
  getSelectedCountryCode,
  getTownsUrl,
  OSM_ATTRIBUTION,
  rankPlace,
  shouldLoadDetail,
} from '../../src/map/layers.ts';
import { DETAIL_MIN_ZOOM } from '../../src/model/basemap.ts';
import { at, eventsOf, loadFixtureIndex, makePlace, placesOf } from '../helpers.ts';

const BASEMAP_URL = 'http://localhost/basemap/countries.json';
const index = loadFixtureIndex();
const style = buildStyle(index, BASEMAP_URL, 2016);

function layer(id: string): LayerSpecification {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Evaluates one paint property of a layer for a feature-state. */
function evaluatePaint(layerId: string, property: string, state: Record<string, boolean>, zoom = 6): unknown {
  const spec = layer(layerId);
  const value = (spec as { paint?: Record<string, unknown> }).paint?.[property];
  const propertySpec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${spec.type}`
  ]?.[property];
  if (!propertySpec) throw new Error(`no spec for ${property}`);
  const parsed = createPropertyExpression(value, property, propertySpec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties: { rank: 0, kind: 'city' } }, state);
}

describe('buildStyle', () => {
  it('passes the MapLibre style validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses unique layer ids, all from LAYER', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set<string>(Object.values(LAYER));
    for (const id of ids) expect(known.has(id), id).toBe(true);
    expect(ids).toHaveLength(known.size);
  });

  it('draws the background first and place labels last', () => {
    expect(at(style.layers, 0).id).toBe(LAYER.background);
    expect(at(style.layers, style.layers.length - 1).id).toBe(LAYER.placeLabels);
  });

  it('only refers to sources it defines', () => {
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCE).sort());
    for (const l of style.layers) {
      if (l.type === 'background') continue;
      expect(Object.keys(style.sources), l.id).toContain((l as { source: string }).source);
    }
  });

  it('reads the basemap from the given URL', () => {
    expect(style.sources[SOURCE.basemap]).toMatchObject({ type: 'geojson', data: BASEMAP_URL });
  });

  it('starts the precise region empty, finds it beside the basemap, and loads it a zoom early', () => {
    expect(style.sources[SOURCE.basemapDetail]).toMatchObject({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    expect(getDetailBasemapUrl(BASEMAP_URL)).toBe('http://localhost/basemap/region.json');
    expect(shouldLoadDetail(4)).toBe(false);
    expect(shouldLoadDetail(DETAIL_MIN_ZOOM - 1.5)).toBe(false);
    expect(shouldLoadDetail(DETAIL_MIN_ZOOM - 1)).toBe(true);
  });

  it('credits OpenStreetMap for the precise region and the rivers', () => {
    expect(style.sources[SOURCE.basemapDetail]).toMatchObject({ attribution: OSM_ATTRIBUTION });
    expect(style.sources[SOURCE.rivers]).toMatchObject({ attribution: OSM_ATTRIBUTION });
    expect(OSM_ATTRIBUTION).toContain('© OpenStreetMap contributors');
  });

  it('hands the Uzbek and Afghan borders from 1:50m to the precise region at one zoom', () => {
    const borderAt = (id: string, zoom: number, properties: Record<string, unknown>) => {
      const l = layer(id) as { minzoom?: number; maxzoom?: number; filter?: unknown };
      if ((l.minzoom ?? 0) > zoom || (l.maxzoom ?? 24) <= zoom) return false;
      if (!l.filter) return true;
      const { filter } = featureFilter(l.filter as never, 'filter');
      return filter({ zoom }, { type: 'LineString', properties });
    };
    const coarseLayers = [LAYER.borders, LAYER.bordersDetail, LAYER.bordersInner];
    const coarseInner = { layer: 'border', detail: 1, inner: 1 };
    const coarseOther = { layer: 'border', detail: 1 };
    const drawn = (zoom: number, properties: Record<string, unknown>) =>
      coarseLayers.some((id) => borderAt(id, zoom, properties));
    expect(drawn(DETAIL_MIN_ZOOM - 0.5, coarseInner)).toBe(true);
    expect(drawn(DETAIL_MIN_ZOOM, coarseInner)).toBe(false);
    expect(drawn(DETAIL_MIN_ZOOM + 3, coarseOther)).toBe(true);
    expect(borderAt(LAYER.bordersPrecise, DETAIL_MIN_ZOOM - 0.5, { layer: 'border' })).toBe(false);
    expect(borderAt(LAYER.bordersPrecise, DETAIL_MIN_ZOOM, { layer: 'border' })).toBe(true);
  });

  it('promotes place ids for feature-state', () => {
    expect(style.sources[SOURCE.places]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('works offline: no glyphs or sprite server', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!localhost)[^"]*\.(pbf|png|json)/);
  });

  it('sets every text font to the bundled Noto Sans', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const l of symbols)
      expect((l.layout as Record<string, unknown> | undefined)?.['text-font'], l.id).toEqual([MAP_FONT]);
    expect(MAP_FONT).toBe('Noto Sans');
  });

  it('filters the route layers by the year', () => {
    const early = buildStyle(index, BASEMAP_URL, 1995);
    const road = early.layers.find((l) => l.id === LAYER.routeRoad) as { filter: unknown };
    expect(road.filter).toEqual(buildRouteYearFilter('road', 1995));
    expect(validateStyleMin(early)).toEqual([]);
  });

  it('fades places that come later and enlarges the selected one', () => {
    expect(evaluatePaint(LAYER.placeCircles, 'circle-opacity', {})).toBe(1);
    expect(evaluatePaint(LAYER.placeCircles, 'circle-opacity', { later: true })).toBe(0.35);
    expect(evaluatePaint(LAYER.placeHalo, 'circle-radius', {})).toBe(0);
    expect(evaluatePaint(LAYER.placeHalo, 'circle-radius', { selected: true })).toBe(16);
    expect(evaluatePaint(LAYER.placeHalo, 'circle-radius', { related: true })).toBe(12);
  });
});

describe('place layers', () => {
  const placeLayers = [LAYER.placeHalo, LAYER.placeCircles, LAYER.placeLabels];
  const passes = (layerId: string, kind: string) => {
    const filter = (layer(layerId) as { filter?: unknown }).filter;
    const { filter: accepts } = featureFilter(filter as FilterSpecification, 'filter');
    return accepts({ zoom: 6 }, { type: 'Point', properties: { kind, rank: 0 } });
  };

  it.each(placeLayers)('%s never draws a country place as a point', (layerId) => {
    expect(passes(layerId, 'country')).toBe(false);
  });

  it.each(placeLayers)('%s draws cities, sites and regions', (layerId) => {
    for (const kind of ['city', 'site', 'region', 'airfield']) expect(passes(layerId, kind), kind).toBe(true);
  });
});

describe('country outline', () => {
  const accepts = (filter: FilterSpecification, properties: Record<string, unknown>) =>
    featureFilter(filter, 'filter').filter({ zoom: 6 }, { type: 'Polygon', properties });
  const uzbekShape = { layer: 'land', detail: 1, iso3: 'UZB' };

  it('outlines only the detailed shape of the selected country', () => {
    const filter = buildCountryOutlineFilter('UZB');
    expect(accepts(filter, uzbekShape)).toBe(true);
    expect(accepts(filter, { ...uzbekShape, iso3: 'AFG' })).toBe(false);
    expect(accepts(filter, { ...uzbekShape, detail: 0 })).toBe(false);
    expect(accepts(filter, { ...uzbekShape, layer: 'border' })).toBe(false);
  });

  it('outlines nothing when no country is selected, and starts from the given one', () => {
    expect(accepts(buildCountryOutlineFilter(null), uzbekShape)).toBe(false);
    // Disputed areas carry no code: they must not be outlined while nothing is selected.
    expect(accepts(buildCountryOutlineFilter(null), { ...uzbekShape, iso3: '' })).toBe(false);
    expect((layer(LAYER.countryOutline) as { filter?: unknown }).filter).toEqual(
      buildCountryOutlineFilter(null),
    );
    const withCountry = buildStyle(index, BASEMAP_URL, 2016, 'UZB');
    const outline = withCountry.layers.find((l) => l.id === LAYER.countryOutline) as { filter?: unknown };
    expect(outline.filter).toEqual(buildCountryOutlineFilter('UZB'));
  });

  it('knows the selected country only when a country place is selected', () => {
    const withCountry = loadFixtureIndex((f) => {
      const country = makePlace('uzbekistan', 'Uzbekistan', 'UZB', [64.5, 41.4]);
      country.properties.kind = 'country';
      country.properties.eventless = 'context';
      placesOf(f).push(country);
    });
    expect(getSelectedCountryCode(withCountry, { selection: { kind: 'place', id: 'uzbekistan' } })).toBe(
      'UZB',
    );
    expect(getSelectedCountryCode(withCountry, { selection: { kind: 'place', id: 'tashkent' } })).toBeNull();
    expect(getSelectedCountryCode(withCountry, { selection: { kind: 'event', id: 'joins-pfp' } })).toBeNull();
    expect(getSelectedCountryCode(withCountry, { selection: null })).toBeNull();
  });
});

describe('buildPlaceFeatures', () => {
  const features = buildPlaceFeatures(index).features;

  it('has one point per place, with its id and name', () => {
    expect(features.map((f) => f.properties.id)).toEqual(index.dataset.places.map((p) => p.id));
    for (const f of features) {
      const place = index.placeById.get(f.properties.id);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: place?.coordinates });
      expect(f.properties.name).toBe(place?.name);
      expect(f.properties.localName).toBe('');
    }
  });

  it('ranks a city with more events first', () => {
    const rank = (id: string) => features.find((f) => f.properties.id === id)?.properties.rank ?? Number.NaN;
    // Tashkent has two events, Samarkand one.
    expect(rank('tashkent')).toBeLessThan(rank('samarkand'));
    expect(rank('samarkand')).toBe(rank('termez'));
  });

  it('does not share coordinate arrays with the dataset', () => {
    const first = at(features, 0);
    expect(first.geometry.coordinates).not.toBe(at(index.dataset.places, 0).coordinates);
  });

  it('keeps a local name when there is one', () => {
    const withLocal = loadFixtureIndex((f) => {
      Object.assign(at(f.places.features, 0).properties, { localName: 'Toshkent' });
    });
    expect(at(buildPlaceFeatures(withLocal).features, 0).properties.localName).toBe('Toshkent');
  });
});

describe('buildRouteFeatures and buildRouteYearFilter', () => {
  const features = buildRouteFeatures(index).features;
  const visible = (mode: string, year: number) => {
    const { filter } = featureFilter(buildRouteYearFilter(mode, year), 'filter');
    return features
      .filter((f) => filter({ zoom: 6 }, { type: 'LineString', properties: f.properties ?? {} }))
      .map((f) => f.properties?.id);
  };

  it('gives legs without a start year the year 0', () => {
    expect(features.map((f) => f.properties?.since)).toEqual([0, 0, 2002]);
  });

  it('builds the documented filter', () => {
    expect(buildRouteYearFilter('rail', 2001)).toEqual([
      'all',
      ['==', ['get', 'mode'], 'rail'],
      ['<=', ['get', 'since'], 2001],
    ]);
  });

  it('shows a leg of the mode from its start year on', () => {
    expect(visible('rail', 1995)).toEqual(['tashkent-samarkand', 'samarkand-termez']);
    expect(visible('road', 2001)).toEqual([]);
    expect(visible('road', 2002)).toEqual(['termez-kabul']);
    expect(visible('bridge', 2016)).toEqual([]);
  });
});

describe('rankPlace', () => {
  it('puts cities and headquarters before bridges, and bridges before other sites', () => {
    expect(rankPlace('city', 0)).toBeLessThan(rankPlace('bridge', 99));
    expect(rankPlace('headquarters', 3)).toBe(rankPlace('city', 3));
    expect(rankPlace('bridge', 0)).toBeLessThan(rankPlace('airfield', 99));
    expect(rankPlace('site', 5)).toBe(rankPlace('institution', 5));
  });

  it('ranks more events first within a kind', () => {
    expect(rankPlace('city', 5)).toBeLessThan(rankPlace('city', 4));
    expect(rankPlace('city', 0)).toBe(99);
  });

  it('never lets many events jump ahead of another kind', () => {
    expect(rankPlace('bridge', 500)).toBe(100);
    expect(rankPlace('city', 500)).toBe(0);
    expect(rankPlace('bridge', 500)).toBeGreaterThan(rankPlace('city', 0));
  });

  it('matches the event counts of the index', () => {
    const index2 = loadFixtureIndex((f) => {
      eventsOf(f).push({ ...at(eventsOf(f), 2), id: 'more-termez', milestone: false, seedOrder: undefined });
      eventsOf(f).push({
        ...at(eventsOf(f), 2),
        id: 'even-more-termez',
        milestone: false,
        seedOrder: undefined,
      });
    });
    const ranks = Object.fromEntries(
      buildPlaceFeatures(index2).features.map((f) => [f.properties.id, f.properties.rank]),
    );
    expect(ranks).toEqual({
      tashkent: rankPlace('city', 2),
      samarkand: rankPlace('city', 1),
      termez: rankPlace('city', 3),
      kabul: rankPlace('city', 3),
    });
    expect(ranks.termez).toBeLessThan(ranks.tashkent ?? 0);
  });
});

describe('the towns', () => {
  it('come from the file beside the basemap, credited to GeoNames', () => {
    expect(getTownsUrl(BASEMAP_URL)).toBe('http://localhost/basemap/towns.json');
    const source = style.sources[SOURCE.towns] as { data: string; attribution: string };
    expect(source.data).toBe('http://localhost/basemap/towns.json');
    expect(source.attribution).toMatch(/GeoNames \(CC BY 4\.0\)/);
  });

  it('are plain labels under every story layer, larger towns first and from lower zooms', () => {
    const ids = style.layers.map((l) => l.id);
    const town = ids.indexOf(LAYER.townLabels);
    for (const id of [LAYER.routeCasing, LAYER.placeCircles, LAYER.placeLabels, LAYER.countryLabels])
      expect(ids.indexOf(id), id).toBeGreaterThan(town);
    const spec = buildTownLayer() as {
      type: string;
      filter: FilterSpecification;
      layout: Record<string, unknown>;
    };
    expect(spec.type).toBe('symbol');
    expect(spec.layout['icon-image']).toBeUndefined();
    expect(spec.layout['text-allow-overlap']).toBeUndefined();
    const filter = featureFilter(spec.filter, 'filter');
    const town8 = { type: 1, properties: { minZoom: 8 } } as never;
    expect(filter.filter({ zoom: 7 }, town8)).toBe(false);
    expect(filter.filter({ zoom: 8 }, town8)).toBe(true);
  });

  it('never draw over a story place: its marker takes part in collision', () => {
    const labels = layer(LAYER.placeLabels) as { layout: Record<string, unknown> };
    expect(labels.layout['icon-image']).toBe(MARKER_SPACE_IMAGE);
    expect(labels.layout['icon-ignore-placement']).toBeUndefined();
    // Names alone on the label: the local names have their own layer, placed only where there is room.
    expect(labels.layout['text-field']).toEqual(['get', 'name']);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.placeLocalLabels)).toBeLessThan(ids.indexOf(LAYER.placeLabels));
  });
});
