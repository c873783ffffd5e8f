/**
 * Tells the store where the camera is after it moves, except while something else is driving it
 * frame by frame (the route journey): then every listener would run each frame. That driver reports
 * once when it comes to rest instead.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, Store } from '../state/store.ts';

/** The part of a MapLibre map the report reads (a fake in unit tests). */
export type CameraReportMap = Pick<
  MapLibreMap,
  'on' | 'off' | 'getCenter' | 'getZoom' | 'getBearing' | 'getPitch'
>;

function readCamera(map: CameraReportMap): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Reports each `moveend` unless `isDriven()`; `report()` sends the camera now. */
export function mountCameraReport(
  map: CameraReportMap,
  store: Store,
  isDriven: () => boolean,
): { report: () => void; dispose: () => void } {
  const report = () => store.dispatch({ type: 'camera-moved', camera: readCamera(map) });
  const onMoveEnd = () => {
    if (!isDriven()) report();
  };
  map.on('moveend', onMoveEnd);
  return { report, dispose: () => map.off('moveend', onMoveEnd) };
}
