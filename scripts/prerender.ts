/**
 * Renders the reading document (intro, chronology, places, programmes, downloads) and the data
 * downloads from a validated dataset, at build time, with the same builders the page uses.
 */
import { JSDOM } from 'jsdom';
import { getMessages } from '../src/i18n/locale.ts';
import { buildEventsCsv, buildPlacesGeoJson, DOWNLOAD_FILES } from '../src/model/export.ts';
import { buildIndex } from '../src/model/indexes.ts';
import type { Dataset } from '../src/model/load.ts';
import { measureRoute } from '../src/model/route.ts';
import { createInitialState } from '../src/state/atlas-state.ts';
import { getGlossary, markGlossaryTerms } from '../src/ui/glossary-marks.ts';
import { renderReadingDocument } from '../src/ui/reading-document.ts';
import { overviewView } from '../src/ui/views/overview.ts';
import { createViewContext } from '../src/ui/views/view.ts';
import { readCountryShapes } from './project-data.ts';
import { renderRegionSvg } from './region-outline.ts';

/** Site-relative path of the region's outline image. */
export const REGION_IMAGE = 'region.svg';

/** Where the build puts the panel's first view in index.html. */
export const PANEL_PLACEHOLDER = '<!--panel-overview-->';

/** Where the build puts the reading document in index.html. */
export const READING_PLACEHOLDER = '<!--reading-document-->';

function renderRegion(dataset: Dataset) {
  return renderRegionSvg(dataset, readCountryShapes('110m').shapes);
}

/** The reading document as HTML, for the page. Text goes in as text nodes only. */
export function renderReadingHtml(dataset: Dataset): string {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>');
  const { width, height } = renderRegion(dataset);
  const m = getMessages();
  try {
    return renderReadingDocument(window.document, buildIndex(dataset), {
      intro: m.readingIntro,
      glossary: getGlossary(),
      regionImage: { src: REGION_IMAGE, width, height, alt: m.regionAlt },
    }).outerHTML;
  } finally {
    window.close();
  }
}

/**
 * The panel's overview as the page opens on it (no link, the last year), built by the same view module
 * the script uses, so the script takes over this very element and redraws the same content in it.
 */
export function renderPanelOverviewHtml(dataset: Dataset): string {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>');
  try {
    const doc = window.document;
    const index = buildIndex(dataset);
    const ctx = createViewContext(doc, index, measureRoute(dataset), createInitialState(index));
    const body = doc.createElement('div');
    body.className = 'panel-body';
    body.append(...overviewView.render(ctx).nodes);
    markGlossaryTerms(body);
    return body.outerHTML;
  } finally {
    window.close();
  }
}

/** Writes the prerendered panel overview and reading document into the page's HTML. */
export function fillPagePlaceholders(html: string, dataset: Dataset): string {
  return html
    .replace(PANEL_PLACEHOLDER, renderPanelOverviewHtml(dataset))
    .replace(READING_PLACEHOLDER, renderReadingHtml(dataset));
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
