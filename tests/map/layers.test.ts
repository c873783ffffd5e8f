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
import { TOWN_FEATURE_LAYER } from '../../src/build/towns.ts';
import { en } from '../../src/i18n/messages-en.ts';
import {
  LAYER,
  MAP_FONT,
  MARKER_HEART_PX,
  MARKER_SPACE_IMAGE,
  MARKER_SPACE_PX,
  SELECTED_PLACE_STATE,
  SOURCE,
} from '../../src/map/ids.ts';
import {
  buildCountryOutlineFilter,
  buildPlaceFeatures,
  buildRouteFeatures,
  buildRouteYearFilter,
  buildStyle,
  buildTextSizeRamp,
  buildTownLayer,
  getDetailBasemapUrl,
  getSelectedCountryCode,
  POINT_PLACE_FILTER,
  rankPlace,
  shouldLoadDetail,
} from '../../src/map/layers.ts';
import { COLOURS } from '../../src/map/palette.ts';
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

  it('draws the background first and the place labels last', () => {
    expect(at(style.layers, 0).id).toBe(LAYER.background);
    expect(style.layers.slice(-3).map((l) => l.id)).toEqual([
      LAYER.placeLabels,
      LAYER.placeLabelSelected,
      LAYER.placeMarkerSpace,
    ]);
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
    expect(style.sources[SOURCE.basemapDetail]).toMatchObject({ attribution: en.creditsOsm });
    expect(style.sources[SOURCE.rivers]).toMatchObject({ attribution: en.creditsOsm });
    expect(en.creditsOsm).toContain('© OpenStreetMap contributors');
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

  it('fills Uzbekistan and Afghanistan at every zoom: 1:50m land farther out, the precise land closer in', () => {
    /** Whether a fill layer of the focus colour draws the feature at `zoom`. */
    const filledAt = (zoom: number, source: string, properties: Record<string, unknown>) =>
      style.layers.some((l) => {
        if (l.type !== 'fill' || l.source !== source) return false;
        if (l.paint?.['fill-color'] !== COLOURS.landFocus) return false;
        if ((l.minzoom ?? 0) > zoom || (l.maxzoom ?? 24) <= zoom) return false;
        if (!l.filter) return true;
        const { filter } = featureFilter(l.filter as never, 'filter');
        return filter({ zoom }, { type: 'Polygon', properties });
      });
    for (const iso3 of ['UZB', 'AFG'])
      for (let zoom = 0; zoom <= 16; zoom += 0.5) {
        const coarse = filledAt(zoom, SOURCE.basemap, { layer: 'land', detail: 1, iso3 });
        const precise = filledAt(zoom, SOURCE.basemapDetail, { layer: 'land', iso3 });
        // One of the two, never both: two fills of one colour would show their differences as a fringe.
        expect([coarse, precise], `${iso3} at zoom ${zoom}`).toEqual(
          zoom < DETAIL_MIN_ZOOM ? [true, false] : [false, true],
        );
      }
    expect(filledAt(8, SOURCE.basemapDetail, { layer: 'land', iso3: 'KAZ' })).toBe(false);
    // The precise file's land is not drawn as a border line.
    const lines = layer(LAYER.bordersPrecise) as { filter?: unknown };
    expect(lines.filter, 'the precise borders keep to the border features').toBeDefined();
    const { filter } = featureFilter(lines.filter as never, 'filter');
    expect(filter({ zoom: 8 }, { type: 'Polygon', properties: { layer: 'land', iso3: 'UZB' } })).toBe(false);
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
    // Every symbol layer that draws text (the marker space draws none).
    const symbols = style.layers.filter(
      (l) => l.type === 'symbol' && (l.layout as Record<string, unknown>)['text-field'] !== undefined,
    );
    expect(symbols.length).toBeGreaterThan(5);
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
  const placeLayers = [LAYER.placeHalo, LAYER.placeCircles, LAYER.placeLabels, LAYER.placeLabelSelected];
  /** Whether a layer draws a place of `kind`; the label layers are asked both selected and not. */
  const passes = (layerId: string, kind: string, id = 'termez', selected = '') => {
    const filter = (layer(layerId) as { filter?: unknown }).filter;
    const { filter: accepts } = featureFilter(filter as FilterSpecification, 'filter', {
      [SELECTED_PLACE_STATE]: selected,
    });
    return accepts({ zoom: 6 }, { type: 'Point', properties: { id, kind, rank: 0 } });
  };
  const drawn = (layerId: string, kind: string) =>
    passes(layerId, kind) || passes(layerId, kind, 'termez', 'termez');

  it.each(placeLayers)('%s never draws a country place as a point', (layerId) => {
    expect(drawn(layerId, 'country')).toBe(false);
  });

  it.each(placeLayers)('%s draws cities, sites and regions', (layerId) => {
    for (const kind of ['city', 'site', 'region', 'airfield']) expect(drawn(layerId, kind), kind).toBe(true);
  });

  it('labels the selected place in its own layer, every other place in the ranked one, none twice', () => {
    for (const selected of ['', 'termez', 'hairaton-bridge'])
      for (const id of ['termez', 'hairaton-bridge', 'hairatan']) {
        const own = passes(LAYER.placeLabelSelected, 'city', id, selected);
        const ranked = passes(LAYER.placeLabels, 'city', id, selected);
        expect(own, `${id} with ${selected || 'nothing'} selected`).toBe(id === selected);
        expect(ranked, `${id} with ${selected || 'nothing'} selected`).toBe(id !== selected);
      }
    expect(style.state).toEqual({ [SELECTED_PLACE_STATE]: { default: '' } });
  });

  it("places the selected place's label before every other label, so it always shows", () => {
    // MapLibre places labels from the top layer down: the last symbol layer wins every collision.
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    // Only the invisible marker space, which draws no name, comes before it.
    expect(symbols.slice(-2)).toEqual([LAYER.placeLabelSelected, LAYER.placeMarkerSpace]);
    const own = layer(LAYER.placeLabelSelected) as { layout: Record<string, unknown> };
    const ranked = layer(LAYER.placeLabels) as { layout: Record<string, unknown> };
    expect(own.layout['text-allow-overlap']).toBe(true);
    expect(own.layout['text-optional']).toBe(false);
    expect(ranked.layout['text-allow-overlap']).toBeUndefined();
    // The same name, size, placement and marker space as the other labels.
    for (const key of ['text-field', 'text-size', 'text-variable-anchor', 'icon-image'])
      expect(own.layout[key], key).toEqual(ranked.layout[key]);
    // A little further out: clear of the selected marker's wider ring.
    expect(own.layout['text-radial-offset']).toBeGreaterThan(ranked.layout['text-radial-offset'] as number);
  });

  it("reserves the heart of every marker before any name is placed, clear of the place's own name", () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    // Placed first of all (MapLibre places from the top layer down).
    expect(symbols.at(-1)).toBe(LAYER.placeMarkerSpace);
    const space = layer(LAYER.placeMarkerSpace) as {
      filter: unknown;
      layout: Record<string, unknown>;
      paint?: unknown;
    };
    expect(space.filter).toEqual(POINT_PLACE_FILTER);
    expect(space.layout['text-field']).toBeUndefined();
    expect(space.layout['icon-image']).toBe(MARKER_SPACE_IMAGE);
    expect(space.layout['icon-allow-overlap']).toBe(true);
    expect(space.layout['icon-ignore-placement']).toBeUndefined();
    const heart =
      MARKER_SPACE_PX * (space.layout['icon-size'] as number) + 2 * (space.layout['icon-padding'] as number);
    expect(heart).toBe(MARKER_HEART_PX);
    // A name's box starts a radial offset (in ems, at the smallest label size) less its padding from
    // its point, and a corner anchor's offset is shorter by √2 and by the baseline's 7/24 em: it must
    // clear half the heart, or the place's own name would give way to its own marker.
    const ranked = layer(LAYER.placeLabels) as { layout: Record<string, unknown> };
    const offset = ranked.layout['text-radial-offset'] as number;
    const padding = ranked.layout['text-padding'] as number;
    const smallest = 11;
    expect(offset * smallest - padding).toBeGreaterThan(heart / 2);
    expect((offset / Math.SQRT2) * smallest - padding).toBeGreaterThan(heart / 2);
  });
});

describe('buildTextSizeRamp', () => {
  const ramp = buildTextSizeRamp([
    { zoom: 4, picks: ['>=', ['get', 'population'], 300000], size: 11, otherwise: 10 },
    { zoom: 9, picks: ['>=', ['get', 'population'], 100000], size: 14, otherwise: 12 },
  ]);
  const size = (zoom: number, population: number) => {
    const parsed = createPropertyExpression(ramp, 'text-size', latest.layout_symbol['text-size'] as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom }, { type: 'Point', properties: { population } } as never);
  };

  it('gives each stop its sizes, by what the stop picks', () => {
    expect(size(4, 500000)).toBe(11);
    expect(size(4, 200000)).toBe(10);
    expect(size(9, 200000)).toBe(14);
    expect(size(9, 50000)).toBe(12);
  });

  it('eases linearly between stops and holds beyond them', () => {
    expect(size(6.5, 500000)).toBeCloseTo(12.5, 9);
    expect(size(2, 500000)).toBe(11);
    expect(size(12, 50000)).toBe(12);
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
  it('come with the world basemap, one source credited to Natural Earth and GeoNames', () => {
    const source = style.sources[SOURCE.basemap] as { data: string; attribution: string };
    expect(source.data).toBe(BASEMAP_URL);
    expect(source.attribution).toMatch(/Natural Earth/);
    expect(source.attribution).toMatch(/GeoNames \(CC BY 4\.0\)/);
    expect(Object.keys(style.sources)).not.toContain('towns');
    expect((layer(LAYER.townLabels) as { source: string }).source).toBe(SOURCE.basemap);
  });

  it('are plain labels over the route’s lines and under the story’s places and names, larger towns first and from lower zooms', () => {
    const ids = style.layers.map((l) => l.id);
    const town = ids.indexOf(LAYER.townLabels);
    for (const id of [LAYER.placeCircles, LAYER.placeLabels, LAYER.placeLabelSelected, LAYER.countryLabels])
      expect(ids.indexOf(id), id).toBeGreaterThan(town);
    for (const id of [
      LAYER.routeCasing,
      LAYER.routeRail,
      LAYER.routeRoad,
      LAYER.routeBridge,
      LAYER.routeArrows,
    ])
      expect(ids.indexOf(id), id).toBeLessThan(town);
    const spec = buildTownLayer() as {
      type: string;
      filter: FilterSpecification;
      layout: Record<string, unknown>;
    };
    expect(spec.type).toBe('symbol');
    expect(spec.layout['icon-image']).toBeUndefined();
    expect(spec.layout['text-allow-overlap']).toBeUndefined();
    const filter = featureFilter(spec.filter, 'filter');
    const town8 = { type: 1, properties: { layer: TOWN_FEATURE_LAYER, minZoom: 8 } } as never;
    expect(filter.filter({ zoom: 7 }, town8)).toBe(false);
    expect(filter.filter({ zoom: 8 }, town8)).toBe(true);
    // The basemap's other points (the country names) are not towns.
    const countryName = { type: 1, properties: { layer: 'label', minZoom: 0 } } as never;
    expect(filter.filter({ zoom: 8 }, countryName)).toBe(false);
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
