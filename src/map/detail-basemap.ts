/**
 * Loads the precise region's borders only when the camera first comes near the zoom that draws them,
 * so the overview never fetches, parses or indexes 1:10m-level detail it cannot show.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE } from './ids.ts';
import { shouldLoadDetail } from './layers.ts';

/** Starts watching the zoom; `url` is the precise region file. Returns `dispose`. */
export function mountDetailBasemap(map: MapLibreMap, url: string): () => void {
  const load = () => {
    const source = map.getSource<GeoJSONSource>(SOURCE.basemapDetail);
    if (!source || !shouldLoadDetail(map.getZoom())) return;
    map.off('zoom', load);
    map.off('load', load);
    void source.setData(url);
  };
  map.on('zoom', load);
  map.on('load', load);
  return () => {
    map.off('zoom', load);
    map.off('load', load);
  };
}
