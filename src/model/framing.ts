/**
 * What the camera frames for a choice of places. Pure, so each rule is tested without a map:
 * - far places (Brussels, Chicago) named beside places in the region do not drag the map away: the
 *   region's places are framed, and the far ones are shown by a pointer at the map's edge;
 * - a country place frames the whole country, not the point in its middle;
 * - the overview frames the region the story happens in.
 */
import type { BBox } from 'geojson';
import type { Place } from './dataset.ts';

/** A [lon, lat] pair. */
export type LonLat = [number, number];

/** The story's region: Central Asia and Afghanistan. [west, south, east, north]. */
export const STORY_REGION: BBox = [55, 29, 76, 46];

/** What to frame: the points to fit, and the places left out of the frame for being far away. */
export interface Framing {
  points: LonLat[];
  far: Place[];
}

/** Whether a position lies inside a box. */
export function isInsideBox([lon, lat]: readonly number[], [west, south, east, north]: BBox): boolean {
  return (
    (lon ?? Number.NaN) >= west &&
    (lon ?? Number.NaN) <= east &&
    (lat ?? Number.NaN) >= south &&
    (lat ?? Number.NaN) <= north
  );
}

/**
 * The points that stand for a place in a frame: a country's corners (its extent, measured from its
 * outline at build), any other place's point.
 */
function placeFramePoints(place: Place): LonLat[] {
  const extent = place.kind === 'country' ? place.extent : undefined;
  if (!extent) return [[place.coordinates[0], place.coordinates[1]]];
  const [west, south, east, north] = extent;
  return [
    [west, south],
    [east, north],
  ];
}

/** How a frame treats a choice made only of far places. */
export interface FrameOptions {
  /**
   * Leave them to a pointer all the same (no points to frame: the caller keeps the region), as an
   * event or programme that happened only in Brussels does; without it they are framed, as a far
   * place opened by itself is.
   */
  pointToFarOnly?: boolean;
}

/**
 * Frames `places`: the ones in `region` when there are any (far ones are returned apart, for a
 * pointer), else all of them (a choice made only of far places frames those), or with
 * `pointToFarOnly` none of them.
 */
export function frameForCamera(
  places: readonly Place[],
  region: BBox = STORY_REGION,
  options: FrameOptions = {},
): Framing {
  const near = places.filter((p) => isInsideBox(p.coordinates, region));
  const far = places.filter((p) => !isInsideBox(p.coordinates, region));
  if (near.length === 0 && options.pointToFarOnly) return { points: [], far };
  const framed = near.length > 0 ? near : far;
  return { points: framed.flatMap(placeFramePoints), far: near.length > 0 ? far : [] };
}

/** The overview's frame: every story place in the region. */
export function frameRegion(
  places: readonly Pick<Place, 'kind' | 'coordinates'>[],
  region: BBox = STORY_REGION,
): LonLat[] {
  return places
    .filter((p) => p.kind !== 'country' && isInsideBox(p.coordinates, region))
    .map((p) => [p.coordinates[0], p.coordinates[1]]);
}
