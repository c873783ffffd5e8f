/**
 * The page of each language, from one template (index.html after Vite's own processing): the
 * interface texts from that language's catalogue, `<html lang>`, the hreflang alternates, the language
 * switch, and the panel's overview and the reading document prerendered in that language from the
 * translated dataset. English is the root page; Uzbek and Russian live at uz/ and ru/, so the English
 * address every existing link uses stays as it was, and each translation has a short address of its own.
 */
import { setContentTexts } from '../src/i18n/content.ts';
import {
  LANGUAGE_NAMES,
  LANGUAGE_PATHS,
  LANGUAGE_TAGS,
  LANGUAGES,
  type Language,
  setMessages,
} from '../src/i18n/locale.ts';
import { en, type Messages } from '../src/i18n/messages-en.ts';
import { ru } from '../src/i18n/messages-ru.ts';
import { uz } from '../src/i18n/messages-uz.ts';
import { padText } from '../src/i18n/pseudo.ts';
import { BUNDLE_FILE } from '../src/model/bundle.ts';
import type { GlossaryTerm } from '../src/model/glossary.ts';
import type { Dataset } from '../src/model/load.ts';
import { getContentTextsFile } from '../src/model/localize-dataset.ts';
import {
  type ContentTexts,
  extractContentTexts,
  listSourceTexts,
  localizeDataset,
} from '../src/model/translations.ts';
import { localizeGlossary, setGlossary } from '../src/ui/glossary-marks.ts';
import { MAP_PICTURE_PLACEHOLDER, renderMapPictureHtml } from './map-picture.ts';
import { fillPagePlaceholders } from './prerender.ts';
import { readTranslationFile } from './project-translations.ts';

/** Every language's catalogue, for the build. */
export const CATALOGUES: Record<Language, Messages> = { en, uz, ru };

/** Where the build writes each language's page. */
export function getPageFile(language: Language): string {
  return `${LANGUAGE_PATHS[language]}index.html`;
}

/** One language's content texts read from its translation file (none for English). */
export function readContentTexts(root: string, language: Language): ContentTexts {
  if (language === 'en') return {};
  const { file, problems } = readTranslationFile(root, language);
  if (!file) throw new Error(`data/i18n/${language}.json: ${problems.map((p) => p.message).join('; ')}`);
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
function getRootPath(language: Language): string {
  return language === 'en' ? './' : '../';
}

/** The address of `target`'s page as written on `from`'s page. */
export function getPageLink(from: Language, target: Language): string {
  return `${getRootPath(from)}${LANGUAGE_PATHS[target]}`;
}

function renderAlternates(language: Language): string {
  const links = LANGUAGES.map(
    (l) => `<link rel="alternate" hreflang="${LANGUAGE_TAGS[l]}" href="${getPageLink(language, l)}" />`,
  );
  links.push(`<link rel="alternate" hreflang="x-default" href="${getPageLink(language, 'en')}" />`);
  return links.join('\n    ');
}

function renderSwitch(language: Language): string {
  return LANGUAGES.map((l) => {
    const current = l === language ? ' aria-current="page"' : '';
    // A short code keeps the header to its width (the map keeps its room); the name says it in full.
    const name = escapeHtml(LANGUAGE_NAMES[l]);
    return `<a class="language-link" href="${getPageLink(language, l)}" hreflang="${LANGUAGE_TAGS[l]}" lang="${LANGUAGE_TAGS[l]}" data-language="${l}" title="${name}"${current}>${l.toUpperCase()}</a>`;
  }).join('');
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
function addTextsPreload(html: string, language: Language): string {
  const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="" />`;
  const bundle = preload(BUNDLE_FILE);
  return html.includes(bundle)
    ? html.replace(bundle, `${bundle}\n    ${preload(getContentTextsFile(language))}`)
    : html;
}

/**
 * `language`'s page from the template. Sets the catalogue and content texts while it renders and
 * leaves English set afterwards.
 */
export function buildLanguagePage(
  template: string,
  language: Language,
  dataset: Dataset,
  texts: ContentTexts,
  glossary: readonly GlossaryTerm[],
  messages: Messages = CATALOGUES[language],
): string {
  return renderInLanguage(messages, texts, glossary, () => {
    const localized = localizeDataset(dataset, texts);
    if (!template.includes(MAP_PICTURE_PLACEHOLDER))
      throw new Error(`index.html lacks ${MAP_PICTURE_PLACEHOLDER}`);
    // The picture's links lead to the view pages of the page's own language.
    const picture = renderMapPictureHtml(localized, {
      alt: messages.regionAlt,
      languagePath: LANGUAGE_PATHS[language],
    });
    let html = fillPagePlaceholders(fillMessages(template, messages), localized)
      .replace(MAP_PICTURE_PLACEHOLDER, () => picture)
      .replace(
        /<html lang="[^"]*"/,
        `<html lang="${LANGUAGE_TAGS[language]}" data-root="${getRootPath(language)}"`,
      );
    if (language !== 'en') html = rebaseRelativeUrls(addTextsPreload(html, language));
    // The offline plugin links its manifest into the root page only, after this template was taken.
    if (language !== 'en' && !html.includes('rel="manifest"'))
      html = html.replace('</head>', '  <link rel="manifest" href="../manifest.webmanifest" />\n  </head>');
    if (!html.includes(SWITCH_PLACEHOLDER) || !html.includes(ALTERNATES_PLACEHOLDER))
      throw new Error(`index.html lacks ${SWITCH_PLACEHOLDER} or ${ALTERNATES_PLACEHOLDER}`);
    return html
      .replace(ALTERNATES_PLACEHOLDER, renderAlternates(language))
      .replace(SWITCH_PLACEHOLDER, renderSwitch(language));
  });
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
