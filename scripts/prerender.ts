/**
 * Renders the reading document (intro, chronology, places, programmes, downloads) and the data
 * downloads from a validated dataset, at build time, with the same builders the page uses.
 */
import { JSDOM } from 'jsdom';
import { buildEventsCsv, buildPlacesGeoJson, DOWNLOAD_FILES } from '../src/model/export.ts';
import { buildIndex } from '../src/model/indexes.ts';
import type { Dataset } from '../src/model/load.ts';
import { renderReadingDocument } from '../src/ui/reading-document.ts';

/** Where the build puts the reading document in index.html. */
export const READING_PLACEHOLDER = '<!--reading-document-->';

const INTRO =
  'Partnership Atlas maps relations between NATO and Uzbekistan from 1992 to 2016: where things happened, ' +
  'when, within which programmes, and the rail and road route that carried supplies into Afghanistan. ' +
  'Below is every event by date, with its places, its programmes, how its date is known and its sources.';

/** The reading document as HTML, for the page. Text goes in as text nodes only. */
export function renderReadingHtml(dataset: Dataset): string {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>');
  try {
    return renderReadingDocument(window.document, buildIndex(dataset), { intro: INTRO }).outerHTML;
  } finally {
    window.close();
  }
}

/** The download files, by site-relative path. */
export function buildDownloads(dataset: Dataset): Record<string, string> {
  const index = buildIndex(dataset);
  return {
    [DOWNLOAD_FILES.eventsCsv]: buildEventsCsv(index),
    [DOWNLOAD_FILES.placesGeoJson]: buildPlacesGeoJson(index),
  };
}
