import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  getPictureFrame,
  MAP_PICTURE_FILE,
  projectMercator,
  renderMapPictureHtml,
  renderMapPictureSvg,
} from '../../scripts/map-picture.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import type { Dataset } from '../../src/model/dataset.ts';

const result = validateProjectData(resolve(import.meta.dirname, '../..'));

function getDataset(): Dataset {
  if (!result.dataset) throw new Error('no dataset');
  return result.dataset;
}

/** A small basemap: a lake in the region, a border through it, and a far-away lake. */
const BASEMAP: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'water', detail: 1 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [60, 40],
            [61, 40],
            [61, 41],
            [60, 40],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { layer: 'border', detail: 1 },
      geometry: {
        type: 'LineString',
        coordinates: [
          [66, 36],
          [70, 38],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { layer: 'water', detail: 0 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-80, 10],
            [-79, 10],
            [-79, 11],
            [-80, 10],
          ],
        ],
      },
    },
  ],
};

describe('the picture of the map at first paint', () => {
  it('projects as MapLibre does: Web Mercator, 512 pixels a tile, in pixels at zoom 6', () => {
    const world = 512 * 2 ** 6;
    expect(projectMercator([0, 0])).toEqual([world / 2, world / 2]);
    expect(projectMercator([-180, 0])[0]).toBe(0);
    const [, y] = projectMercator([0, 85.0511287798]);
    expect(y).toBeCloseTo(0, 3);
  });

  it('frames the region the page opens on (every story place in it), with land all round', () => {
    const dataset = getDataset();
    const frame = getPictureFrame(dataset);
    const tashkent = projectMercator([69.2797, 41.3111]);
    const kabul = projectMercator([69.1783, 34.5253]);
    expect(kabul[1] - tashkent[1]).toBeLessThanOrEqual(frame.regionHeight + 1e-6);
    // The drawing reaches beyond the region on every side by more than the region itself.
    expect(frame.centreX).toBeGreaterThan(frame.regionWidth * 2);
    expect(frame.width - frame.centreX).toBeGreaterThan(frame.regionWidth * 2);
    expect(frame.centreY).toBeGreaterThan(frame.regionHeight * 2);
    expect(frame.maxScale).toBe(1);
  });

  it('draws the basemap near the region, the rivers and the route, and no text', () => {
    const svg = renderMapPictureSvg(BASEMAP, getDataset());
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`,
    );
    const classes = [...doc.querySelectorAll('path')].map((p) => p.getAttribute('class'));
    expect(classes).toEqual(['water', 'border', 'river', 'casing', 'route']);
    // The far lake (in the Americas) is left out: one closed ring, the region's.
    expect(doc.querySelector('.water')?.getAttribute('d')?.match(/z/g)).toHaveLength(1);
    expect(doc.querySelector('text')).toBeNull();
  });

  it('lays every story place in the region over the picture as a link to its page, in the page’s language', () => {
    const dataset = getDataset();
    const doc = new JSDOM(renderMapPictureHtml(dataset, { alt: 'A map', languagePath: 'uz/' })).window
      .document;
    const image = doc.querySelector('img');
    expect(image?.getAttribute('src')).toBe(MAP_PICTURE_FILE);
    expect(image?.getAttribute('alt')).toBe('A map');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a.map-picture-place')];
    const ids = links.map((a) => a.dataset.place);
    expect(ids).toEqual(
      expect.arrayContaining(['tashkent', 'termez', 'hairaton-bridge', 'samarkand', 'ferghana', 'kabul']),
    );
    // Brussels and Chicago are far from the picture; countries are not dots.
    expect(ids).not.toContain('brussels');
    expect(ids).not.toContain('uzbekistan');
    expect(doc.querySelector('[data-place="termez"]')?.getAttribute('href')).toBe('uz/place/termez/');
    for (const link of links)
      expect(link.textContent).toBe(dataset.places.find((p) => p.id === link.dataset.place)?.name);
    // The five seed places are named on the picture, not only for screen readers.
    for (const id of ['tashkent', 'termez', 'hairaton-bridge', 'samarkand', 'ferghana'])
      expect(doc.querySelector(`[data-place="${id}"] .map-picture-name`)).not.toBeNull();
  });

  it('writes names from the data as text, whatever they hold', () => {
    const dataset = getDataset();
    const hostile = '<img src=x onerror=alert(1)> & "Termez"';
    const places = dataset.places.map((p) => (p.id === 'termez' ? { ...p, name: hostile } : p));
    const html = renderMapPictureHtml({ ...dataset, places }, { alt: '"quoted" <alt>', languagePath: '' });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('[data-place="termez"]')?.textContent).toBe(hostile);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('"quoted" <alt>');
  });
});
