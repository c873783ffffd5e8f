/**
 * Synthetic scale: a copy of the built site whose places and events are multiplied, to see how the
 * interactions grow with the data. Copies keep the dataset valid for the page's own loader (unique
 * ids, resolvable references, a story for every place, valid dates); the route is left as it is.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { buildBundle, serializeBundle } from '../../src/build/build-bundle.ts';
import { DATA_FILES } from '../../src/build/files.ts';
import { loadDataset } from '../../src/build/load.ts';
import { BUNDLE_FILE } from '../../src/model/bundle.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { readCountryShapes, readDataFiles } from '../project-data.ts';
import { createRandom } from '../random.ts';

/** How many of each the scaled copy holds. */
export interface ScaleCounts {
  factor: number;
  places: number;
  events: number;
}

/** The fields the bench needs to copy an event; the rest passes through unchanged. */
interface EventRecord {
  id: string;
  title: string;
  placeIds: string[];
  programmeIds: string[];
  milestone: boolean;
  seedOrder?: number;
  [field: string]: unknown;
}

interface PlaceProperties {
  id: string;
  name: string;
  partOf?: string;
  eventless?: string;
  [field: string]: unknown;
}

const copyId = (id: string, copy: number) => `${id}-x${copy}`;
/** Four decimals: the data check allows six, and ~10 m is more than a jitter needs. */
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * Multiplies places and events `factor` times. Each copy of a place moves by up to ~1° in each axis
 * (so it stays in its region); a part of a place moves with its whole and is part of the same copy of
 * it, so it stays as near it as the original is. Places kept only for the route are not copied. Each copy of an event points at the same copy of its places and at
 * the existing programmes. Copies are not milestones: the milestone list is the seed page's own.
 */
export function multiplyData(
  places: FeatureCollection<Point, PlaceProperties>,
  events: readonly EventRecord[],
  factor: number,
  seed = 1,
): { places: FeatureCollection<Point, PlaceProperties>; events: EventRecord[] } {
  const random = createRandom(seed);
  const jitter = () => (random() * 2 - 1) * 1;
  const placeCopies: Feature<Point, PlaceProperties>[] = [];
  const eventCopies: EventRecord[] = [];
  for (let copy = 1; copy < factor; copy++) {
    const offsets = new Map(places.features.map((p) => [p.properties.id, [jitter(), jitter()] as const]));
    for (const place of places.features) {
      // A place without events of its own is there for the route alone, which is not copied.
      if (place.properties.eventless !== undefined) continue;
      const [lon = 0, lat = 0] = place.geometry.coordinates;
      const { partOf } = place.properties;
      const [dLon, dLat] = offsets.get(partOf ?? place.properties.id) ?? [0, 0];
      placeCopies.push({
        ...place,
        geometry: {
          type: 'Point',
          coordinates: [
            round4(Math.min(180, Math.max(-180, lon + dLon))),
            round4(Math.min(85, Math.max(-85, lat + dLat))),
          ],
        },
        properties: {
          ...place.properties,
          id: copyId(place.properties.id, copy),
          name: `${place.properties.name} ${copy + 1}`,
          ...(partOf ? { partOf: copyId(partOf, copy) } : {}),
        },
      });
    }
    for (const event of events) {
      const { seedOrder: _seedOrder, ...rest } = event;
      eventCopies.push({
        ...rest,
        id: copyId(event.id, copy),
        title: `${event.title} (${copy + 1})`,
        placeIds: event.placeIds.map((id) => copyId(id, copy)),
        programmeIds: [...event.programmeIds],
        milestone: false,
      });
    }
  }
  return {
    places: { ...places, features: [...places.features, ...placeCopies] },
    events: [...events, ...eventCopies],
  };
}

/**
 * Copies the built site in `distDir` to `outDir` with its places and events multiplied, and checks
 * the copy with the page's loader. Throws, naming the problems, if the copy would not load.
 */
export function writeScaledSite(distDir: string, outDir: string, factor: number): ScaleCounts {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(distDir, outDir, { recursive: true });
  const places = JSON.parse(readFileSync(join(distDir, DATA_FILES.places), 'utf8')) as FeatureCollection<
    Point,
    PlaceProperties
  >;
  const events = JSON.parse(readFileSync(join(distDir, DATA_FILES.events), 'utf8')) as EventRecord[];
  const scaled = multiplyData(places, events, factor);
  writeFileSync(join(outDir, DATA_FILES.places), JSON.stringify(scaled.places));
  writeFileSync(join(outDir, DATA_FILES.events), JSON.stringify(scaled.events));

  const { files, problems } = readDataFiles(outDir);
  const result = problems.length > 0 ? { ok: false as const, problems } : loadDataset(files);
  if (!result.ok)
    throw new Error(
      `the ${factor}× data would not load:\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`,
    );
  // The page reads the bundle the build makes from the data: make it again from the scaled copy.
  writeFileSync(
    join(outDir, BUNDLE_FILE),
    serializeBundle(buildBundle(result.dataset, readCountryShapes('50m').shapes)),
  );
  return { factor, places: result.dataset.places.length, events: result.dataset.events.length };
}
