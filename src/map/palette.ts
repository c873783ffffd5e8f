/**
 * Colours, from the Okabe–Ito colour-blind-safe set for anything that carries meaning; the basemap is
 * kept quiet so the story stands out. Text colours meet WCAG AA against their halos.
 */
import type { PlaceKind, RouteMode } from '../model/dataset.ts';

export const COLOURS = {
  water: '#dce6ee',
  land: '#f4f2ec',
  landFocus: '#e8e0c8',
  border: '#8c8c8c',
  river: '#6f9cc4',
  riverText: '#2f5f8a',
  countryText: '#595959',
  placeText: '#1b1b1b',
  townText: '#5e554c',
  halo: '#ffffff',
  route: '#b8470b',
  routeCasing: '#ffffff',
  selected: '#000000',
  related: '#b8470b',
} as const;

export const PLACE_KIND_COLOURS: Record<PlaceKind, string> = {
  country: '#3d3d3d',
  region: '#56708a',
  city: '#0072b2',
  bridge: '#d55e00',
  airfield: '#009e73',
  institution: '#cc79a7',
  site: '#8a6d00',
  headquarters: '#3d3d3d',
};

/** Rail, road and bridge differ by dash and width, never by colour alone. */
export const ROUTE_MODE_STYLE: Record<RouteMode, { width: number; dash: number[] | null; label: string }> = {
  rail: { width: 3, dash: null, label: 'Rail (solid, with ties)' },
  road: { width: 3, dash: [2, 1.5], label: 'Road (dashed)' },
  bridge: { width: 7, dash: null, label: 'Bridge (wide)' },
};
