/**
 * Every file the view pages add to the site, by site-relative path, each made on demand: the build
 * writes them all, the dev server makes the one asked for. Pages and preview pictures in every
 * language the atlas has (`PAGE_LANGUAGES`, each under its atlas page's folder), the pages' script and
 * styles, and `sitemap.xml` listing the atlas in each language and every page.
 */
import { JSDOM } from 'jsdom';
import type { CountryShapes } from '../../src/build/country-check.ts';
import type { Language } from '../../src/i18n/locale.ts';
import { type AtlasIndex, buildIndex } from '../../src/model/indexes.ts';
import { type ContentTexts, localizeDataset } from '../../src/model/localize-dataset.ts';
import { listViewPages } from '../../src/model/view-pages.ts';
import { renderInLanguage } from '../pages.ts';
import { describeView } from './describe-view.ts';
import { type PreviewBase, type PreviewContent, preparePreviewBase } from './preview-svg.ts';
import { rasteriseSvg } from './rasterise.ts';
import {
  PAGE_LANGUAGES,
  type PageLanguage,
  PREVIEW_FILE,
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

/**
 * The view pages' files for `index` (the English dataset) in every language, each language's from
 * its translated texts (`readTexts`, as the atlas page of that language has them); `siteUrl` as in
 * `PageOptions`.
 */
export function listViewPageFiles(
  index: AtlasIndex,
  shapes: CountryShapes,
  siteUrl: string | null,
  readTexts: (language: Language) => ContentTexts,
): Map<string, FileMaker> {
  const files = new Map<string, FileMaker>();
  // The outline is the same in every language: prepared once, on the first picture asked for.
  let preview: PreviewBase | undefined;
  const drawPreview = (content: PreviewContent) => {
    preview ??= preparePreviewBase(index.dataset, shapes);
    return rasteriseSvg(preview.draw(content));
  };
  const localized = new Map<Language, { index: AtlasIndex; texts: ContentTexts }>();
  /** Runs `make` with the language's catalogue set and its translated index. */
  const inLanguage = <T>(language: PageLanguage, make: (index: AtlasIndex) => T): T => {
    let known = localized.get(language.language);
    if (!known) {
      const texts = language.language === 'en' ? {} : readTexts(language.language);
      known = {
        texts,
        index: language.language === 'en' ? index : buildIndex(localizeDataset(index.dataset, texts)),
      };
      localized.set(language.language, known);
    }
    const { texts, index: translated } = known;
    return renderInLanguage(language.messages, texts, [], () => make(translated));
  };
  const pages = listViewPages(index);
  // One jsdom window for every page: each page is a fresh document of it.
  let window: JSDOM['window'] | undefined;
  const locations: string[] = [];
  for (const language of PAGE_LANGUAGES) {
    const options = { language, siteUrl };
    const m = language.messages;
    locations.push(language.prefix);
    for (const page of pages) {
      const here = `${language.prefix}${page.path}`;
      locations.push(here);
      files.set(`${here}index.html`, () =>
        inLanguage(language, (translated) => {
          window ??= new JSDOM('<!doctype html>').window;
          const doc = window.document.implementation.createHTMLDocument('');
          return writeViewPage(doc, describeView(translated, page.ref), page, options);
        }),
      );
      // One picture per view and language: the title, the kind of view and the places' names are its.
      files.set(`${here}${PREVIEW_FILE}`, () =>
        inLanguage(language, (translated) => {
          const view = describeView(translated, page.ref);
          return drawPreview({
            ...view,
            labels: {
              placeName: (id) => translated.placeById.get(id)?.name ?? id,
              brand: m.brand,
              tagline: m.tagline,
              also: m.pageAlso,
            },
          });
        }),
      );
    }
  }
  files.set(VIEW_PAGE_SCRIPT, () => VIEW_PAGE_SCRIPT_SOURCE);
  files.set(VIEW_PAGE_STYLES, () => VIEW_PAGE_STYLES_SOURCE);
  // A sitemap's addresses must be absolute: without the site's address there is none.
  if (!siteUrl) return files;
  files.set(SITEMAP_FILE, () =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...locations.map((loc) => `  <url><loc>${escapeXml(new URL(loc, siteUrl).href)}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n'),
  );
  return files;
}
