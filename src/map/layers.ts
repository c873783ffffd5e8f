/**
 * The map style, built by pure functions from the dataset: no WebGL needed to test it. Places carry
 * their interactive states as feature-state (hover, selected, related, later) so a click or a year
 * change restyles them without re-sending any data.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { getMessages } from '../i18n/locale.ts';
import { BASEMAP_DETAIL_FILE, DETAIL_MIN_ZOOM } from '../model/basemap.ts';
import { COUNTRIES, FOCUS_COUNTRIES } from '../model/countries.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { TOWN_FEATURE_LAYER, TOWN_LABEL } from '../model/town-label.ts';
import type { AtlasState } from '../state/store.ts';
import {
  LAYER,
  MAP_FONT,
  MARKER_HEART_PX,
  MARKER_SPACE_IMAGE,
  MARKER_SPACE_PX,
  SELECTED_PLACE_STATE,
  SOURCE,
} from './ids.ts';
import { COLOURS, PLACE_KIND_COLOURS, ROUTE_MODE_STYLE } from './palette.ts';

/** Properties of a place feature on the map. */
export interface PlaceFeatureProperties {
  id: string;
  name: string;
  localName: string;
  kind: string;
  /** Label priority: 0 is placed first when labels collide. */
  rank: number;
}

/**
 * Label priority: cities with much to tell first, then sites near them. Termez, its airfield, the
 * bridge and Hairatan sit within 15 km: the rank decides which keeps its label when they collide.
 */
export function rankPlace(kind: string, eventCount: number): number {
  const kindRank = kind === 'city' || kind === 'headquarters' ? 0 : kind === 'bridge' ? 1 : 2;
  return kindRank * 100 + Math.max(0, 99 - eventCount);
}

/**
 * The place layers draw points; a country place is drawn by its outline (the country's shape), never as
 * a point symbol, so it is filtered out of them.
 */
export const POINT_PLACE_FILTER: FilterSpecification = ['!=', ['get', 'kind'], 'country'];

/**
 * Filter for the outline of the selected country (ISO alpha-3), or of nothing. Only the 1:50m shapes,
 * which the focus countries always have.
 */
export function buildCountryOutlineFilter(code: string | null): FilterSpecification {
  // Shapes without a code (disputed areas) have iso3 ''; with nothing selected, match nothing at all.
  if (code === null) return ['boolean', false];
  return [
    'all',
    ['==', ['get', 'layer'], 'land'],
    ['==', ['get', 'detail'], 1],
    ['==', ['get', 'iso3'], code],
  ];
}

/** The code of the country whose place is selected, or null when no country place is. */
export function getSelectedCountryCode(
  index: AtlasIndex,
  state: Pick<AtlasState, 'selection'>,
): string | null {
  const selection = state.selection;
  if (selection?.kind !== 'place') return null;
  const place = index.placeById.get(selection.id);
  return place?.kind === 'country' ? place.country : null;
}

/** Places as GeoJSON points for the map (ids promoted for feature-state). */
export function buildPlaceFeatures(index: AtlasIndex): FeatureCollection<Point, PlaceFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: index.dataset.places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.coordinates] },
      properties: {
        id: place.id,
        name: place.name,
        localName: place.localName ?? '',
        kind: place.kind,
        rank: rankPlace(place.kind, index.eventsByPlace.get(place.id)?.length ?? 0),
      },
    })),
  };
}

/** Route legs as GeoJSON lines, with the year each came into use for the story. */
export function buildRouteFeatures(index: AtlasIndex): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: index.dataset.routeLegs.map(
      (leg): Feature<LineString> => ({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: leg.coordinates.map((c) => [...c]) },
        properties: { id: leg.id, mode: leg.mode, from: leg.from, to: leg.to, since: leg.since ?? 0 },
      }),
    ),
  };
}

/** Filter for route legs in use by `year`. */
export function buildRouteYearFilter(mode: string, year: number): FilterSpecification {
  return ['all', ['==', ['get', 'mode'], mode], ['<=', ['get', 'since'], year]];
}

const textFont = [MAP_FONT];
const state = (name: string) => ['boolean', ['feature-state', name], false];

/** One stop of a label size ramp: at `zoom`, `size` for the features `picks` chooses, `otherwise` for the rest. */
export interface TextSizeStop {
  zoom: number;
  picks: ExpressionSpecification;
  size: number;
  otherwise: number;
}

/** A label size eased linearly with the zoom between `stops` (in zoom order), larger for what each picks. */
export function buildTextSizeRamp(stops: readonly TextSizeStop[]): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap((stop) => [stop.zoom, ['case', stop.picks, stop.size, stop.otherwise]]),
  ] as ExpressionSpecification;
}

/** The selected place's id in the style's global state ('' when none is). */
const selectedPlaceId: ExpressionSpecification = ['global-state', SELECTED_PLACE_STATE];

/** The precise region is fetched a zoom before it is drawn, so it is ready when the camera gets there. */
export function shouldLoadDetail(zoom: number): boolean {
  return zoom >= DETAIL_MIN_ZOOM - 1;
}

/** The precise region file sits beside the world file (both under basemap/). */
export function getDetailBasemapUrl(basemapUrl: string): string {
  return new URL(BASEMAP_DETAIL_FILE.slice(BASEMAP_DETAIL_FILE.lastIndexOf('/') + 1), basemapUrl).href;
}

/**
 * Towns as plain labels: no marker, smaller and greyer than the story's places, so a reader tells a
 * town from a story place at a glance. Each is drawn from `minZoom`, the first zoom its name found room
 * at when the build thinned them (`thinTowns`), the largest placed first; MapLibre's collision drops any
 * that would still touch another label or a place's marker. The layer sits over the route's lines and
 * under the story's places and names, which are placed first, so the story always wins.
 */
export function buildTownLayer(): LayerSpecification {
  return {
    id: LAYER.townLabels,
    type: 'symbol',
    source: SOURCE.basemap,
    filter: ['all', ['==', ['get', 'layer'], TOWN_FEATURE_LAYER], ['>=', ['zoom'], ['get', 'minZoom']]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': textFont,
      // Cities of 300,000 stand out from the first zoom, those of 100,000 closer in.
      'text-size': buildTextSizeRamp(
        TOWN_LABEL.sizes.map((stop) => ({
          zoom: stop.zoom,
          picks: ['>=', ['get', 'population'], stop.largeFrom],
          size: stop.large,
          otherwise: stop.small,
        })),
      ),
      'text-max-width': TOWN_LABEL.maxWidthEm,
      'text-padding': TOWN_LABEL.padding,
      'symbol-sort-key': ['-', 0, ['get', 'population']],
    },
    paint: {
      'text-color': COLOURS.townText,
      'text-halo-color': COLOURS.halo,
      'text-halo-width': 1.4,
    },
  } as LayerSpecification;
}

/**
 * The story places' names, in three layers, placed by MapLibre from the top one down:
 * - `place-marker-space` (top, invisible) reserves the heart of every marker before any name is
 *   placed, so no name covers another place's dot;
 * - `place-label-selected` has the selected place (a route stop, a search result, a click) to itself:
 *   placed before every other name, it always shows, going round its neighbours' dots where it can and
 *   over them only where it cannot; its neighbours' names, the towns and the country names give way to
 *   it, never the reverse;
 * - `place-labels` names every other place, ranked: where names collide, the place with more to tell
 *   keeps its own. An invisible icon the size of the marker keeps the towns' and countries' names,
 *   placed after it, off its dot.
 */
export function buildPlaceLabelLayers(): LayerSpecification[] {
  const layout = {
    'text-field': ['get', 'name'],
    'text-font': textFont,
    'text-size': buildTextSizeRamp([
      { zoom: 3, picks: ['<', ['get', 'rank'], 100], size: 12, otherwise: 11 },
      { zoom: 8, picks: ['<', ['get', 'rank'], 100], size: 15, otherwise: 13 },
    ]),
    'text-variable-anchor': [
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'bottom-left',
      'top-right',
      'bottom-right',
    ],
    // Far enough that a name's box, padding included, clears its own marker's reserved heart.
    'text-radial-offset': 1,
    'text-justify': 'auto',
    'text-max-width': 10,
    'symbol-sort-key': ['get', 'rank'],
    'text-padding': 3,
    // The marker's spot, invisible, takes part in collision: no label is drawn over a place's dot.
    'icon-image': MARKER_SPACE_IMAGE,
    'icon-allow-overlap': true,
    'text-optional': true,
  };
  const paint = {
    'text-color': ['case', state('selected'), COLOURS.selected, COLOURS.placeText],
    'text-halo-color': COLOURS.halo,
    'text-halo-width': ['case', state('selected'), 2.5, 1.6],
    'text-opacity': ['case', ['any', state('later'), state('dimmed')], 0.45, 1],
  };
  return [
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['all', POINT_PLACE_FILTER, ['!=', ['get', 'id'], selectedPlaceId]],
      layout,
      paint,
    },
    {
      id: LAYER.placeLabelSelected,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['all', POINT_PLACE_FILTER, ['==', ['get', 'id'], selectedPlaceId]],
      // Allowing overlap makes sure it shows: only when every place round its dot is taken does it
      // overlap. Set a little further out, it clears the selected marker's wider ring.
      layout: { ...layout, 'text-allow-overlap': true, 'text-optional': false, 'text-radial-offset': 1.6 },
      paint,
    },
    {
      id: LAYER.placeMarkerSpace,
      type: 'symbol',
      source: SOURCE.places,
      filter: POINT_PLACE_FILTER,
      layout: {
        'icon-image': MARKER_SPACE_IMAGE,
        'icon-size': MARKER_HEART_PX / MARKER_SPACE_PX,
        'icon-padding': 0,
        'icon-allow-overlap': true,
      },
    },
  ] as unknown as LayerSpecification[];
}

/**
 * The whole style. `basemapUrl` is the prepared countries file (absolute URL: MapLibre fetches it);
 * the precise region beside it, loaded on approach, replaces the 1:50m borders inside its box from
 * `DETAIL_MIN_ZOOM`.
 */
export function buildStyle(
  index: AtlasIndex,
  basemapUrl: string,
  year: number,
  countryCode: string | null = null,
  countryName: (iso3: string) => string | null = () => null,
): StyleSpecification {
  // Country labels in the page's language where it has a name; the basemap's English otherwise.
  const countryNames: unknown[] = ['match', ['get', 'iso3']];
  for (const iso3 of Object.keys(COUNTRIES)) {
    const name = countryName(iso3);
    if (name) countryNames.push(iso3, name);
  }
  const countryLabel = countryNames.length > 2 ? [...countryNames, ['get', 'name']] : ['get', 'name'];
  const kindColour: unknown[] = ['match', ['get', 'kind']];
  for (const [kind, colour] of Object.entries(PLACE_KIND_COLOURS)) kindColour.push(kind, colour);
  kindColour.push('#555555');
  const focusFilter: FilterSpecification = [
    'all',
    ['==', ['get', 'layer'], 'land'],
    // Only the 1:50m shapes: the coarse world outline would show as a fringe around them.
    ['==', ['get', 'detail'], 1],
    ['in', ['get', 'iso3'], ['literal', [...FOCUS_COUNTRIES]]],
  ];
  const borderPaint = {
    'line-color': COLOURS.border,
    'line-width': ['interpolate', ['linear'], ['zoom'], 3.5, 0.6, 9, 1.4],
  };
  const routeLine = (id: string, mode: 'rail' | 'road' | 'bridge', extra: Record<string, unknown> = {}) => ({
    id,
    type: 'line' as const,
    source: SOURCE.route,
    filter: buildRouteYearFilter(mode, year),
    layout: { 'line-cap': 'butt' as const, 'line-join': 'round' as const },
    paint: {
      'line-color': COLOURS.route,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ROUTE_MODE_STYLE[mode].width * 0.7,
        9,
        ROUTE_MODE_STYLE[mode].width * 1.4,
      ],
      ...(ROUTE_MODE_STYLE[mode].dash ? { 'line-dasharray': ROUTE_MODE_STYLE[mode].dash } : {}),
      ...extra,
    },
  });

  return {
    version: 8,
    name: 'Partnership Atlas',
    sources: {
      [SOURCE.basemap]: {
        type: 'geojson',
        data: basemapUrl,
        // The world file carries the towns too (TOWN_FEATURE_LAYER), so it credits GeoNames beside Natural Earth.
        attribution: `${getMessages().creditsBasemap} | ${getMessages().creditsTowns}`,
      },
      // Empty until the camera comes close (src/map/detail-basemap.ts loads getDetailBasemapUrl).
      [SOURCE.basemapDetail]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        // OpenStreetMap-derived data (the precise borders and the Amu Darya along them) must say so.
        attribution: getMessages().creditsOsm,
      },
      [SOURCE.rivers]: {
        type: 'geojson',
        data: index.dataset.rivers as unknown as FeatureCollection,
        attribution: getMessages().creditsOsm,
      },
      [SOURCE.route]: { type: 'geojson', data: buildRouteFeatures(index) },
      [SOURCE.places]: {
        type: 'geojson',
        data: buildPlaceFeatures(index),
        promoteId: 'id',
        attribution: getMessages().creditsStory,
      },
    },
    // No place is selected until the map applies the store's state.
    state: { [SELECTED_PLACE_STATE]: { default: '' } },
    layers: [
      // Land is the background and only water is filled: over the story's inland region the map then
      // draws no fill at all, which keeps the route journey's frames cheap.
      { id: LAYER.background, type: 'background', paint: { 'background-color': COLOURS.land } },
      {
        id: LAYER.water,
        type: 'fill',
        source: SOURCE.basemap,
        filter: ['==', ['get', 'layer'], 'water'],
        paint: { 'fill-color': COLOURS.water, 'fill-antialias': false },
      },
      {
        id: LAYER.landFocus,
        type: 'fill',
        source: SOURCE.basemap,
        // Closer in, the 1:50m shapes stray from the precise borders: the borders carry the story there.
        maxzoom: DETAIL_MIN_ZOOM,
        filter: focusFilter,
        paint: { 'fill-color': COLOURS.landFocus },
      },
      {
        // From there the precise land keeps the countries filled, edge to edge with the precise borders.
        id: LAYER.landFocusDetail,
        type: 'fill',
        source: SOURCE.basemapDetail,
        minzoom: DETAIL_MIN_ZOOM,
        filter: [
          'all',
          ['==', ['get', 'layer'], 'land'],
          ['in', ['get', 'iso3'], ['literal', [...FOCUS_COUNTRIES]]],
        ],
        paint: { 'fill-color': COLOURS.landFocus },
      },
      {
        id: LAYER.borders,
        type: 'line',
        source: SOURCE.basemap,
        maxzoom: 3.5,
        filter: ['all', ['==', ['get', 'layer'], 'border'], ['==', ['get', 'detail'], 0]],
        paint: { 'line-color': COLOURS.border, 'line-width': 0.6 },
      },
      {
        id: LAYER.bordersDetail,
        type: 'line',
        source: SOURCE.basemap,
        minzoom: 3.5,
        filter: [
          'all',
          ['==', ['get', 'layer'], 'border'],
          ['==', ['get', 'detail'], 1],
          ['!', ['has', 'inner']],
        ],
        paint: borderPaint,
      },
      {
        id: LAYER.bordersInner,
        type: 'line',
        source: SOURCE.basemap,
        minzoom: 3.5,
        maxzoom: DETAIL_MIN_ZOOM,
        filter: ['all', ['==', ['get', 'layer'], 'border'], ['has', 'inner']],
        paint: borderPaint,
      },
      {
        id: LAYER.bordersPrecise,
        type: 'line',
        source: SOURCE.basemapDetail,
        minzoom: DETAIL_MIN_ZOOM,
        filter: ['==', ['get', 'layer'], 'border'],
        layout: { 'line-join': 'round' },
        paint: borderPaint,
      },
      {
        id: LAYER.countryOutline,
        type: 'line',
        source: SOURCE.basemap,
        filter: buildCountryOutlineFilter(countryCode),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLOURS.selected,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2, 9, 4],
          'line-opacity': 0.85,
        },
      },
      {
        id: LAYER.rivers,
        type: 'line',
        source: SOURCE.rivers,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': COLOURS.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 9, 3],
        },
      },
      {
        id: LAYER.riverLabels,
        type: 'symbol',
        source: SOURCE.rivers,
        minzoom: 4.5,
        layout: {
          'symbol-placement': 'line',
          'text-field': ['get', 'name'],
          'text-font': textFont,
          'text-size': 12,
          'text-letter-spacing': 0.1,
          'symbol-spacing': 400,
        },
        paint: { 'text-color': COLOURS.riverText, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 },
      },
      {
        id: LAYER.routeCasing,
        type: 'line',
        source: SOURCE.route,
        filter: ['<=', ['get', 'since'], year],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': COLOURS.routeCasing,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 5, 9, 11],
          'line-opacity': 0.9,
        },
      },
      routeLine(LAYER.routeRail, 'rail'),
      {
        ...routeLine(LAYER.routeRailTies, 'rail', { 'line-dasharray': [0.25, 1.6] }),
        paint: {
          'line-color': COLOURS.route,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 5, 9, 9],
          'line-dasharray': [0.25, 1.6],
        },
      },
      routeLine(LAYER.routeRoad, 'road'),
      routeLine(LAYER.routeBridge, 'bridge'),
      {
        id: LAYER.routeArrows,
        type: 'symbol',
        source: SOURCE.route,
        minzoom: 5,
        filter: ['<=', ['get', 'since'], year],
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 120,
          'text-field': '›',
          'text-font': textFont,
          'text-size': 20,
          'text-keep-upright': false,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': COLOURS.route, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1 },
      },
      // Names over lines, as on any map: a town the route runs through (Karshi, Guzar) stays legible on it.
      buildTownLayer(),
      {
        id: LAYER.countryLabels,
        type: 'symbol',
        source: SOURCE.basemap,
        filter: ['==', ['get', 'layer'], 'label'],
        layout: {
          'text-field': ['upcase', countryLabel] as ExpressionSpecification,
          'text-font': textFont,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
          'text-letter-spacing': 0.15,
          'text-max-width': 8,
          'symbol-sort-key': ['case', ['in', ['get', 'iso3'], ['literal', [...FOCUS_COUNTRIES]]], 0, 1],
        },
        paint: { 'text-color': COLOURS.countryText, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.2 },
      },
      {
        id: LAYER.placeHalo,
        type: 'circle',
        source: SOURCE.places,
        filter: POINT_PLACE_FILTER,
        paint: {
          'circle-radius': ['case', state('selected'), 16, state('related'), 12, state('hover'), 11, 0],
          'circle-color': ['case', state('selected'), COLOURS.selected, COLOURS.related],
          'circle-opacity': [
            'case',
            state('selected'),
            0.18,
            state('related'),
            0.22,
            state('hover'),
            0.15,
            0,
          ],
          'circle-stroke-width': ['case', state('selected'), 2, state('related'), 1.5, 0],
          'circle-stroke-color': ['case', state('selected'), COLOURS.selected, COLOURS.related],
        },
      },
      {
        id: LAYER.placeCircles,
        type: 'circle',
        source: SOURCE.places,
        filter: POINT_PLACE_FILTER,
        paint: {
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            3,
            ['case', state('selected'), 7, 4],
            8,
            ['case', state('selected'), 10, 7],
          ],
          'circle-color': kindColour as never,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['case', state('hover'), 3, 1.5],
          'circle-opacity': ['case', ['any', state('later'), state('dimmed')], 0.35, 1],
          'circle-stroke-opacity': ['case', ['any', state('later'), state('dimmed')], 0.35, 1],
        },
      },
      // Local names only where there is room: placed after every name, they give way to all of them.
      {
        id: LAYER.placeLocalLabels,
        type: 'symbol',
        source: SOURCE.places,
        minzoom: 8,
        filter: ['all', POINT_PLACE_FILTER, ['!=', ['get', 'localName'], '']],
        layout: {
          'text-field': ['get', 'localName'],
          'text-font': textFont,
          'text-size': 11,
          'text-variable-anchor': ['top', 'bottom'],
          'text-radial-offset': 1.9,
          'text-max-width': 10,
          'text-padding': 2,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': COLOURS.countryText,
          'text-halo-color': COLOURS.halo,
          'text-halo-width': 1.4,
          'text-opacity': ['case', ['any', state('later'), state('dimmed')], 0.45, 1],
        },
      },
      ...buildPlaceLabelLayers(),
    ],
  } as StyleSpecification;
}
