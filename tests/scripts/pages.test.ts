/**
 * The page of each language as the build writes it: lang, hreflang, the place names in the language,
 * no English control label left, and the chronology in the page itself (readable with no script).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildLanguagePage, readContentTexts } from '../../scripts/pages.ts';
import { getRegionImage } from '../../scripts/prerender.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import { readGlossary } from '../../scripts/project-translations.ts';
import { LANGUAGES, type Language } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { getDownloadFiles } from '../../src/model/export.ts';

const root = resolve(import.meta.dirname, '../..');
const project = validateProjectData(root);
if (!project.dataset) throw new Error('the project data is not valid');
const dataset = project.dataset;
const template = readFileSync(resolve(root, 'index.html'), 'utf8');

const SITE = 'https://example.org/atlas/';

function renderPage(language: Language, siteUrl: string | null = SITE): Document {
  const html = buildLanguagePage(
    template,
    language,
    dataset,
    readContentTexts(root, language),
    readGlossary(root).terms ?? [],
    { siteUrl },
  );
  return new JSDOM(html).window.document;
}

/** Every English text of the catalogue that is a word or more (not a symbol, name or acronym). */
function listEnglishLabels(): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && /\p{Ll}{3,}/u.test(value)) out.add(value.trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object' && typeof value !== 'function')
      Object.values(value).forEach(add);
  };
  for (const [key, value] of Object.entries(en))
    if (!['lang', 'intl', 'natoSourceUrl', 'languageName'].includes(key)) add(value);
  return out;
}

const EXPECTED = {
  en: { lang: 'en', tashkent: 'Tashkent', chronology: 'Chronology' },
  uz: { lang: 'uz-Latn', tashkent: 'Toshkent', chronology: 'Xronologiya' },
  ru: { lang: 'ru', tashkent: 'Ташкент', chronology: 'Хронология' },
} as const;

describe.each(LANGUAGES)('the %s page', (language) => {
  const doc = renderPage(language);
  const expected = EXPECTED[language];

  it('declares its language and links every language plus x-default', () => {
    expect(doc.documentElement.lang).toBe(expected.lang);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) =>
      l.getAttribute('hreflang'),
    );
    expect(alternates.sort()).toEqual(['en', 'ru', 'uz-Latn', 'x-default']);
    // Absolute, as crawlers require: each language's page under the site's address.
    const hrefs = Object.fromEntries(
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    );
    expect(hrefs).toEqual({ en: SITE, 'uz-Latn': `${SITE}uz/`, ru: `${SITE}ru/`, 'x-default': SITE });
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}${{ en: '', uz: 'uz/', ru: 'ru/' }[language]}`,
    );
    const current = doc.querySelector('#language-switch a[aria-current="page"]');
    expect(current?.getAttribute('hreflang')).toBe(expected.lang);
  });

  it('without the site’s address names no alternate or canonical address, and keeps the language switch', () => {
    const bare = renderPage(language, null);
    expect(bare.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
    expect(bare.querySelector('link[rel="canonical"]')).toBeNull();
    expect(bare.documentElement.innerHTML).not.toContain('<!--language-alternates-->');
    expect(bare.querySelectorAll('#language-switch a[hreflang]')).toHaveLength(3);
  });

  it('names the places in its language, in the panel and the chronology', () => {
    const panelNames = [...doc.querySelectorAll('.place-list [data-action="select-place"]')].map(
      (b) => b.textContent,
    );
    expect(panelNames).toContain(expected.tashkent);
    expect(doc.querySelector('#place\\=tashkent h3')?.textContent).toContain(expected.tashkent);
  });

  it('offers the chronology’s map and the downloads of its own language', () => {
    const up = language === 'en' ? '' : '../';
    const image = doc.querySelector('.reading-figure img')?.getAttribute('src');
    expect(image).toBe(`${up}${getRegionImage(language)}`);
    const links = [...doc.querySelectorAll('.download-list a')].map((a) => a.getAttribute('href'));
    const files = getDownloadFiles(language);
    expect(links).toEqual([`${up}${files.eventsCsv}`, `${up}${files.placesGeoJson}`]);
  });

  it('has a glossary of every term, and explains each term where the document first uses it', () => {
    const terms = readGlossary(root).terms ?? [];
    const entries = doc.querySelectorAll('#glossary dt abbr[title]');
    expect(entries.length).toBe(terms.length);
    const marked = [...doc.querySelectorAll('#reading abbr[title]')].filter((a) => !a.closest('#glossary'));
    // Every term but the rarest is met in the chronology, places or programmes and explained there.
    expect(marked.length).toBeGreaterThanOrEqual(terms.length - 2);
    for (const abbr of marked) expect(abbr.getAttribute('title')?.length).toBeGreaterThan(3);
  });

  it('holds its whole chronology as text in the page', () => {
    expect(doc.querySelector('#chronology-title')?.textContent).toBe(expected.chronology);
    const entries = doc.querySelectorAll('#chronology .chron-event');
    expect(entries.length).toBe(dataset.events.length);
    expect(doc.querySelectorAll('script:not([src])').length).toBe(0);
  });
});

describe.each(['uz', 'ru'] as const)('the translated %s page', (language) => {
  const doc = renderPage(language);

  it('leaves no English control label (sources keep their published titles), and says it is a translation', () => {
    const english = listEnglishLabels();
    const texts: string[] = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest('.sources, .reading-sources'))
        texts.push(node.textContent?.trim() ?? '');
    for (const el of doc.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        texts.push(el.getAttribute(name) ?? '');
    texts.push(doc.title);
    expect(texts.filter((t) => english.has(t))).toEqual([]);
    expect(doc.querySelector('.panel-body .translation-note')?.textContent).toMatch(/NATO|НАТО/);
    expect(doc.querySelector('#reading .translation-note')?.textContent).toMatch(/NATO|НАТО/);
  });
});
