/**
 * A small static outline of the region (country borders, the transit route and the places in it) as
 * SVG, for the printed chronology and for readers without the map. Built from the same outlines the
 * data check uses and the validated dataset.
 */
import type { Position } from 'geojson';
import type { CountryShapes } from '../src/build/country-check.ts';
import type { Dataset } from '../src/build/load.ts';
import { REGION_BBOX } from '../src/model/basemap.ts';
import { FOCUS_COUNTRIES } from '../src/model/countries.ts';
import { listCountriesNear } from './countries-near.ts';

const WIDTH = 640;
/** Degrees of land shown around the places of the region. */
const MARGIN_DEG = 3;
/** Labels closer than this (degrees) to one already drawn are left out, so none overlap. */
const LABEL_SPACING_DEG = 1.2;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The outline as an SVG document, with its size in CSS pixels. */
export function renderRegionSvg(
  dataset: Dataset,
  shapes: CountryShapes,
): { svg: string; width: number; height: number } {
  const [regionWest, regionSouth, regionEast, regionNorth] = REGION_BBOX;
  const placesInRegion = dataset.places.filter(
    ({ coordinates: [lon, lat] }) =>
      lon > regionWest && lon < regionEast && lat > regionSouth && lat < regionNorth,
  );
  const lons = placesInRegion.map((p) => p.coordinates[0]);
  const lats = placesInRegion.map((p) => p.coordinates[1]);
  const west = Math.min(...lons) - MARGIN_DEG;
  const east = Math.max(...lons) + MARGIN_DEG;
  const south = Math.min(...lats) - MARGIN_DEG;
  const north = Math.max(...lats) + MARGIN_DEG;
  // Equirectangular, stretched by the cosine of the middle latitude so shapes keep their look.
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((east - west) * kx);
  const height = Math.round((north - south) * scale);
  const project = ([lon = 0, lat = 0]: Position): [number, number] => [
    Math.round((lon - west) * kx * scale * 10) / 10,
    Math.round((north - lat) * scale * 10) / 10,
  ];
  const ring = (positions: Position[]) => `M${positions.map((p) => project(p).join(' ')).join('L')}Z`;
  const countries = listCountriesNear(shapes, [west, south, east, north], 15).map(({ iso3, polygons }) => {
    const focus = FOCUS_COUNTRIES.includes(iso3);
    return `<path class="${focus ? 'focus' : 'land'}" d="${polygons.flatMap((rings) => rings.map(ring)).join('')}"/>`;
  });
  const route = dataset.routeLegs.map(
    (leg) => `<path class="route" d="M${leg.coordinates.map((p) => project(p).join(' ')).join('L')}"/>`,
  );
  const labelled: Position[] = [];
  const marks = placesInRegion.map((place) => {
    const [x, y] = project(place.coordinates);
    const free = labelled.every(
      ([lon = 0, lat = 0]) =>
        Math.hypot(lon - place.coordinates[0], lat - place.coordinates[1]) > LABEL_SPACING_DEG,
    );
    if (place.kind === 'city' && free) {
      labelled.push(place.coordinates);
      return `<circle cx="${x}" cy="${y}" r="6"/><text x="${x + 10}" y="${y + 7}">${escapeXml(place.name)}</text>`;
    }
    return `<circle cx="${x}" cy="${y}" r="4"/>`;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    '<style>.land{fill:#efeee9;stroke:#9a9a9a;stroke-width:.7}.focus{fill:#dcd6c8;stroke:#6b6b6b;stroke-width:1}',
    '.route{fill:none;stroke:#b8470b;stroke-width:4}circle{fill:#1b1b1b}',
    'text{font:22px "Noto Sans",sans-serif;fill:#1b1b1b;paint-order:stroke;stroke:#fff;stroke-width:4px}</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#dfe9f0"/>`,
    ...countries,
    ...route,
    ...marks,
    '</svg>',
  ].join('');
  return { svg, width: WIDTH, height };
}
