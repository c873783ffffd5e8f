/**
 * Shared browser-test fixture: every page is watched for console errors, page errors, requests that
 * leave the origin and CSP violations, and each test fails if any happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { LAYER } from '../../src/map/ids.ts';

/** Harmless noise from software WebGL; everything else in the console counts. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /GL_CLOSE_PATH_NV/i, /WebGL.*performance warning/i];

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? `http://127.0.0.1:${process.env.ATLAS_PORT ?? 4173}/`).origin;
      const watch: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = message.text();
        if (IGNORED_CONSOLE.some((pattern) => pattern.test(text))) return;
        // MapLibre warns of a style image it had to draw without: a label that did not make room.
        if (message.type() === 'error' || /Content Security Policy|could not be loaded/i.test(text))
          watch.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(
            `${event.violatedDirective} ${event.blockedURI}`,
          );
        });
      });
      await use(watch);
      watch.cspViolations = await page
        .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
        .catch(() => []);
      expect.soft(watch.pageErrors, 'page errors').toEqual([]);
      expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
      expect.soft(watch.foreignRequests, 'requests leaving the origin').toEqual([]);
      expect.soft(watch.cspViolations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

interface PlaceRecord {
  id: string;
  name: string;
  kind: string;
  coordinates: [number, number];
}

/** The project's places, read from the data file the site ships. */
export function readPlaces(): PlaceRecord[] {
  const collection = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../geo/places.geojson'), 'utf8'),
  ) as {
    features: { geometry: { coordinates: [number, number] }; properties: Omit<PlaceRecord, 'coordinates'> }[];
  };
  return collection.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates }));
}

/** Reads one of the project's JSON data files. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../..', path), 'utf8')) as T;
}

/**
 * The project's events with each citation's address filled in from the register (`data/sources.json`),
 * as the page shows them.
 */
export function readEventsWithSourceUrls<T extends { sources: { source: string }[] }>(): (Omit<
  T,
  'sources'
> & {
  sources: { url?: string }[];
})[] {
  const register = new Map(
    readJson<{ id: string; url: string }[]>('data/sources.json').map((s) => [s.id, s.url]),
  );
  return readJson<T[]>('data/events.json').map((event) => ({
    ...event,
    sources: event.sources.map((citation) => ({ url: register.get(citation.source) })),
  }));
}

/** Makes every canvas refuse WebGL from the next navigation on, as a browser without it would. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}

/** Waits until the map has finished drawing at least `count` times since load. */
export async function waitForMapIdle(page: Page, count = 1, timeout = 60_000): Promise<void> {
  await page.waitForFunction((n) => Number(document.getElementById('map')?.dataset.idle ?? 0) >= n, count, {
    timeout,
  });
}

/** Waits for the next idle after something moved the map. */
export async function waitForNextIdle(page: Page, timeout = 60_000): Promise<void> {
  const now = await page.evaluate(() => Number(document.getElementById('map')?.dataset.idle ?? 0));
  await waitForMapIdle(page, now + 1, timeout);
}

/**
 * Waits until the camera (exposed by `?bench`) has stood still for `frames` animation frames in a row.
 * `isMoving()` alone is not enough: the route journey moves the camera with a `jumpTo` each frame, so
 * between frames MapLibre says it is still.
 */
export async function waitForCameraStill(page: Page, frames = 12, timeout = 30_000): Promise<void> {
  await page.evaluate(
    ({ frames, timeout }) =>
      new Promise<void>((resolve, reject) => {
        const map = (
          window as unknown as {
            __map: { isMoving(): boolean; getCenter(): { lng: number; lat: number }; getZoom(): number };
          }
        ).__map;
        const read = () => `${map.getCenter().lng},${map.getCenter().lat},${map.getZoom()}`;
        const give = setTimeout(() => reject(new Error(`camera still moving after ${timeout} ms`)), timeout);
        let last = read();
        let still = 0;
        const tick = () => {
          const now = read();
          still = now === last && !map.isMoving() ? still + 1 : 0;
          last = now;
          if (still >= frames) {
            clearTimeout(give);
            resolve();
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { frames, timeout },
  );
}

/** Opens the atlas at a camera (zoom, lon, lat) with bearing and pitch 0, and waits for it to draw. */
export async function openAt(page: Page, zoom: number, lon: number, lat: number, extra = ''): Promise<void> {
  const target = `./#${extra ? `${extra}&` : ''}map=${zoom}/${lat}/${lon}/0/0`;
  const onSite = page.url().startsWith('http');
  await page.goto(target);
  // A hash change on an open page flies there; a fresh load starts there, which is what tests need.
  if (onSite) await page.reload();
  await waitForMapIdle(page);
}

/**
 * Where a longitude/latitude appears on the map canvas, for a north-up, unpitched camera: Web Mercator
 * with MapLibre's 512-pixel tiles.
 */
export async function projectToPage(
  page: Page,
  zoom: number,
  centre: [number, number],
  target: [number, number],
): Promise<{ x: number; y: number }> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const worldSize = 512 * 2 ** zoom;
  const project = ([lon, lat]: [number, number]) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return {
      x: ((lon + 180) / 360) * worldSize,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize,
    };
  };
  const c = project(centre);
  const t = project(target);
  return { x: box.x + box.width / 2 + (t.x - c.x), y: box.y + box.height / 2 + (t.y - c.y) };
}

/** Where a point is drawn on the page, whether that is inside the window, and whether a click there lands on the map's canvas. Needs `?bench`. */
export function locateOnMap(
  page: Page,
  lngLat: readonly [number, number],
): Promise<{ x: number; y: number; inside: boolean; hits: boolean }> {
  return page.evaluate(
    (point) => {
      const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
        .__map;
      const canvas = document.querySelector('#map canvas') as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const at = map.project(point);
      const x = box.left + at.x;
      const y = box.top + at.y;
      const inside = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
      return {
        x: Math.round(x),
        y: Math.round(y),
        inside,
        hits: inside && document.elementFromPoint(x, y) === canvas,
      };
    },
    [lngLat[0], lngLat[1]] as [number, number],
  );
}

/** A box in page pixels. */
export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A small cell of the canvas where a story place's drawn name lies, its centre in page pixels. */
export interface LabelCell {
  id: string;
  x: number;
  y: number;
}

/**
 * Where story places' names are drawn inside `box` (page pixels), as the centres of the small cells
 * their placed labels cover; only place `id`'s when given. MapLibre's `queryRenderedFeatures` answers
 * only for placed symbols, so a name that gave way is not found. Each place's marker square (the
 * label's invisible collision icon) is left out: it is the marker, not the name. Needs `?bench`.
 */
export function findLabelCells(page: Page, box: PageBox, id?: string): Promise<LabelCell[]> {
  const layers = [LAYER.placeLabels, LAYER.placeLabelSelected];
  return page.evaluate(
    ({ box, id, layers }) => {
      interface LabelMap {
        project(p: [number, number]): { x: number; y: number };
        getLayer(id: string): unknown;
        queryRenderedFeatures(
          box: [[number, number], [number, number]],
          options: { layers: string[] },
        ): { properties: { id?: string }; geometry: { type: string; coordinates: unknown } }[];
      }
      const map = (window as unknown as { __map: LabelMap }).__map;
      const present = layers.filter((layer) => map.getLayer(layer));
      const canvas = document.querySelector('#map canvas') as HTMLCanvasElement;
      const frame = canvas.getBoundingClientRect();
      // The marker's invisible collision square (16 px and 2 px of padding each side, and a little
      // more for the query's own rounding) is not its name.
      const marker = 14;
      const step = 6;
      const left = Math.max(box.left, frame.left) - frame.left;
      const top = Math.max(box.top, frame.top) - frame.top;
      const right = Math.min(box.right, frame.right) - frame.left;
      const bottom = Math.min(box.bottom, frame.bottom) - frame.top;
      const cells: { id: string; x: number; y: number }[] = [];
      for (let y = top; y < bottom; y += step)
        for (let x = left; x < right; x += step) {
          const hits = map.queryRenderedFeatures(
            [
              [x, y],
              [x + step, y + step],
            ],
            { layers: present },
          );
          for (const hit of hits) {
            const hitId = hit.properties.id;
            if (!hitId || (id !== undefined && hitId !== id)) continue;
            if (hit.geometry.type === 'Point') {
              const at = map.project(hit.geometry.coordinates as [number, number]);
              const dx = x - at.x;
              const dy = y - at.y;
              if (dx + step > -marker && dx < marker && dy + step > -marker && dy < marker) continue;
            }
            cells.push({ id: hitId, x: frame.left + x + step / 2, y: frame.top + y + step / 2 });
          }
        }
      return cells;
    },
    { box, id, layers },
  );
}

/**
 * Where the name of place `id` is drawn, within a wide strip around its point (page pixels); empty
 * when the name was not placed. Needs `?bench`.
 */
export async function findPlaceLabelCells(
  page: Page,
  id: string,
  lngLat: [number, number],
): Promise<LabelCell[]> {
  const at = await page.evaluate((point) => {
    const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
      .__map;
    const frame = (document.querySelector('#map canvas') as HTMLCanvasElement).getBoundingClientRect();
    const p = map.project(point);
    return { x: frame.left + p.x, y: frame.top + p.y };
  }, lngLat);
  return findLabelCells(page, { left: at.x - 260, top: at.y - 60, right: at.x + 260, bottom: at.y + 60 }, id);
}
