/**
 * Keeps a map in step with the store from the moment it is created, and is the only code that moves
 * the map's camera. Every move is a camera request in the state (a link's view, a fit, a level, a
 * leg of the route journey): the newest one wins, so no two owners can interrupt each other. A move
 * that carries a tour step reports that step reached when it comes to rest. Changes that arrive before
 * the map's style has loaded are not lost: they wait, and the map catches up once when it is ready.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RouteGeometry } from '../model/bundle.ts';
import type { AtlasState, Camera, CameraPadding, CameraRequest, Store } from '../state/store.ts';
import { frameJourneyLeg, planJourneyLeg } from './route-camera.ts';

/** The part of a MapLibre map the camera moves need (a fake in unit tests). */
export type CameraMap = Pick<
  MapLibreMap,
  | 'jumpTo'
  | 'flyTo'
  | 'easeTo'
  | 'fitBounds'
  | 'stop'
  | 'once'
  | 'on'
  | 'off'
  | 'getZoom'
  | 'getPitch'
  | 'getBearing'
  | 'isMoving'
  | 'resize'
>;

/** What the map does for each kind of change. */
export interface MapSyncTarget {
  applyPlaceStates(state: AtlasState): void;
  applyYear(year: number): void;
  /** The camera this module alone moves. */
  camera: CameraMap;
}

export interface MapSyncOptions {
  /** The measured route, whose camera path `travel` requests follow (measured at build). */
  route: RouteGeometry;
  /** True when the user asked for less motion: moves become cuts. */
  reducedMotion(): boolean;
  /**
   * The room overlays take at each edge of the map, asked afresh for every fit, flight and journey
   * frame (a request's own `padding` outranks it). The one place padding enters the camera.
   */
  padding?(): CameraPadding;
  /**
   * The map's size in pixels, asked for each leg of the route journey: with the padding it says how
   * far out the camera must be for the next stop to be in view. Without it each stop is shown at the
   * journey's closest zoom.
   */
  size?(): { width: number; height: number };
  /** The journey came to rest: its frames were held back from the camera report, so report once now. */
  onRest?(): void;
}

/** The map's handle: whether the journey is driving the camera frame by frame, and `dispose`. */
export interface MapSync {
  /** True while the route journey moves the camera: its per-frame moves are not the reader's. */
  isTravelling(): boolean;
  dispose(): void;
}

/** Room around fitted places, added to the overlays' padding. */
export const FIT_MARGIN = 80;
const MOVE_MS = 900;
const LEVEL_MS = 600;
const NO_PADDING: CameraPadding = { top: 0, right: 0, bottom: 0, left: 0 };

function addMargin(padding: CameraPadding, margin: number): CameraPadding {
  return {
    top: padding.top + margin,
    right: padding.right + margin,
    bottom: padding.bottom + margin,
    left: padding.left + margin,
  };
}

/**
 * Subscribes at once; until `ready` resolves, changes are only noted. `initial` is the state the map
 * was created from (its camera already shows that state's view).
 */
export function syncMapWithStore(
  store: Store,
  initial: AtlasState,
  ready: Promise<void>,
  target: MapSyncTarget,
  options: MapSyncOptions,
): MapSync {
  const { camera } = target;
  const { path } = options.route;
  let loaded = false;
  let disposed = false;
  /** The request being played; a move that ends after a newer one began reports nothing. */
  let active: CameraRequest | null = null;
  let travelling = false;
  let frame = 0;
  /** Where on the route the camera is, or null once anything else moved it. */
  let currentKm: number | null = null;

  const padding = (request: CameraRequest) => request.padding ?? options.padding?.() ?? NO_PADDING;
  const arrive = (request: CameraRequest) => {
    if (disposed || active !== request || !request.arrival) return;
    const state = store.getState();
    if (state.cameraRequest !== request || state.tour.id !== request.arrival.tour) return;
    store.dispatch({ type: 'tour-arrived', step: request.arrival.step });
  };
  /** Runs `then` when the move just started comes to rest (at once if it did not animate). */
  const whenAtRest = (request: CameraRequest, then: () => void) => {
    if (!camera.isMoving()) {
      then();
      return;
    }
    camera.once('moveend', () => {
      if (active === request) then();
    });
  };
  const stopJourney = () => {
    if (!travelling) return;
    cancelAnimationFrame(frame);
    travelling = false;
    camera.stop();
  };

  const travel = (request: Extract<CameraRequest, { kind: 'travel' }>, speed: number, instant: boolean) => {
    const pad = padding(request);
    const size = options.size?.();
    const leg = planJourneyLeg({
      path,
      route: options.route,
      fromKm: currentKm,
      step: request.step,
      speed,
      reducedMotion: options.reducedMotion(),
      instant,
      view: size ? { ...size, padding: pad } : null,
    });
    if (!leg) return;
    if (leg.kind === 'cut') {
      camera.jumpTo({ ...leg.camera, padding: pad });
      currentKm = leg.km;
      arrive(request);
      return;
    }
    travelling = true;
    const rest = (km: number) => {
      travelling = false;
      currentKm = km;
      options.onRest?.();
      arrive(request);
    };
    if (leg.kind === 'flight') {
      camera.flyTo({ ...leg.camera, duration: leg.durationMs, padding: pad });
      whenAtRest(request, () => rest(leg.km));
      return;
    }
    const start = { zoom: camera.getZoom(), pitch: camera.getPitch(), bearing: camera.getBearing() };
    const started = performance.now();
    const step = (now: number) => {
      if (!travelling || active !== request) return;
      const at = frameJourneyLeg(leg, now - started, start);
      currentKm = at.km;
      camera.jumpTo({ ...at.camera, padding: pad });
      if (at.done) rest(at.km);
      else frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };

  const apply = (state: AtlasState, instant = false) => {
    const request = state.cameraRequest;
    if (!request) return;
    // The new request is the active one before anything is stopped: the `moveend` of an interrupted
    // move then reports nothing.
    active = request;
    stopJourney();
    if (request.kind === 'travel') {
      travel(request, state.tour.speed, instant);
      return;
    }
    currentKm = null;
    const pad = padding(request);
    const still = options.reducedMotion() || instant;
    const duration = still ? 0 : MOVE_MS;
    const flyTo = (to: Camera) => {
      // Back, forward and pasted links travel to the view they name (a cut when less motion is wanted).
      if (still) camera.jumpTo({ ...to, padding: pad });
      else camera.flyTo({ ...to, padding: pad, maxDuration: 2500, essential: false });
    };
    switch (request.kind) {
      case 'view':
        flyTo(request.camera);
        break;
      case 'level':
        camera.easeTo({ pitch: 0, bearing: 0, padding: pad, duration: still ? 0 : LEVEL_MS });
        break;
      case 'fit': {
        const [[w, s], [e, n]] = request.bounds;
        if (w === e && s === n) {
          const zoom = Math.max(camera.getZoom(), request.maxZoom);
          camera.easeTo({
            center: [w, s],
            zoom,
            bearing: 0,
            pitch: 0,
            padding: pad,
            duration,
            essential: false,
          });
        } else {
          camera.fitBounds(request.bounds, {
            padding: addMargin(pad, FIT_MARGIN),
            maxZoom: request.maxZoom,
            bearing: 0,
            pitch: 0,
            duration,
          });
        }
        break;
      }
    }
    whenAtRest(request, () => arrive(request));
  };

  // A drag, zoom or turn by the reader (it has an originalEvent) ends the journey's leg where it is and
  // pauses playing, instead of fighting them.
  const onUserMove = (event: { originalEvent?: Event }) => {
    if (!event.originalEvent) return;
    const request = active;
    if (travelling) {
      stopJourney();
      options.onRest?.();
      if (request) arrive(request);
    }
    const { tour } = store.getState();
    if (tour.playing && tour.id !== null)
      store.dispatch({ type: 'tour-play', tour: tour.id, playing: false });
  };
  camera.on('dragstart', onUserMove);
  camera.on('zoomstart', onUserMove);
  camera.on('rotatestart', onUserMove);

  const unsubscribe = store.subscribe((state, previous) => {
    if (!loaded) return;
    if (
      state.selection !== previous.selection ||
      state.year !== previous.year ||
      state.tour !== previous.tour ||
      state.themes !== previous.themes
    )
      target.applyPlaceStates(state);
    if (state.year !== previous.year) target.applyYear(state.year);
    if (state.cameraRequest !== previous.cameraRequest) apply(state);
  });
  // A page that opens on a fit (the region, a place, an event, a chapter) is put there on the first
  // frame: by then the rest of the page is mounted and laid out (at creation the map's box is not yet
  // its final size), and the map has asked for no tile yet. Done at `load`, the move would come after
  // the first labels were placed and restart their fade: a tenth more time to the first idle.
  const openingFit = initial.cameraRequest?.kind === 'fit' ? initial.cameraRequest : null;
  const placeOpening = () => {
    cancelAnimationFrame(openingFrame);
    const state = store.getState();
    if (disposed || !openingFit || state.cameraRequest !== openingFit || active === openingFit) return;
    camera.resize();
    apply(state, true);
  };
  const openingFrame = openingFit ? requestAnimationFrame(placeOpening) : 0;
  void ready.then(() => {
    if (disposed) return;
    loaded = true;
    const now = store.getState();
    target.applyPlaceStates(now);
    if (now.year !== initial.year) target.applyYear(now.year);
    // The map was created at the initial view; a fit or a journey asked for then, or any request since,
    // still needs doing. A page that opens on something (the region, a place, a route stop) starts
    // there, before the land is drawn, rather than flying in from somewhere the reader never asked for.
    const request = now.cameraRequest;
    const opening = request === initial.cameraRequest;
    // An opening fit is placed on the first frame; should `load` come first, it is placed now.
    if (request && request === openingFit) placeOpening();
    else if (request && (!opening || request.kind !== 'view')) apply(now, opening);
  });
  return {
    isTravelling: () => travelling,
    dispose() {
      disposed = true;
      cancelAnimationFrame(frame);
      cancelAnimationFrame(openingFrame);
      travelling = false;
      unsubscribe();
      camera.off('dragstart', onUserMove);
      camera.off('zoomstart', onUserMove);
      camera.off('rotatestart', onUserMove);
    },
  };
}
