/**
 * The naive baseline: the floor plus what a first attempt at the atlas would do for its basemap —
 * import world-atlas's whole 1:50m TopoJSON into the bundle and convert it in the page.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { runBaseline } from './baseline.ts';

runBaseline(() => {
  const topology = countries50m as unknown as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection;
  return {
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1e8' } },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#9a9486', 'line-width': 0.6 },
      },
    ],
  };
});
