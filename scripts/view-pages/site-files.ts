/**
 * Every file the view pages add to the site, by site-relative path, each made on demand: the build
 * writes them all, the dev server makes the one asked for. Pages per language (`PAGE_LANGUAGES`), a
 * preview picture per view, the pages' script and styles, and `sitemap.xml` listing the atlas and
 * every page.
 */
import { JSDOM } from 'jsdom';
import type { CountryShapes } from '../../src/model/country-check.ts';
import type { AtlasIndex } from '../../src/model/indexes.ts';
import { listViewPages } from '../../src/model/view-pages.ts';
import { describeView } from './describe-view.ts';
import { preparePreviewBase } from './preview-svg.ts';
import { rasteriseSvg } from './rasterise.ts';
import {
  PAGE_LANGUAGES,
  PREVIEW_FILE,
  publicUrl,
  VIEW_PAGE_SCRIPT,
  VIEW_PAGE_SCRIPT_SOURCE,
  VIEW_PAGE_STYLES,
  VIEW_PAGE_STYLES_SOURCE,
  writeViewPage,
} from './write-page.ts';

export const SITEMAP_FILE = 'sitemap.xml';

/** A file's contents, made when asked for. */
export type FileMaker = () => string | Uint8Array;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The view pages' files for `index`; `siteUrl` as in `PageOptions`. */
export function listViewPageFiles(
  index: AtlasIndex,
  shapes: CountryShapes,
  siteUrl: string | null,
): Map<string, FileMaker> {
  const files = new Map<string, FileMaker>();
  let preview: ReturnType<typeof preparePreviewBase> | undefined;
  const drawPreview = (content: Parameters<ReturnType<typeof preparePreviewBase>['draw']>[0]) => {
    preview ??= preparePreviewBase(index.dataset, shapes);
    return rasteriseSvg(preview.draw(content));
  };
  const pages = listViewPages(index);
  // One jsdom window for every page: each page is a fresh document of it.
  let window: JSDOM['window'] | undefined;
  const locations: string[] = [];
  for (const language of PAGE_LANGUAGES) {
    const options = { language, siteUrl };
    locations.push(publicUrl(options, '', language.prefix || './'));
    for (const page of pages) {
      const here = `${language.prefix}${page.path}`;
      locations.push(publicUrl(options, '', here));
      files.set(`${here}index.html`, () => {
        window ??= new JSDOM('<!doctype html>').window;
        const doc = window.document.implementation.createHTMLDocument('');
        return writeViewPage(doc, describeView(index, page.ref), page, options);
      });
      // One picture per view: its text is the title, which later languages will translate too.
      files.set(`${here}${PREVIEW_FILE}`, () => drawPreview(describeView(index, page.ref)));
    }
  }
  files.set(VIEW_PAGE_SCRIPT, () => VIEW_PAGE_SCRIPT_SOURCE);
  files.set(VIEW_PAGE_STYLES, () => VIEW_PAGE_STYLES_SOURCE);
  files.set(SITEMAP_FILE, () =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...locations.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n'),
  );
  return files;
}
