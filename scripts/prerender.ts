/**
 * Renders the reading document (intro, chronology, places, programmes, downloads) and the data
 * downloads from a validated dataset, at build time, with the same builders the page uses.
 */
import { JSDOM } from 'jsdom';
import type { Dataset } from '../src/build/load.ts';
import { measureRoute } from '../src/build/route.ts';
import { getLanguageOfTag, getMessages, type Language } from '../src/i18n/locale.ts';
import { buildEventsCsv, buildPlacesGeoJson, getDownloadFiles } from '../src/model/export.ts';
import { buildIndex } from '../src/model/indexes.ts';
import type { ContentTexts } from '../src/model/localize-dataset.ts';
import { localizeDataset } from '../src/model/localize-dataset.ts';
import { createInitialState } from '../src/state/atlas-state.ts';
import { getGlossary, markGlossaryTerms } from '../src/ui/glossary-marks.ts';
import { renderReadingDocument } from '../src/ui/reading-document.ts';
import { overviewView } from '../src/ui/views/overview.ts';
import { createViewContext } from '../src/ui/views/view.ts';
import { readCountryShapes } from './project-data.ts';
import { renderRegionSvg } from './region-outline.ts';

/** Site-relative path of the region's outline image (the English one; see `getRegionImage`). */
export const REGION_IMAGE = 'region.svg';

/** The outline image whose place names are in `language`: `region.svg`, `region-ru.svg`, … */
export function getRegionImage(language: string): string {
  return language === 'en' ? REGION_IMAGE : REGION_IMAGE.replace(/\.svg$/, `-${language}.svg`);
}

/** Where the build puts the panel's first view in index.html. */
export const PANEL_PLACEHOLDER = '<!--panel-overview-->';

/** Where the build puts the reading document in index.html. */
export const READING_PLACEHOLDER = '<!--reading-document-->';

function renderRegion(dataset: Dataset) {
  return renderRegionSvg(dataset, readCountryShapes('110m').shapes);
}

/**
 * The reading document as HTML, for the page, in the current catalogue's language (`dataset` already
 * in it): its map is that language's outline image. Text goes in as text nodes only.
 */
export function renderReadingHtml(dataset: Dataset): string {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>');
  const { width, height } = renderRegion(dataset);
  const m = getMessages();
  try {
    return renderReadingDocument(window.document, buildIndex(dataset), {
      intro: m.readingIntro,
      glossary: getGlossary(),
      regionImage: { src: getRegionImage(getLanguageOfTag(m.lang)), width, height, alt: m.regionAlt },
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

/**
 * The download files and the region's outline, by site-relative path: the English ones, and for each
 * language of `texts` an outline naming the places in it and downloads carrying its texts beside the
 * English.
 */
export function buildGeneratedFiles(
  dataset: Dataset,
  texts: Partial<Record<Exclude<Language, 'en'>, ContentTexts>> = {},
): Record<string, string> {
  const index = buildIndex(dataset);
  const english = getDownloadFiles('en');
  const files: Record<string, string> = {
    [REGION_IMAGE]: renderRegion(dataset).svg,
    [english.eventsCsv]: buildEventsCsv(index),
    [english.placesGeoJson]: buildPlacesGeoJson(index),
  };
  for (const [language, languageTexts] of Object.entries(texts) as [
    Exclude<Language, 'en'>,
    ContentTexts,
  ][]) {
    const localized = localizeDataset(dataset, languageTexts);
    const translation = { language, index: buildIndex(localized) };
    const downloads = getDownloadFiles(language);
    files[getRegionImage(language)] = renderRegion(localized).svg;
    files[downloads.eventsCsv] = buildEventsCsv(index, translation);
    files[downloads.placesGeoJson] = buildPlacesGeoJson(index, translation);
  }
  return files;
}
