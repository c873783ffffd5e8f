/**
 * Far places do not drag the map away: when what the reader chose names Brussels or Chicago beside
 * places in the region, the camera frames the region and each far place gets a labelled pointer at
 * the map's edge ("NATO Headquarters, Brussels ←") that opens it. Map-owned DOM; a click sends the
 * same `select` intent as a click on the place.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getMessages } from '../i18n/locale.ts';
import type { Place } from '../model/dataset.ts';
import { frameForCamera } from '../model/framing.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { isPointedToWhenFar } from '../state/atlas-state.ts';
import type { AtlasState, CameraPadding, Store } from '../state/store.ts';
import { getTourFrame } from '../state/tours.ts';
import { LAYER } from './ids.ts';

/** The layers that draw story places' names (and reserve their markers' hearts). */
const STORY_NAME_LAYERS = [LAYER.placeMarkerSpace, LAYER.placeLabels, LAYER.placeLabelSelected];

/** Where a pointer stands, in map pixels, and the arrow that shows the way. */
export interface EdgePointer {
  x: number;
  y: number;
  arrow: string;
  /** The edge it stands at, for the label's side of the arrow. */
  side: 'left' | 'right' | 'top' | 'bottom';
}

const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'] as const;

/**
 * The pointer for a place drawn at `point` on a map of `width` × `height`, kept inside `padding`, or
 * null when the place is in sight. The pointer stands where the line from the middle to the place
 * leaves the visible part of the map.
 */
export function placeEdgePointer(
  point: { x: number; y: number },
  width: number,
  height: number,
  padding: CameraPadding,
): EdgePointer | null {
  const left = padding.left;
  const right = width - padding.right;
  const top = padding.top;
  const bottom = height - padding.bottom;
  if (right <= left || bottom <= top) return null;
  if (point.x >= left && point.x <= right && point.y >= top && point.y <= bottom) return null;
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const dx = point.x - cx;
  const dy = point.y - cy;
  // How far along the ray from the middle the box's edge is met.
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : (dx > 0 ? right - cx : left - cx) / dx;
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : (dy > 0 ? bottom - cy : top - cy) / dy;
  const t = Math.min(tx, ty);
  const side: EdgePointer['side'] = tx <= ty ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
  const angle = Math.atan2(dy, dx);
  const sector = Math.round(((angle / (2 * Math.PI)) * 8 + 8) % 8) % 8;
  return { x: cx + dx * t, y: cy + dy * t, arrow: ARROWS[sector] ?? '→', side };
}

/** The far places of what the state shows: the selection's, or the story chapter's. */
export function getFarPlaces(index: AtlasIndex, state: AtlasState): Place[] {
  const s = state.selection;
  const chosen = s ? index.kinds[s.kind].places(s.id) : [];
  const frame = getTourFrame(index, state.tour);
  const framed = frame ? frame.placeIds.flatMap((id) => index.placeById.get(id) ?? []) : [];
  const seen = new Set<string>();
  const pointToFarOnly = s !== null && isPointedToWhenFar(s);
  return frameForCamera([...chosen, ...framed], undefined, { pointToFarOnly }).far.filter(
    (p) => !seen.has(p.id) && seen.add(p.id),
  );
}

/** Mounts the pointers over `map`. Returns `dispose`. */
export function mountEdgePointers(
  map: MapLibreMap,
  store: Store,
  index: AtlasIndex,
  padding: () => CameraPadding,
): () => void {
  const container = map.getContainer();
  const doc = container.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'edge-pointers';
  container.append(layer);
  let far: Place[] = getFarPlaces(index, store.getState());
  const buttons = new Map<string, HTMLButtonElement>();
  let frame = 0;

  const draw = () => {
    frame = 0;
    const width = container.clientWidth;
    const height = container.clientHeight;
    const pad = padding();
    const inset = { top: pad.top + 4, right: pad.right + 4, bottom: pad.bottom + 4, left: pad.left + 4 };
    const wanted = new Set(far.map((p) => p.id));
    for (const [id, button] of buttons)
      if (!wanted.has(id)) {
        button.remove();
        buttons.delete(id);
      }
    for (const place of far) {
      const pointer = placeEdgePointer(map.project(place.coordinates), width, height, inset);
      let button = buttons.get(place.id);
      if (!pointer) {
        if (button) button.hidden = true;
        continue;
      }
      if (!button) {
        button = doc.createElement('button');
        button.type = 'button';
        button.className = 'edge-pointer';
        button.dataset.placeId = place.id;
        buttons.set(place.id, button);
        layer.append(button);
      }
      button.hidden = false;
      const towardsLeft = pointer.side === 'left' || pointer.arrow === '↖' || pointer.arrow === '↙';
      button.textContent = towardsLeft ? `${pointer.arrow} ${place.name}` : `${place.name} ${pointer.arrow}`;
      button.setAttribute('aria-label', getMessages().edgePointerLabel(place.name, pointer.side));
      button.dataset.side = pointer.side;
      // Kept whole inside the map: the pointer's box hugs the edge it points past.
      const w = button.offsetWidth;
      const h = button.offsetHeight;
      const x = Math.max(
        inset.left,
        Math.min(
          pointer.x - (pointer.side === 'right' ? w : pointer.side === 'left' ? 0 : w / 2),
          width - inset.right - w,
        ),
      );
      const y = Math.max(
        inset.top,
        Math.min(
          pointer.y - (pointer.side === 'bottom' ? h : pointer.side === 'top' ? 0 : h / 2),
          height - inset.bottom - h,
        ),
      );
      // Names are placed only once the camera rests: sliding clear of them waits for that (the 'idle'
      // draw), so a moving map asks nothing of the renderer in each frame.
      const at = map.isMoving()
        ? { x, y }
        : slideClearOfNames(map, pointer.side, { x, y, w, h }, { width, height, inset });
      button.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
    }
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };
  const onClick = (event: MouseEvent) => {
    const id = (event.target as Element | null)?.closest<HTMLElement>('[data-place-id]')?.dataset.placeId;
    if (id) store.dispatch({ type: 'select', selection: { kind: 'place', id }, fly: true });
  };
  layer.addEventListener('click', onClick);
  map.on('move', schedule);
  map.on('resize', schedule);
  // At rest the names are placed: the pointers then make room for them.
  map.on('idle', schedule);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection === previous.selection && state.tour === previous.tour) return;
    far = getFarPlaces(index, state);
    schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    map.off('move', schedule);
    map.off('resize', schedule);
    map.off('idle', schedule);
    if (frame) cancelAnimationFrame(frame);
    layer.removeEventListener('click', onClick);
    layer.remove();
  };
}

/** How far a pointer may slide along its edge, in its own heights, to leave a story name clear. */
const MAX_SLIDE_STEPS = 8;

/**
 * Where a pointer of box `box` stands clear of the story places' drawn names and markers: at its
 * place if nothing is there, else the nearest free spot along its edge (up or down a side edge,
 * left or right along the top or foot), inside the map's inset. Where no spot is free it stays.
 */
function slideClearOfNames(
  map: MapLibreMap,
  side: EdgePointer['side'],
  box: { x: number; y: number; w: number; h: number },
  frame: { width: number; height: number; inset: CameraPadding },
): { x: number; y: number } {
  const layers = STORY_NAME_LAYERS.filter((id) => map.getLayer(id));
  if (layers.length === 0) return box;
  const isClear = (x: number, y: number) =>
    map.queryRenderedFeatures(
      [
        [x, y],
        [x + box.w, y + box.h],
      ],
      { layers },
    ).length === 0;
  if (isClear(box.x, box.y)) return box;
  const along = side === 'left' || side === 'right';
  const step = (along ? box.h : box.w / 2) + 4;
  const min = along ? frame.inset.top : frame.inset.left;
  const max = along ? frame.height - frame.inset.bottom - box.h : frame.width - frame.inset.right - box.w;
  const start = along ? box.y : box.x;
  for (let k = 1; k <= MAX_SLIDE_STEPS; k++)
    for (const offset of [k * step, -k * step]) {
      const at = start + offset;
      if (at < min || at > max) continue;
      const [x, y] = along ? [box.x, at] : [at, box.y];
      if (isClear(x, y)) return { x, y };
    }
  return box;
}
