import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildGeneratedFiles, REGION_IMAGE, renderReadingHtml } from '../../scripts/prerender.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import { DOWNLOAD_FILES } from '../../src/model/export.ts';
import { parseCsv } from '../csv.ts';

const result = validateProjectData(resolve(import.meta.dirname, '../..'));

describe('the build’s reading document and downloads, from the project data', () => {
  it('the data is valid', () => {
    expect(result.ok).toBe(true);
  });

  it('the page holds every event, place and programme with its anchor', () => {
    if (!result.dataset) throw new Error('no dataset');
    const html = renderReadingHtml(result.dataset);
    for (const event of result.dataset.events) expect(html).toContain(`id="event=${event.id}"`);
    for (const place of result.dataset.places) expect(html).toContain(`id="place=${place.id}"`);
    for (const programme of result.dataset.programmes)
      expect(html).toContain(`id="programme=${programme.id}"`);
    expect(html).not.toMatch(/<script/i);
  });

  it('the downloads hold every event and place', () => {
    if (!result.dataset) throw new Error('no dataset');
    const files = buildGeneratedFiles(result.dataset);
    const rows = parseCsv(files[DOWNLOAD_FILES.eventsCsv] ?? '');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(result.dataset.events.map((e) => e.id).sort());
    const geo = JSON.parse(files[DOWNLOAD_FILES.placesGeoJson] ?? '{}') as {
      features: { properties: { id: string } }[];
    };
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual(
      result.dataset.places.map((p) => p.id).sort(),
    );
  });
});

describe('the region outline', () => {
  it('is SVG with the transit route and a dot for each place of the region, and the page shows it', () => {
    if (!result.dataset) throw new Error('no dataset');
    const svg = buildGeneratedFiles(result.dataset)[REGION_IMAGE] ?? '';
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelectorAll('path.route')).toHaveLength(result.dataset.routeLegs.length);
    expect(doc.querySelectorAll('path.focus').length).toBeGreaterThanOrEqual(2);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Tashkent');
    expect(texts).toContain('Kabul');
    expect(renderReadingHtml(result.dataset)).toContain(`src="${REGION_IMAGE}"`);
  });
});
