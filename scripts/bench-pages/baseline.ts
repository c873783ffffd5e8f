/**
 * What both baseline pages of the bench share: a MapLibre map with a background and the project's
 * places as labelled points, drawn with the bundled Noto Sans exactly as the app loads it. The pages
 * add nothing else (the naive page adds the whole 1:50m world), so the app's first idle can be read
 * against the cheapest map that shows the same places.
 */
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MAP_FONT } from '../../src/map/ids.ts';
import { FIT_MARGIN } from '../../src/map/map-sync.ts';
import { frameRegion } from '../../src/model/framing.ts';
import { REGION_ZOOM, requestFit } from '../../src/state/atlas-state.ts';
import { DEFAULT_CAMERA } from '../../src/state/store.ts';

/** What a baseline page puts under the places (the naive page's countries). */
export interface BaselineExtras {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** The globals the bench reads; `__map` lets it drive the camera without any UI. */
export interface BaselineWindow extends Window {
  __map?: MapLibreMap;
}

function sizeContainer(container: HTMLElement): void {
  // The bench passes the app's map size so every page draws the same number of pixels: with
  // software WebGL the cost of a frame grows with the canvas.
  const params = new URLSearchParams(window.location.search);
  const width = Number(params.get('w'));
  const height = Number(params.get('h'));
  if (width > 0) container.style.width = `${width}px`;
  if (height > 0) container.style.height = `${height}px`;
}

async function loadFonts(): Promise<void> {
  // Same as src/main.ts: MapLibre draws labels from the page's fonts, so both subsets must be ready.
  try {
    await Promise.all([
      document.fonts.load(`16px "${MAP_FONT}"`, 'Tashkent'),
      document.fonts.load(`16px "${MAP_FONT}"`, 'Тошкент'),
    ]);
  } catch {
    // Labels fall back to another font; the timing still counts.
  }
}

async function fetchPlaces(): Promise<GeoJSON.FeatureCollection> {
  // Fetched at run time like the app does, rather than bundled, so both pay the same request.
  const response = await fetch(new URL('./geo/places.geojson', window.location.href));
  if (!response.ok) throw new Error(`geo/places.geojson: HTTP ${response.status}`);
  return (await response.json()) as GeoJSON.FeatureCollection;
}

/** Starts a baseline page: places as circles and labels, plus `extras` drawn beneath them. */
export async function startBaseline(extras: BaselineExtras = { sources: {}, layers: [] }): Promise<void> {
  // The app's start-up marks, so the bench reads every page's stages the same way.
  performance.mark('atlas-script-start');
  const container = document.getElementById('map');
  if (!container) throw new Error('the page lacks #map');
  sizeContainer(container);
  setWorkerUrl(workerUrl);
  const [places] = await Promise.all([fetchPlaces(), loadFonts()]);
  performance.mark('atlas-data-fetched');
  const style: StyleSpecification = {
    version: 8,
    sources: { ...extras.sources, places: { type: 'geojson', data: places } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dce9f2' } },
      ...extras.layers,
      {
        id: 'place-circles',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-radius': 5,
          'circle-color': '#1f5f8b',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [MAP_FONT],
          'text-size': 12,
          'text-anchor': 'left',
          'text-offset': [0.8, 0],
        },
        paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
  // The app's first view: the region's story places fitted to the map, as the overview frames them.
  const fit = requestFit(
    0,
    frameRegion(
      places.features.flatMap((feature) =>
        feature.geometry.type === 'Point'
          ? [
              {
                kind: feature.properties?.kind,
                coordinates: feature.geometry.coordinates as [number, number],
              },
            ]
          : [],
      ),
    ),
    REGION_ZOOM,
  );
  const map = new MapLibreMap({
    container,
    style,
    center: DEFAULT_CAMERA.center,
    zoom: DEFAULT_CAMERA.zoom,
    ...(fit?.kind === 'fit'
      ? { bounds: fit.bounds, fitBoundsOptions: { padding: FIT_MARGIN, maxZoom: fit.maxZoom } }
      : {}),
    attributionControl: false,
  });
  performance.mark('atlas-map-created');
  // The same first-idle mark and idle count as src/map/create-map.ts, so the bench reads every page
  // the same way.
  map.on('idle', () => {
    const count = Number(container.dataset.idle ?? 0) + 1;
    if (count === 1) performance.mark('atlas-first-idle');
    container.dataset.idle = String(count);
  });
  (window as BaselineWindow).__map = map;
}

/** Runs `startBaseline` and leaves a readable trace on the page when it fails. */
export function runBaseline(extras?: () => BaselineExtras): void {
  startBaseline(extras?.()).catch((error: unknown) => {
    document.body.dataset.state = 'error';
    document.body.append(String(error));
  });
}
