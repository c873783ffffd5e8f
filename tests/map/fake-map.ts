/**
 * A stand-in for the part of a MapLibre map that map-sync moves: cuts happen at once and fire their
 * events synchronously; animated moves end on a later frame (`flush`), and a new move or `stop()`
 * interrupts one in flight with its `moveend`, as MapLibre does.
 */
import { vi } from 'vitest';

type LngLat = { lng: number; lat: number };
interface MoveOptions {
  center?: unknown;
  zoom?: number;
  bearing?: number;
  pitch?: number;
  duration?: number;
}

export interface FakeMap {
  map: {
    on(type: string, handler: (event: object) => void): unknown;
    off(type: string, handler: (event: object) => void): unknown;
    once(type: string, handler: (event: object) => void): unknown;
    jumpTo(to: MoveOptions): unknown;
    flyTo(to: MoveOptions): unknown;
    easeTo(to: MoveOptions): unknown;
    fitBounds(
      bounds: [[number, number], [number, number]],
      options: MoveOptions & { maxZoom?: number },
    ): unknown;
    stop(): unknown;
    isMoving(): boolean;
    /** Reads the container's size again; the fake's size never changes. */
    resize(): unknown;
    getZoom(): number;
    getPitch(): number;
    getBearing(): number;
    getCenter(): LngLat;
  };
  /** Every camera call, by method name, in order. */
  calls: string[];
  /** Where the camera is now. */
  camera(): { center: LngLat; zoom: number; bearing: number; pitch: number };
  /** Runs animation frames (the journey's and the fake's own) until none are left, or `limit`; returns how many. */
  flush(limit?: number): number;
  /** Fires a reader's gesture event (it has an originalEvent). */
  gesture(type: 'dragstart' | 'zoomstart'): void;
  restore(): void;
}

/** Installs fake animation frames and clock, and returns a fake map driven by them. */
export function createFakeMap(): FakeMap {
  const handlers = new Map<string, Set<(event: object) => void>>();
  let camera = { center: { lng: 69, lat: 41 }, zoom: 5, bearing: 0, pitch: 0 };
  let frames: FrameRequestCallback[] = [];
  let now = 0;
  let pending: { to: MoveOptions; cancelled: boolean } | null = null;
  const calls: string[] = [];
  const fire = (type: string, event: object = {}) => {
    for (const handler of [...(handlers.get(type) ?? [])]) handler(event);
  };
  const set = (to: MoveOptions) => {
    const c = to.center as [number, number] | undefined;
    camera = {
      center: c ? { lng: c[0], lat: c[1] } : camera.center,
      zoom: to.zoom ?? camera.zoom,
      bearing: to.bearing ?? camera.bearing,
      pitch: to.pitch ?? camera.pitch,
    };
  };
  const interrupt = () => {
    if (!pending) return;
    pending.cancelled = true;
    pending = null;
    fire('moveend');
  };
  const cut = (to: MoveOptions) => {
    interrupt();
    set(to);
    fire('movestart');
    fire('move');
    fire('moveend');
  };
  const animate = (to: MoveOptions) => {
    if (to.duration === 0) {
      cut(to);
      return;
    }
    interrupt();
    const move = { to, cancelled: false };
    pending = move;
    fire('movestart');
    // Three frames later it is there.
    let left = 3;
    const tick = () => {
      if (move.cancelled) return;
      left -= 1;
      if (left > 0) {
        frames.push(tick);
        return;
      }
      pending = null;
      set(to);
      fire('moveend');
    };
    frames.push(tick);
  };
  const map: FakeMap['map'] = {
    on: (type, handler) => {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)?.add(handler);
      return map;
    },
    off: (type, handler) => {
      handlers.get(type)?.delete(handler);
      return map;
    },
    once: (type, handler) => {
      const wrapped = (event: object) => {
        handlers.get(type)?.delete(wrapped);
        handler(event);
      };
      return map.on(type, wrapped);
    },
    jumpTo: (to) => {
      calls.push('jumpTo');
      cut(to);
      return map;
    },
    flyTo: (to) => {
      calls.push('flyTo');
      animate(to);
      return map;
    },
    easeTo: (to) => {
      calls.push('easeTo');
      animate(to);
      return map;
    },
    fitBounds: ([[w, s], [e, n]], options) => {
      calls.push('fitBounds');
      animate({
        ...options,
        center: [(w + e) / 2, (s + n) / 2],
        zoom: Math.min(options.maxZoom ?? 6, 6),
      });
      return map;
    },
    stop: () => {
      calls.push('stop');
      interrupt();
      return map;
    },
    isMoving: () => pending !== null,
    resize: () => map,
    getZoom: () => camera.zoom,
    getPitch: () => camera.pitch,
    getBearing: () => camera.bearing,
    getCenter: () => camera.center,
  };
  const raf = globalThis.requestAnimationFrame;
  const caf = globalThis.cancelAnimationFrame;
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
  globalThis.cancelAnimationFrame = (id) => {
    // Frames are numbered from 1 by push; cancelling clears that slot.
    if (id > 0 && id <= frames.length) frames[id - 1] = () => {};
  };
  const nowSpy = vi.spyOn(performance, 'now').mockImplementation(() => now);
  return {
    map,
    calls,
    camera: () => camera,
    flush(limit = 5000) {
      let steps = 0;
      while (frames.length > 0 && steps < limit) {
        const due = frames;
        frames = [];
        now += 16;
        for (const frame of due) frame(now);
        steps += 1;
      }
      return steps;
    },
    gesture(type) {
      fire(type, { originalEvent: new Event('pointerdown') });
    },
    restore() {
      globalThis.requestAnimationFrame = raf;
      globalThis.cancelAnimationFrame = caf;
      nowSpy.mockRestore();
    },
  };
}
