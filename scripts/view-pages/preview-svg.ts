/**
 * A view's preview picture, 1200×630 (what Open Graph and Twitter cards show): the title and the
 * kind of view on the left, and on the right the region's outline with the transit route, every place
 * as a small dot and the view's places marked and named. Drawn as SVG here; `rasterise.ts` turns it
 * into PNG. The outline is prepared once and shared by every preview.
 */
import type { Position } from 'geojson';
import type { CountryShapes } from '../../src/build/country-check.ts';
import type { Dataset } from '../../src/build/load.ts';
import type { LonLat } from '../../src/build/schema.ts';
import { REGION_BBOX } from '../../src/model/basemap.ts';
import { FOCUS_COUNTRIES } from '../../src/model/countries.ts';
import { listCountriesNear } from '../countries-near.ts';
import { PREVIEW_FONTS } from './rasterise.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The map's box on the picture. */
const MAP = { x: 560, y: 0, width: 640, height: PREVIEW_HEIGHT };
/** The text column. */
const TEXT = { x: 56, width: 470 };
/** The lowest baseline of the title, and of the line naming places beyond the region, above the site's name (560). */
const TEXT_BOTTOM = 510;
const ALSO_BOTTOM = 530;
/** Title sizes, largest first: the first in which the whole title fits is used. */
const TITLE_SIZES = [54, 44, 38];
const MARGIN_DEG = 2;
/** Average advance of a Noto Sans glyph, in ems, to wrap lines without measuring them. */
const EM_ADVANCE = { regular: 0.54, bold: 0.58 };
const ACCENT = '#b8470b';
/** Place names on the map, in pixels. */
const LABEL_SIZE = 26;

/** What one preview shows. */
export interface PreviewContent {
  title: string;
  kicker: string;
  /** The places to mark. */
  placeIds: readonly string[];
  /** Draw the route strongly (the route's and its chapters' pictures). */
  route: boolean;
  /** Texts in the picture's language: the places' names by id, the site's name and tagline. */
  labels: PreviewLabels;
}

/** The picture's texts beyond the view's own, in its language. */
export interface PreviewLabels {
  placeName: (id: string) => string;
  brand: string;
  tagline: string;
  /** The line naming the view's places beyond the drawn region. */
  also: (names: string) => string;
}

/** The outline and projection shared by every preview of one dataset. */
export interface PreviewBase {
  draw(content: PreviewContent): string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Cyrillic letters (with the stress accent and №), the runs the Cyrillic face draws. */
const CYRILLIC_RUN = /(?:[\u0400-\u052f\u2116]\u0301?)+/g;

/**
 * `text` as the content of a `<text>`: each Cyrillic run in a `<tspan>` naming the Cyrillic face of
 * the weight, the rest in the element's own (Latin) face.
 */
export function writeTextRuns(text: string, weight: 'regular' | 'semibold'): string {
  return escapeXml(text).replace(
    CYRILLIC_RUN,
    (run) => `<tspan font-family="${PREVIEW_FONTS.cyrillic[weight]}">${run}</tspan>`,
  );
}

/** Breaks `text` into at most `maxLines` lines of about `maxChars`, the last one ending in "…" if cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1] ?? '';
      lines[maxLines - 1] = `${last.slice(0, maxChars - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Prepares the outline of the region for the previews of `dataset`. */
export function preparePreviewBase(dataset: Dataset, shapes: CountryShapes): PreviewBase {
  const [rw, rs, re, rn] = REGION_BBOX;
  const inRegion = ([lon, lat]: LonLat) => lon > rw && lon < re && lat > rs && lat < rn;
  const regional = dataset.places.filter((p) => inRegion(p.coordinates));
  const lons = regional.map((p) => p.coordinates[0]);
  const lats = regional.map((p) => p.coordinates[1]);
  let west = Math.min(...lons) - MARGIN_DEG;
  let east = Math.max(...lons) + MARGIN_DEG;
  let south = Math.min(...lats) - MARGIN_DEG;
  let north = Math.max(...lats) + MARGIN_DEG;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  // Widen the frame in one direction so it fills the map's box without stretching.
  const boxRatio = MAP.width / MAP.height;
  const frameRatio = ((east - west) * kx) / (north - south);
  if (frameRatio < boxRatio) {
    const extra = ((north - south) * boxRatio) / kx - (east - west);
    west -= extra / 2;
    east += extra / 2;
  } else {
    const extra = ((east - west) * kx) / boxRatio - (north - south);
    south -= extra / 2;
    north += extra / 2;
  }
  const scale = MAP.width / ((east - west) * kx);
  const project = ([lon = 0, lat = 0]: Position): [number, number] => [
    Math.round((MAP.x + (lon - west) * kx * scale) * 10) / 10,
    Math.round((MAP.y + (north - lat) * scale) * 10) / 10,
  ];
  const ring = (positions: Position[]) => `M${positions.map((p) => project(p).join(' ')).join('L')}Z`;
  const outlineByCountry = new Map<string, string>();
  const countries = listCountriesNear(shapes, [west, south, east, north], 10).map(({ iso3, polygons }) => {
    const d = polygons.flatMap((r) => r.map(ring)).join('');
    outlineByCountry.set(iso3, d);
    return `<path class="${FOCUS_COUNTRIES.includes(iso3) ? 'focus' : 'land'}" d="${d}"/>`;
  });
  const routePath = dataset.routeLegs
    .map((leg) => `M${leg.coordinates.map((p) => project(p).join(' ')).join('L')}`)
    .join('');
  const dots = regional.map((p) => {
    const [x, y] = project(p.coordinates);
    return `<circle class="dot" cx="${x}" cy="${y}" r="4"/>`;
  });
  const base = [
    `<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="#dfe9f0"/>`,
    countries.join(''),
  ].join('');
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));

  return {
    draw(content) {
      const marked = content.placeIds.flatMap((id) => {
        const place = placeById.get(id);
        return place ? [place] : [];
      });
      const inside = marked.filter((p) => inRegion(p.coordinates) && p.kind !== 'country');
      const outside = marked.filter((p) => !inRegion(p.coordinates));
      // A country stands for what happened nation-wide: its whole outline is marked.
      const nations = marked.flatMap((p) => {
        const d = p.kind === 'country' ? outlineByCountry.get(p.country) : undefined;
        return d ? [`<path class="nation" d="${d}"/>`] : [];
      });
      const labelled: [number, number][] = [];
      const marks = inside.map((place) => {
        const [x, y] = project(place.coordinates);
        const free = labelled.every(([lx, ly]) => Math.abs(lx - x) > 150 || Math.abs(ly - y) > 34);
        const circle = `<circle class="mark" cx="${x}" cy="${y}" r="11"/>`;
        if (!free || labelled.length >= 6) return circle;
        labelled.push([x, y]);
        // Named on the side with room for the whole name; where neither side has it (a long name in a
        // wider script), on the roomier side in smaller type, so no name runs off the map.
        const name = content.labels.placeName(place.id);
        const width = name.length * LABEL_SIZE * EM_ADVANCE.bold;
        const roomRight = PREVIEW_WIDTH - 8 - (x + 18);
        const roomLeft = x - 18 - (MAP.x + 8);
        const right = width <= roomRight || (width > roomLeft && roomRight >= roomLeft);
        const room = right ? roomRight : roomLeft;
        const size = width <= room ? LABEL_SIZE : Math.floor((LABEL_SIZE * room) / width);
        const tx = right ? x + 18 : x - 18;
        return `${circle}<text class="label" x="${tx}" y="${y + 9}" font-size="${size}" text-anchor="${right ? 'start' : 'end'}">${writeTextRuns(name, 'semibold')}</text>`;
      });
      const kickerLines = wrapText(content.kicker, Math.floor(TEXT.width / (24 * EM_ADVANCE.regular)), 2);
      // The largest type in which the whole title fits above the site's name (Uzbek and Russian run
      // longer than English); in the smallest, what does not fit is cut.
      const titleTop = 120 + kickerLines.length * 34;
      // With places beyond the region, a line is kept for their names.
      const titleBottom = TEXT_BOTTOM - (outside.length > 0 ? 42 : 0);
      const fitTitle = (size: number) => {
        const lines = Math.floor((titleBottom - titleTop - size * 0.6) / Math.round(size * 1.18)) + 1;
        const chars = Math.floor(TEXT.width / (size * EM_ADVANCE.bold));
        return {
          size,
          lines: wrapText(content.title, chars, lines),
          fits: wrapText(content.title, chars, 99).length <= lines,
        };
      };
      const fitted = TITLE_SIZES.map(fitTitle);
      const { size: titleSize, lines: titleLines } =
        fitted.find((f) => f.fits) ?? (fitted.at(-1) as (typeof fitted)[number]);
      let y = 120;
      const text: string[] = [];
      for (const line of kickerLines) {
        text.push(`<text class="kicker" x="${TEXT.x}" y="${y}">${writeTextRuns(line, 'regular')}</text>`);
        y += 34;
      }
      y += titleSize * 0.6;
      for (const line of titleLines) {
        text.push(
          `<text class="title" x="${TEXT.x}" y="${y}" font-size="${titleSize}">${writeTextRuns(line, 'semibold')}</text>`,
        );
        y += Math.round(titleSize * 1.18);
      }
      if (outside.length > 0) {
        const names = outside.map((p) => content.labels.placeName(p.id)).join(', ');
        // As many lines as fit above the site's name.
        const room = Math.min(2, Math.floor((ALSO_BOTTOM - y - 8) / 34) + 1);
        for (const line of room > 0
          ? wrapText(content.labels.also(names), Math.floor(TEXT.width / (24 * EM_ADVANCE.regular)), room)
          : []) {
          y += 8;
          text.push(`<text class="kicker" x="${TEXT.x}" y="${y}">${writeTextRuns(line, 'regular')}</text>`);
          y += 26;
        }
      }
      return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
        '<style>.land{fill:#efeee9;stroke:#9a9a9a;stroke-width:1}.focus{fill:#dcd6c8;stroke:#6b6b6b;stroke-width:1.4}',
        `.route{fill:none;stroke:${ACCENT};stroke-linejoin:round;stroke-linecap:round}.dot{fill:#4a4a4a}`,
        `.mark{fill:${ACCENT};stroke:#fff;stroke-width:4}.nation{fill:${ACCENT};fill-opacity:.18;stroke:${ACCENT};stroke-width:3}`,
        `text{font-family:"${PREVIEW_FONTS.latin.regular}";fill:#1b1b1b}`,
        `.label,.title,.brand{font-family:"${PREVIEW_FONTS.latin.semibold}";font-weight:600}`,
        '.label{paint-order:stroke;stroke:#fff;stroke-width:6px;stroke-linejoin:round}',
        '.kicker{font-size:24px;fill:#4a4a4a}.brand{font-size:26px}.tag{font-size:22px;fill:#4a4a4a}</style>',
        base,
        `<path class="route" d="${routePath}" stroke-width="${content.route ? 7 : 3}" opacity="${content.route ? 1 : 0.7}"/>`,
        ...nations,
        ...dots,
        ...marks,
        // The text column covers whatever land lies left of the map's box (resvg 2.6 fails on a clip
        // path around this much outline).
        `<rect width="${MAP.x}" height="${PREVIEW_HEIGHT}" fill="#ffffff"/>`,
        `<rect x="${TEXT.x}" y="40" width="64" height="8" fill="${ACCENT}"/>`,
        ...text,
        `<text class="brand" x="${TEXT.x}" y="560">${writeTextRuns(content.labels.brand, 'semibold')}</text>`,
        `<text class="tag" x="${TEXT.x}" y="592">${writeTextRuns(content.labels.tagline, 'regular')}</text>`,
        '</svg>',
      ].join('');
    },
  };
}
