/**
 * The link format: `#place=termez&year=2009&stop=4&map=7/37.22/67.28/0/0`.
 * `parseHash` never throws: whatever it cannot read falls back to the default for that part.
 * `stop` is 1-based for people; `map` is zoom/latitude/longitude/bearing/pitch like most web maps.
 */
import type { Camera, RestorableState, Selection, SelectionKind } from './store.ts';

/** Longer hashes are not links this page wrote; reading them is not worth the work. */
export const MAX_HASH_LENGTH = 2048;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/;
const INTEGER = /^-?\d{1,6}$/;
const DECIMAL = /^-?\d{1,4}(?:\.\d{1,17})?$/;
const KINDS: readonly SelectionKind[] = ['place', 'event', 'programme'];

/** A link's contents with nothing filled in: what the parser returns for an unreadable hash. */
export const EMPTY_LINK: Readonly<RestorableState> = {
  selection: null,
  year: Number.NaN,
  stop: null,
  camera: null,
};

function readNumber(text: string | undefined, pattern: RegExp): number | null {
  if (text === undefined || !pattern.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function readCamera(text: string | undefined): Camera | null {
  if (text === undefined) return null;
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map((p) => readNumber(p, DECIMAL));
  if (zoom == null || lat == null || lon == null || bearing === null || pitch === null) return null;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  if (bearing < -180 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

/** Reads a location hash (with or without `#`). Unknown keys are ignored; nothing here throws. */
export function parseHash(hash: string): RestorableState {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return { ...EMPTY_LINK };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return { ...EMPTY_LINK };
  }
  let selection: Selection | null = null;
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id !== null && ID.test(id)) {
      selection = { kind, id };
      break;
    }
  }
  const year = readNumber(params.get('year') ?? undefined, INTEGER);
  const stop = readNumber(params.get('stop') ?? undefined, INTEGER);
  return {
    selection,
    year: year ?? Number.NaN,
    stop: stop !== null && stop >= 1 ? stop - 1 : null,
    camera: readCamera(params.get('map') ?? undefined),
  };
}

function formatNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/**
 * Writes the hash for a state. `defaultYear` is left out so a plain link stays short.
 */
export function serializeHash(state: RestorableState, defaultYear: number): string {
  const parts: string[] = [];
  if (state.selection) parts.push(`${state.selection.kind}=${state.selection.id}`);
  if (Number.isFinite(state.year) && state.year !== defaultYear) parts.push(`year=${state.year}`);
  if (state.stop !== null) parts.push(`stop=${state.stop + 1}`);
  if (state.camera) {
    const { zoom, center, bearing, pitch } = state.camera;
    parts.push(
      `map=${[formatNumber(zoom, 2), formatNumber(center[1], 4), formatNumber(center[0], 4), formatNumber(bearing, 1), formatNumber(pitch, 1)].join('/')}`,
    );
  }
  return `#${parts.join('&')}`;
}
