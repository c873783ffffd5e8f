/**
 * Mounts the MapLibre map: the only module (with its helpers in map/) that touches maplibre-gl.
 * It reads the store and sends intents to it; it never reaches into the panels.
 */

import {
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { getMessages } from '../i18n/locale.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { RouteGeometry } from '../model/bundle.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { AtlasState, CameraPadding, Store } from '../state/store.ts';
import { onViewChange } from '../state/view-change.ts';
import { mountCameraReport } from './camera-report.ts';
import { mountDetailBasemap } from './detail-basemap.ts';
import { mountEdgePointers } from './edge-pointers.ts';
import {
  INTERACTIVE_COUNTRY_LAYERS,
  INTERACTIVE_PLACE_LAYERS,
  LAYER,
  MARKER_SPACE_IMAGE,
  MARKER_SPACE_PX,
  SELECTED_PLACE_STATE,
  SOURCE,
} from './ids.ts';
import {
  buildCountryOutlineFilter,
  buildRouteYearFilter,
  buildStyle,
  getDetailBasemapUrl,
  getSelectedCountryCode,
} from './layers.ts';
import { type MapSync, syncMapWithStore } from './map-sync.ts';
import { findPlacesUnderClick, mountPlaceChooser } from './place-chooser.ts';
import { computePlaceStates, diffPlaceStates, type PlaceState } from './place-states.ts';

export interface MapOptions {
  /** Absolute URL of the prepared basemap file. */
  basemapUrl: string;
  /** The measured transit route, for the route camera. */
  route: RouteGeometry;
  /** True when the user asked for less motion: camera moves become cuts. */
  reducedMotion: () => boolean;
  /**
   * The room the page's overlays (panel, timeline, bars) take at each edge of the map, in CSS pixels.
   * Asked for every fit, flight and journey frame, so what is framed stays in sight; none when absent.
   */
  cameraPadding?: () => CameraPadding;
  /** Told when the map cannot draw (no WebGL, or a lost context) and when it can again. */
  onAvailabilityChange?: (available: boolean, reason?: string) => void;
  /** Told when part of the map cannot be loaded (the basemap, a source), with a line for the reader. */
  onLoadError?: (message: string) => void;
  /** A country's name in the page's language, for the map's country labels; null keeps the basemap's. */
  countryName?: (iso3: string) => string | null;
}

/** Whether this browser can draw the map at all. */
export function canDrawMap(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Give the probe's context back at once: browsers cap live contexts, and software ones are costly.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/**
 * Starts MapLibre's workers while the page is still fetching its data, so the map does not pay for
 * worker start-up after the data arrives.
 */
export function prewarmMap(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}

/** Creates the map in `container` and keeps it in step with the store. Returns `dispose`. */
export function mountMap(
  container: HTMLElement,
  store: Store,
  index: AtlasIndex,
  options: MapOptions,
): () => void {
  setWorkerUrl(workerUrl);
  const initial = store.getState();
  const map = new MapLibreMap({
    container,
    style: buildStyle(
      index,
      options.basemapUrl,
      initial.year,
      getSelectedCountryCode(index, initial),
      options.countryName,
    ),
    center: initial.camera.center,
    zoom: initial.camera.zoom,
    bearing: initial.camera.bearing,
    pitch: initial.camera.pitch,
    minZoom: 1.5,
    maxZoom: 11,
    maxPitch: 60,
    // The credits are a button in the map's corner at every size, opening on demand: spelt out they
    // ran to two lines over the map's foot and hid story places' names.
    attributionControl: { compact: true },
    // MapLibre's own strings (its controls' labels, the scale's units) in the page's language.
    locale: getMessages().mapControls,
    validateStyle: false,
  });
  // The place labels' invisible icon (see MARKER_SPACE_IMAGE): no sprite sheet, so it is made when
  // the first tile asks for it. A resolver, not a 'styleimagemissing' listener: MapLibre 6 fires that
  // event only after the tile has gone without the image, so the first labels would not make room.
  map.setMissingStyleImageResolver((id) => {
    if (id !== MARKER_SPACE_IMAGE || map.hasImage(MARKER_SPACE_IMAGE)) return;
    const side = MARKER_SPACE_PX;
    map.addImage(MARKER_SPACE_IMAGE, { width: side, height: side, data: new Uint8Array(side * side * 4) });
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  // A folded attribution starts open in MapLibre until the first drag: fold it at once, the first time
  // only, so the credits never sit over a small map's foot unasked. MapLibre opens it when the style's
  // first sources bring their credits, long before `load` on a slow device: folding then, in the same
  // event, keeps it from ever being painted open over a small embedded map.
  const foldEvents = ['styledata', 'sourcedata', 'load', 'resize'] as const;
  const foldAttribution = () => {
    const credits = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
    if (!credits) return;
    credits.classList.remove('maplibregl-compact-show');
    credits.removeAttribute('open');
    for (const event of foldEvents) map.off(event, foldAttribution);
  };
  for (const event of foldEvents) map.on(event, foldAttribution);
  const disposeDetail = mountDetailBasemap(map, getDetailBasemapUrl(options.basemapUrl));
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', getMessages().mapAria);

  // Place hover and click.
  let hovered: string | null = null;
  const setHover = (id: string | null) => {
    if (hovered === id) return;
    if (hovered) map.setFeatureState({ source: SOURCE.places, id: hovered }, { hover: false });
    hovered = id;
    if (id) map.setFeatureState({ source: SOURCE.places, id }, { hover: true });
    canvas.style.cursor = id ? 'pointer' : '';
  };
  const placeAt = (event: MapMouseEvent): string | null => {
    const pad = 6;
    const { x, y } = event.point;
    const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(
      [
        [x - pad, y - pad],
        [x + pad, y + pad],
      ],
      { layers: [...INTERACTIVE_PLACE_LAYERS] },
    );
    // Close places (the bridge and Hairatan are 1.5 km apart) overlap at most zooms: take the one whose
    // point is nearest the pointer, not whichever was drawn last.
    let best: { id: string; distance: number } | null = null;
    for (const hit of hits) {
      const id = hit.properties.id;
      const place = typeof id === 'string' ? index.placeById.get(id) : undefined;
      if (!place) continue;
      const at = map.project(place.coordinates);
      const distance = Math.hypot(at.x - x, at.y - y);
      if (!best || distance < best.distance) best = { id: place.id, distance };
    }
    return best?.id ?? null;
  };
  const onMouseMove = (event: MapMouseEvent) => setHover(placeAt(event));
  // A click on a focus country's shape that hits no place point selects the country as a place.
  const countryAt = (event: MapMouseEvent): string | null => {
    const hits = map.queryRenderedFeatures(event.point, { layers: [...INTERACTIVE_COUNTRY_LAYERS] });
    for (const hit of hits) {
      const code = hit.properties.iso3;
      const place = typeof code === 'string' ? index.countryPlaceByCode.get(code) : undefined;
      if (place) return place.id;
    }
    return null;
  };
  const selectPlace = (id: string) =>
    store.dispatch({ type: 'select', selection: { kind: 'place', id }, fly: false });
  const chooser = mountPlaceChooser(map, selectPlace);
  // Anchored to a point of the map, it would be left pointing at the old view, its buttons still in
  // the tab order: a new view closes it, as it closes every transient overlay.
  const stopChooserWatch = onViewChange(store, chooser.close);
  const disposePointers = mountEdgePointers(
    map,
    store,
    index,
    options.cameraPadding ?? (() => ({ top: 0, right: 0, bottom: 0, left: 0 })),
  );
  const pointPlaces = index.dataset.places.filter((p) => p.kind !== 'country');
  const onClick = (event: MapMouseEvent) => {
    // Markers that overlap at this zoom are each a fair target: a click on several asks which one.
    const under = findPlacesUnderClick(
      pointPlaces.map((p) => ({ id: p.id, ...map.project(p.coordinates) })),
      event.point.x,
      event.point.y,
    );
    if (under.length > 1) {
      const places = under.flatMap((id) => index.placeById.get(id) ?? []);
      chooser.open([event.lngLat.lng, event.lngLat.lat], places);
      return;
    }
    chooser.close();
    const id = under[0] ?? placeAt(event) ?? countryAt(event);
    if (id) selectPlace(id);
  };
  // The route journey moves the camera every frame; it reports once when it comes to rest instead.
  let mapSync: MapSync | null = null;
  const cameraReport = mountCameraReport(map, store, () => mapSync?.isTravelling() ?? false);
  map.on('mousemove', onMouseMove);
  map.on('click', onClick);
  // Only the benchmark asks for the map (with `?bench` in the address), to fly it as the route camera
  // would and compare the two; without the flag nothing is exposed.
  const benchWindow = window as unknown as { __map?: MapLibreMap };
  if (new URLSearchParams(window.location.search).has('bench')) benchWindow.__map = map;
  // The idle count lets tests and the benchmark wait for a drawn map without reaching into it.
  map.on('idle', () => {
    const count = Number(container.dataset.idle ?? 0) + 1;
    if (count === 1) performance.mark('atlas-first-idle');
    container.dataset.idle = String(count);
    // The build's picture of the opening view (.map-picture) lies over the map until it has drawn a
    // whole frame: then the map comes in over it (styles.css fades the picture out and hides it).
    // It is inert at once: from now on clicks and focus belong to the live map.
    if (count === 1) {
      container.dataset.drawn = '';
      container.querySelector('.map-picture')?.setAttribute('inert', '');
    }
  });

  // Feature-state: apply only what changed.
  let applied = new Map<string, PlaceState>();
  let outlined = getSelectedCountryCode(index, initial);
  container.dataset.outlinedCountry = outlined ?? '';
  const applyCountryOutline = (state: AtlasState) => {
    const code = getSelectedCountryCode(index, state);
    if (code === outlined) return;
    outlined = code;
    map.setFilter(LAYER.countryOutline, buildCountryOutlineFilter(code), { validate: false });
    // Tests and assistive checks read which country is outlined without reaching into the map.
    container.dataset.outlinedCountry = code ?? '';
  };
  // The selected place's label has a layer of its own, chosen by the style's global state.
  let labelled = '';
  const applySelectedLabel = (state: AtlasState) => {
    const id = state.selection?.kind === 'place' ? state.selection.id : '';
    if (id === labelled) return;
    labelled = id;
    map.setGlobalStateProperty(SELECTED_PLACE_STATE, id);
  };
  const applyPlaceStates = (state: AtlasState) => {
    applyCountryOutline(state);
    applySelectedLabel(state);
    const next = computePlaceStates(index, state);
    for (const [id, placeState] of diffPlaceStates(applied, next))
      map.setFeatureState({ source: SOURCE.places, id }, { ...placeState });
    applied = next;
    // What the map highlights, readable without WebGL's pixels (browser tests, the curious).
    container.dataset.relatedPlaces = [...next]
      .filter(([, s]) => s.related)
      .map(([id]) => id)
      .sort()
      .join(' ');
    container.dataset.dimmedPlaces = [...next]
      .filter(([, s]) => s.dimmed)
      .map(([id]) => id)
      .sort()
      .join(' ');
  };
  // Route filters change only when a year crosses a leg's start: most year changes cost nothing, and
  // each setFilter makes the worker re-tile the route.
  const legStarts = index.dataset.routeLegs.map((leg) => leg.since ?? 0);
  const countVisibleLegs = (year: number) => legStarts.filter((since) => since <= year).length;
  let visibleLegs = countVisibleLegs(initial.year);
  const applyYear = (year: number) => {
    const visible = countVisibleLegs(year);
    if (visible === visibleLegs) return;
    visibleLegs = visible;
    const options = { validate: false };
    for (const [layer, mode] of [
      [LAYER.routeRail, 'rail'],
      [LAYER.routeRailTies, 'rail'],
      [LAYER.routeRoad, 'road'],
      [LAYER.routeBridge, 'bridge'],
    ] as const)
      map.setFilter(layer, buildRouteYearFilter(mode, year), options);
    map.setFilter(LAYER.routeCasing, ['<=', ['get', 'since'], year], options);
    map.setFilter(LAYER.routeArrows, ['<=', ['get', 'since'], year], options);
  };
  performance.mark('atlas-map-created');
  const styleReady = new Promise<void>((resolve) =>
    map.once('load', () => {
      performance.mark('atlas-map-loaded');
      resolve();
    }),
  );
  // Listening starts now, not at `load`: a year change or a Back while the style loads still counts.
  // From here on map-sync alone moves the camera.
  mapSync = syncMapWithStore(
    store,
    initial,
    styleReady,
    { applyPlaceStates, applyYear, camera: map },
    {
      route: options.route,
      reducedMotion: options.reducedMotion,
      padding: options.cameraPadding,
      size: () => ({ width: container.clientWidth, height: container.clientHeight }),
      onRest: cameraReport.report,
    },
  );

  // Without this a basemap that fails to load leaves a blank map and no word why.
  let errorShown = false;
  const onError = (event: { error?: { message?: string }; sourceId?: string }) => {
    if (errorShown) return;
    errorShown = true;
    options.onLoadError?.(
      getMessages().mapLoadFailed(event.sourceId === SOURCE.basemap, event.error?.message),
    );
  };
  map.on('error', onError);

  // A lost context is restored by the browser when it can; the page says so meanwhile.
  const onLost = (event: Event) => {
    event.preventDefault();
    options.onAvailabilityChange?.(false, getMessages().mapContextLost);
  };
  const onRestored = () => options.onAvailabilityChange?.(true);
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);

  return () => {
    mapSync?.dispose();
    cameraReport.dispose();
    stopChooserWatch();
    chooser.dispose();
    disposePointers();
    map.off('error', onError);
    disposeDetail();
    canvas.removeEventListener('webglcontextlost', onLost);
    canvas.removeEventListener('webglcontextrestored', onRestored);
    if (benchWindow.__map === map) delete benchWindow.__map;
    // Without the live map, the picture is the map again.
    delete container.dataset.drawn;
    container.querySelector('.map-picture')?.removeAttribute('inert');
    map.remove();
  };
}
