import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readContentTexts } from '../../scripts/pages.ts';
import {
  buildGeneratedFiles,
  fillPagePlaceholders,
  getRegionImage,
  PANEL_PLACEHOLDER,
  READING_PLACEHOLDER,
  REGION_IMAGE,
  renderPanelOverviewHtml,
  renderReadingHtml,
} from '../../scripts/prerender.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import { DOWNLOAD_FILES, getDownloadFiles } from '../../src/model/export.ts';
import { parseCsv } from '../csv.ts';

const root = resolve(import.meta.dirname, '../..');
const result = validateProjectData(root);

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

  it('the panel opens prerendered on the overview, with a button for every place and programme', () => {
    if (!result.dataset) throw new Error('no dataset');
    const { window } = new JSDOM(renderPanelOverviewHtml(result.dataset));
    const body = window.document.querySelector('.panel-body');
    expect(body?.querySelector('h2')?.textContent).toBe('NATO and Uzbekistan, 1992–2016');
    const values = (action: string) =>
      [...(body?.querySelectorAll<HTMLElement>(`[data-action="${action}"]`) ?? [])].map(
        (b) => b.dataset.value,
      );
    for (const place of result.dataset.places) expect(values('select-place')).toContain(place.id);
    for (const programme of result.dataset.programmes)
      expect(values('select-programme')).toContain(programme.id);
    window.close();
  });

  it('fills both placeholders of the page', () => {
    if (!result.dataset) throw new Error('no dataset');
    const html = fillPagePlaceholders(
      `<aside>${PANEL_PLACEHOLDER}</aside>${READING_PLACEHOLDER}`,
      result.dataset,
    );
    expect(html).not.toContain(PANEL_PLACEHOLDER);
    expect(html).not.toContain(READING_PLACEHOLDER);
    expect(html).toContain('class="panel-body"');
    expect(html).toContain('id="event=joins-nacc"');
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

describe('the chronology’s map and the downloads in every language', () => {
  const texts = { ru: readContentTexts(root, 'ru'), uz: readContentTexts(root, 'uz') };

  it('the map of a translated page names the places in its language', () => {
    if (!result.dataset) throw new Error('no dataset');
    const files = buildGeneratedFiles(result.dataset, texts);
    const names = (path: string) => {
      const doc = new JSDOM(files[path] ?? '', { contentType: 'image/svg+xml' }).window.document;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent);
    };
    expect(names(getRegionImage('ru'))).toContain('Ташкент');
    expect(names(getRegionImage('ru'))).not.toContain('Tashkent');
    expect(names(getRegionImage('uz'))).toContain('Toshkent');
    expect(names(REGION_IMAGE)).toContain('Tashkent');
  });

  it('the downloads of a translated page carry its texts beside the English', () => {
    if (!result.dataset) throw new Error('no dataset');
    const files = buildGeneratedFiles(result.dataset, texts);
    const rows = parseCsv(files[getDownloadFiles('ru').eventsCsv] ?? '');
    const header = rows[0] ?? [];
    const tashkent = rows.find((r) => r[header.indexOf('place_names')] === 'Tashkent');
    expect(tashkent?.[header.indexOf('place_names_ru')]).toBe('Ташкент');
    const geo = JSON.parse(files[getDownloadFiles('uz').placesGeoJson] ?? '{}') as {
      features: { properties: { id: string; name: string; name_uz?: string } }[];
    };
    const place = geo.features.find((f) => f.properties.id === 'tashkent');
    expect(place?.properties).toMatchObject({ name: 'Tashkent', name_uz: 'Toshkent' });
  });
});
