/**
 * The page of each language, from one template (index.html after Vite's own processing): the
 * interface texts from that language's catalogue, `<html lang>`, the hreflang alternates, the language
 * switch, and the panel's overview and the reading document prerendered in that language from the
 * translated dataset. English is the root page; Uzbek and Russian live at uz/ and ru/, so the English
 * address every existing link uses stays as it was, and each translation has a short address of its own.
 */

import type { GlossaryTerm } from '../src/build/glossary.ts';
import type { Dataset } from '../src/build/load.ts';
import {
  type ContentTexts,
  extractContentTexts,
  listSourceTexts,
  localizeDataset,
} from '../src/build/translations.ts';
import { setContentTexts } from '../src/i18n/content.ts';
import {
  getLanguageRow,
  LANGUAGE_TABLE,
  type Language,
  type LanguageTable,
  listTranslatedLanguages,
} from '../src/i18n/languages.ts';
import { setMessages } from '../src/i18n/locale.ts';
import { en, type Messages } from '../src/i18n/messages-en.ts';
import { padText } from '../src/i18n/pseudo.ts';
import { BUNDLE_FILE } from '../src/model/bundle.ts';
import { getContentTextsFile } from '../src/model/localize-dataset.ts';
import { localizeGlossary, setGlossary } from '../src/ui/glossary-marks.ts';
import { MAP_PICTURE_PLACEHOLDER, renderMapPictureHtml } from './map-picture.ts';
import { fillPagePlaceholders } from './prerender.ts';
import { readTranslationFile } from './project-translations.ts';

/** Every language's catalogue, loaded once from the table's rows, by language id. */
export async function loadCatalogues(
  table: LanguageTable = LANGUAGE_TABLE,
): Promise<Readonly<Record<string, Messages>>> {
  return Object.fromEntries(await Promise.all(table.map(async (row) => [row.id, await row.loadCatalogue()])));
}

/** Every language's catalogue, for the build. */
export const CATALOGUES = (await loadCatalogues()) as Readonly<Record<Language, Messages>>;

/** Where the build writes each language's page. */
export function getPageFile(language: string, table: LanguageTable = LANGUAGE_TABLE): string {
  return `${getLanguageRow(language, table).path}index.html`;
}

/** One language's content texts read from its translation file (none for the data's own language). */
export function readContentTexts(
  root: string,
  language: string,
  table: LanguageTable = LANGUAGE_TABLE,
): ContentTexts {
  const row = getLanguageRow(language, table);
  if (row.translations === null) return {};
  const { file, problems } = readTranslationFile(root, language, table);
  if (!file) throw new Error(`${row.translations}: ${problems.map((p) => p.message).join('; ')}`);
  return extractContentTexts(file);
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** `{{key}}` in the template → the catalogue's text; an unknown or non-text key fails the build. */
export function fillMessages(html: string, messages: Messages): string {
  return html.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = (messages as unknown as Record<string, unknown>)[key];
    if (typeof value !== 'string')
      throw new Error(`index.html asks for "${key}", not a text of the catalogue`);
    return escapeHtml(value);
  });
}

/** The way from `language`'s page to the site root. */
function getRootPath(language: string, table: LanguageTable): string {
  return '../'.repeat(getLanguageRow(language, table).path.split('/').filter(Boolean).length) || './';
}

/** The address of `target`'s page as written on `from`'s page. */
export function getPageLink(from: string, target: string, table: LanguageTable = LANGUAGE_TABLE): string {
  return `${getRootPath(from, table)}${getLanguageRow(target, table).path}`;
}

/**
 * The page's canonical link and its hreflang alternates, absolute under the site's address; none
 * without it (crawlers reject relative ones: see scripts/site-url.ts).
 */
function renderAlternates(language: string, siteUrl: string | null, table: LanguageTable): string {
  if (!siteUrl) return '';
  const address = (id: string) => escapeHtml(new URL(getLanguageRow(id, table).path, siteUrl).href);
  const first = table[0]?.id ?? language;
  const links = [
    `<link rel="canonical" href="${address(language)}" />`,
    ...table.map((row) => `<link rel="alternate" hreflang="${row.tag}" href="${address(row.id)}" />`),
    `<link rel="alternate" hreflang="x-default" href="${address(first)}" />`,
  ];
  return links.join('\n    ');
}

function renderSwitch(language: string, table: LanguageTable): string {
  return table
    .map((row) => {
      const current = row.id === language ? ' aria-current="page"' : '';
      // A short code keeps the header to its width (the map keeps its room); the name says it in full.
      const name = escapeHtml(row.name);
      return `<a class="language-link" href="${getPageLink(language, row.id, table)}" hreflang="${row.tag}" lang="${row.tag}" data-language="${row.id}" title="${name}"${current}>${row.id.toUpperCase()}</a>`;
    })
    .join('');
}

/** A relative address in an attribute, one level deeper: `./assets/a.js` → `../assets/a.js`. */
function rebaseRelativeUrls(html: string): string {
  return html.replace(/\b(src|href)="(?![#/]|[a-z]+:)(?:\.\/)?([^"]*)"/g, '$1="../$2"');
}

/** Where the template takes the language switch and the hreflang alternates. */
export const SWITCH_PLACEHOLDER = '<!--language-switch-->';
export const ALTERNATES_PLACEHOLDER = '<!--language-alternates-->';

/**
 * A translated page fetches its content texts beside the bundle: where the build preloads the bundle,
 * it preloads the texts too, so neither waits for the script.
 */
function addTextsPreload(html: string, language: string): string {
  const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="" />`;
  const bundle = preload(BUNDLE_FILE);
  return html.includes(bundle)
    ? html.replace(bundle, `${bundle}\n    ${preload(getContentTextsFile(language))}`)
    : html;
}

/** What a language's page is made with besides its texts. */
export interface LanguagePageOptions {
  /** The catalogue; the language's own by default (the pseudo-locale passes its own). */
  messages?: Messages;
  /** The site's address (scripts/site-url.ts); without it the page names no canonical or alternates. */
  siteUrl?: string | null;
  /** The language table whose row names the page's folder, tag and neighbours. */
  table?: LanguageTable;
}

/**
 * `language`'s page from the template. Sets the catalogue and content texts while it renders and
 * leaves English set afterwards.
 */
export function buildLanguagePage(
  template: string,
  language: string,
  dataset: Dataset,
  texts: ContentTexts,
  glossary: readonly GlossaryTerm[],
  options: LanguagePageOptions = {},
): string {
  const { messages = CATALOGUES[language as Language], siteUrl = null, table = LANGUAGE_TABLE } = options;
  const row = getLanguageRow(language, table);
  return renderInLanguage(messages, texts, glossary, () => {
    const localized = localizeDataset(dataset, texts);
    if (!template.includes(MAP_PICTURE_PLACEHOLDER))
      throw new Error(`index.html lacks ${MAP_PICTURE_PLACEHOLDER}`);
    // The picture's links lead to the view pages of the page's own language.
    const picture = renderMapPictureHtml(localized, { alt: messages.regionAlt, languagePath: row.path });
    let html = fillPagePlaceholders(fillMessages(template, messages), localized)
      .replace(MAP_PICTURE_PLACEHOLDER, () => picture)
      .replace(/<html lang="[^"]*"/, `<html lang="${row.tag}" data-root="${getRootPath(language, table)}"`);
    if (row.path !== '') html = rebaseRelativeUrls(addTextsPreload(html, language));
    // The offline plugin links its manifest into the root page only, after this template was taken.
    if (row.path !== '' && !html.includes('rel="manifest"'))
      html = html.replace('</head>', '  <link rel="manifest" href="../manifest.webmanifest" />\n  </head>');
    if (!html.includes(SWITCH_PLACEHOLDER) || !html.includes(ALTERNATES_PLACEHOLDER))
      throw new Error(`index.html lacks ${SWITCH_PLACEHOLDER} or ${ALTERNATES_PLACEHOLDER}`);
    return html
      .replace(ALTERNATES_PLACEHOLDER, renderAlternates(language, siteUrl, table))
      .replace(SWITCH_PLACEHOLDER, renderSwitch(language, table));
  });
}

/**
 * The page of every translated language in `table` (the root page is the template's own), by the
 * file the build writes, each from its row: folder, tag, catalogue and translation file.
 */
export async function buildLanguagePages(
  root: string,
  template: string,
  dataset: Dataset,
  glossary: readonly GlossaryTerm[],
  table: LanguageTable = LANGUAGE_TABLE,
  siteUrl: string | null = null,
): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const row of listTranslatedLanguages(table)) {
    const messages = await row.loadCatalogue();
    const texts = readContentTexts(root, row.id, table);
    pages.set(
      getPageFile(row.id, table),
      buildLanguagePage(template, row.id, dataset, texts, glossary, { messages, siteUrl, table }),
    );
  }
  return pages;
}

/**
 * Runs `render` with a language's catalogue, content texts and glossary set, as everything the build
 * prerenders in that language needs (the formatting helpers read the current catalogue), and sets
 * English again afterwards.
 */
export function renderInLanguage<T>(
  messages: Messages,
  texts: ContentTexts,
  glossary: readonly GlossaryTerm[],
  render: () => T,
): T {
  setMessages(messages);
  setContentTexts(texts);
  setGlossary(localizeGlossary(glossary, texts));
  try {
    return render();
  } finally {
    setMessages(en);
    setContentTexts({});
    setGlossary([]);
  }
}

/** Every translatable English text padded as the pseudo-locale pads the catalogue. */
export function buildPseudoTexts(dataset: Dataset, glossary: readonly GlossaryTerm[]): ContentTexts {
  const texts: ContentTexts = {};
  for (const { collection, id, field, text } of listSourceTexts(dataset, glossary)) {
    const records = texts[collection] ?? {};
    texts[collection] = records;
    records[id] = { ...records[id], [field]: padText(text) };
  }
  return texts;
}
