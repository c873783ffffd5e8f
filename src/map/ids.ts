import { STORY_MARKER_PX } from '../model/town-label.ts';

/** Every source and layer id the map uses, in one place so builders, sync and tests agree. */
export const SOURCE = {
  basemap: 'basemap',
  basemapDetail: 'basemap-detail',
  rivers: 'rivers',
  route: 'route',
  places: 'places',
} as const;

export const LAYER = {
  background: 'background',
  water: 'water',
  landFocus: 'land-focus',
  landFocusDetail: 'land-focus-detail',
  borders: 'borders',
  bordersDetail: 'borders-detail',
  countryOutline: 'country-outline',
  bordersInner: 'borders-inner',
  bordersPrecise: 'borders-precise',
  rivers: 'rivers',
  riverLabels: 'river-labels',
  townLabels: 'town-labels',
  countryLabels: 'country-labels',
  routeCasing: 'route-casing',
  routeRail: 'route-rail',
  routeRailTies: 'route-rail-ties',
  routeRoad: 'route-road',
  routeBridge: 'route-bridge',
  routeArrows: 'route-arrows',
  placeHalo: 'place-halo',
  placeCircles: 'place-circles',
  placeLocalLabels: 'place-local-labels',
  placeLabels: 'place-labels',
  placeLabelSelected: 'place-label-selected',
  placeMarkerSpace: 'place-marker-space',
} as const;

/**
 * The style's global state (MapLibre's `global-state` expression): the id of the selected place, or ''
 * when none is, so the selected place's label can be drawn by a layer of its own.
 */
export const SELECTED_PLACE_STATE = 'selectedPlace';

/**
 * A transparent image the place labels carry as their icon, so that the marker's own spot takes part
 * in label collision: no town or other label is drawn over a story place's dot. Added by the map when
 * the style asks for it.
 */
export const MARKER_SPACE_IMAGE = 'marker-space';

/** Side of the marker's collision square, in pixels (the largest dot with its white ring). */
export const MARKER_SPACE_PX = STORY_MARKER_PX;

/**
 * Side of the square at the heart of every marker that no label may cover, in pixels: reserved before
 * any label is placed, so even the selected place's name goes round a neighbour's dot when it can.
 * Small enough that a place's own name, one radial offset away, never touches it.
 */
export const MARKER_HEART_PX = 8;

/** Layers a click or hover on a place hits. */
export const INTERACTIVE_PLACE_LAYERS: readonly string[] = [
  LAYER.placeCircles,
  LAYER.placeLabels,
  LAYER.placeLabelSelected,
];

/** Layers whose shape a click selects a country by (when it hits no place). */
export const INTERACTIVE_COUNTRY_LAYERS: readonly string[] = [LAYER.landFocus];

/** The one typeface, bundled, drawn by MapLibre without a glyph server. */
export const MAP_FONT = 'Noto Sans';
