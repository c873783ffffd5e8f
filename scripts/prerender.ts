/**
 * Renders the reading document (intro, chronology, places, programmes, downloads) and the data
 * downloads from a validated dataset, at build time, with the same builders the page uses.
 */
import { JSDOM } from 'jsdom';
import { buildEventsCsv, buildPlacesGeoJson, DOWNLOAD_FILES } from '../src/model/export.ts';
import { buildIndex } from '../src/model/indexes.ts';
import type { Dataset } from '../src/model/load.ts';
import { renderReadingDocument } from '../src/ui/reading-document.ts';
import { readCountryShapes } from './project-data.ts';
import { renderRegionSvg } from './region-outline.ts';

/** Site-relative path of the region's outline image. */
export const REGION_IMAGE = 'region.svg';

/** Where the build puts the reading document in index.html. */
export const READING_PLACEHOLDER = '<!--reading-document-->';

const INTRO =
  'Partnership Atlas maps relations between NATO and Uzbekistan from 1992 to 2016: where things happened, ' +
  'when, within which programmes, and the rail and road route that carried supplies into Afghanistan. ' +
  'Below is every event by date, with its places, its programmes, how its date is known and its sources.';

function renderRegion(dataset: Dataset) {
  return renderRegionSvg(dataset, readCountryShapes('110m').shapes);
}

/** The reading document as HTML, for the page. Text goes in as text nodes only. */
export function renderReadingHtml(dataset: Dataset): string {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>');
  const { width, height } = renderRegion(dataset);
  try {
    return renderReadingDocument(window.document, buildIndex(dataset), {
      intro: INTRO,
      regionImage: {
        src: REGION_IMAGE,
        width,
        height,
        alt: 'Outline map of Central Asia and Afghanistan: Uzbekistan and Afghanistan shaded, the transit route from Tashkent to Kabul in orange, and the places of the atlas as dots.',
      },
    }).outerHTML;
  } finally {
    window.close();
  }
}

/** The download files and the region's outline, by site-relative path. */
export function buildGeneratedFiles(dataset: Dataset): Record<string, string> {
  const index = buildIndex(dataset);
  return {
    [REGION_IMAGE]: renderRegion(dataset).svg,
    [DOWNLOAD_FILES.eventsCsv]: buildEventsCsv(index),
    [DOWNLOAD_FILES.placesGeoJson]: buildPlacesGeoJson(index),
  };
}
