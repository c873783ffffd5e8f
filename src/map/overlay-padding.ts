/**
 * The room what lies over the map takes at each of its edges, as MapLibre's camera `padding`: every
 * fit and flight then frames what the reader chose in the part of the map they can see. Beside the
 * map the layout puts the panel, route bar and timeline (none of them over it); what is left over it
 * are the map's controls and the legend, each counted at the edge it hugs.
 */
import type { CameraPadding } from '../state/store.ts';

/** A box in page pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between an overlay and what the camera frames. */
export const OVERLAY_GAP_PX = 8;
/** No edge takes more than this share of the map's side, so a fit always has room left. */
const MAX_SHARE = 0.4;

/**
 * Padding for a map at `map` under `overlays`: each overlay counts at the edge from which it reaches
 * least far into the map (a legend in a corner pads the top, not the whole left side).
 */
export function computeOverlayPadding(
  map: Box,
  overlays: readonly Box[],
  gap = OVERLAY_GAP_PX,
): CameraPadding {
  const padding: CameraPadding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (width <= 0 || height <= 0) return padding;
  for (const o of overlays) {
    const overlaps = o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom;
    if (!overlaps || o.right - o.left < 1 || o.bottom - o.top < 1) continue;
    const depths: [keyof CameraPadding, number][] = [
      ['top', o.bottom - map.top],
      ['bottom', map.bottom - o.top],
      ['left', o.right - map.left],
      ['right', map.right - o.left],
    ];
    const [edge, depth] = depths.reduce((a, b) => (b[1] < a[1] ? b : a));
    padding[edge] = Math.max(padding[edge], depth + gap);
  }
  const cap = (value: number, side: number) => Math.round(Math.min(value, side * MAX_SHARE));
  return {
    top: cap(padding.top, height),
    right: cap(padding.right, width),
    bottom: cap(padding.bottom, height),
    left: cap(padding.left, width),
  };
}

/** Measures `overlays` (shown ones only) over `map` in the page. */
export function measureOverlayPadding(map: Element, overlays: Iterable<Element>): CameraPadding {
  const boxes: Box[] = [];
  for (const el of overlays) if (el.getClientRects().length > 0) boxes.push(el.getBoundingClientRect());
  return computeOverlayPadding(map.getBoundingClientRect(), boxes);
}
