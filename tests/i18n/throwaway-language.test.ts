/**
 * A language is one row: a throwaway German row (with a catalogue and a translation file from
 * tests/fixtures/i18n/) added to the language table, and nothing else, gets its page, its place in
 * every page's language switch and hreflang links, its content texts file, its catalogue and texts on
 * the page, and its translation checks, through the same functions the build (`vite.config.ts`) and
 * the page (`src/main.ts`) call. Without the row, none of it is there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { buildLanguagePages } from '../../scripts/pages.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import {
  checkProjectTranslations,
  listContentTextsFiles,
  readGlossary,
} from '../../scripts/project-translations.ts';
import { loadLanguagePack } from '../../src/i18n/language-pack.ts';
import { LANGUAGE_TABLE, type LanguageRow, type LanguageTable } from '../../src/i18n/languages.ts';
import { getLanguageOfTag } from '../../src/i18n/locale.ts';
import { localizeBundle } from '../../src/model/localize-dataset.ts';
import { de } from '../fixtures/i18n/messages-de.ts';

const root = resolve(import.meta.dirname, '../..');
const project = validateProjectData(root);
if (!project.dataset) throw new Error('the project data is not valid');
const dataset = project.dataset;
const glossary = readGlossary(root).terms ?? [];
const template = readFileSync(resolve(root, 'index.html'), 'utf8');

const GERMAN: LanguageRow = {
  id: 'de',
  tag: 'de',
  name: 'Deutsch',
  englishName: 'German',
  path: 'de/',
  ogLocale: 'de_DE',
  fontSubsets: ['latin'],
  letters: [{ pattern: /Strasse/u, message: 'writes ss for ß' }],
  loadCatalogue: async () => de,
  catalogueFile: 'tests/fixtures/i18n/messages-de.ts',
  translations: 'tests/fixtures/i18n/de.json',
};

const WITH_GERMAN: LanguageTable = [...LANGUAGE_TABLE, GERMAN];

/** The site's address: with it every page names its alternates, absolute. */
const SITE = 'https://atlas.example/';

const parse = (html: string | undefined) => new JSDOM(html ?? '').window.document;

/** What the build and the page make of a language table: the parts a reader or crawler meets. */
async function compose(table: LanguageTable) {
  const pages = await buildLanguagePages(root, template, dataset, glossary, table, SITE);
  const texts = listContentTextsFiles(root, table);
  const served = new Map([...texts].map(([file, make]) => [file, make().json]));
  vi.stubGlobal('fetch', async (url: URL) => {
    const file = [...served.keys()].find((f) => url.href.endsWith(f));
    return file ? new Response(served.get(file)) : new Response('', { status: 404 });
  });
  const language = getLanguageOfTag('de', table);
  const pack = await loadLanguagePack(language, 'https://atlas.example/', table).finally(() =>
    vi.unstubAllGlobals(),
  );
  const checks = checkProjectTranslations(root, dataset, table).problems.filter(
    (p) => p.file === GERMAN.translations,
  );
  return { pages, texts, language, pack, checks };
}

// Made once per table: every page of every language is prerendered from the project's data.
const composed = new Map<LanguageTable, ReturnType<typeof compose>>();
function composeOnce(table: LanguageTable): ReturnType<typeof compose> {
  const made = composed.get(table) ?? compose(table);
  composed.set(table, made);
  return made;
}

describe('a throwaway language added as one row', { timeout: 60_000 }, () => {
  it('gets its page, in its language, with its catalogue and its texts', async () => {
    const { pages } = await composeOnce(WITH_GERMAN);
    const page = parse(pages.get('de/index.html'));
    expect(page.documentElement.lang).toBe('de');
    expect(page.documentElement.dataset.root).toBe('../');
    expect(page.title).toBe(de.appName);
    expect(page.body.textContent).toContain('Zum Bereich springen');
    expect(page.body.textContent).toContain('Taschkent');
  });

  it('is linked from every page: the language switch and the hreflang alternates', async () => {
    const { pages } = await composeOnce(WITH_GERMAN);
    for (const file of ['uz/index.html', 'ru/index.html', 'de/index.html']) {
      const page = parse(pages.get(file));
      const link = page.querySelector('a.language-link[data-language="de"]');
      expect(link?.getAttribute('href')).toBe('../de/');
      expect(link?.getAttribute('title')).toBe('Deutsch');
      expect(page.querySelector('link[rel="alternate"][hreflang="de"]')?.getAttribute('href')).toBe(
        'https://atlas.example/de/',
      );
    }
    const own = parse(pages.get('de/index.html'));
    expect(own.querySelector('a.language-link[aria-current="page"]')?.getAttribute('data-language')).toBe(
      'de',
    );
  });

  it('has its content texts file, which its page fetches with its catalogue', async () => {
    const { texts, language, pack } = await composeOnce(WITH_GERMAN);
    expect(JSON.parse(texts.get('data/texts-de.json')?.().json ?? '{}')).toEqual({
      places: { tashkent: { name: 'Taschkent', summary: 'Hauptstadt an der Strasse nach Samarkand.' } },
    });
    expect(language).toBe('de');
    expect(pack.problems).toBeUndefined();
    expect(pack.messages).toBe(de);
    const bundle = { version: 2 as const, dataset, route: { stops: [] } as never, nearby: {} };
    const shown = localizeBundle(bundle, pack.texts).dataset.places.find((p) => p.id === 'tashkent');
    expect(shown?.name).toBe('Taschkent');
  });

  it('has its translations checked: what is missing, unstamped, and its letters', async () => {
    const { checks } = await composeOnce(WITH_GERMAN);
    const rules = new Set(checks.map((p) => p.rule));
    expect(rules).toEqual(new Set(['translation-missing', 'translation-unstamped', 'de-letters']));
    expect(checks.find((p) => p.rule === 'translation-missing')?.message).toMatch(/no German translation/);
  });

  it('is nowhere without its row', async () => {
    const { pages, texts, language, checks } = await composeOnce(LANGUAGE_TABLE);
    expect([...pages.keys()].sort()).toEqual(['ru/index.html', 'uz/index.html']);
    expect(
      // The switch and the alternates; a cited source written in German rightly carries hreflang="de".
      parse(pages.get('uz/index.html')).querySelector(
        'a.language-link[data-language="de"], link[rel="alternate"][hreflang="de"]',
      ),
    ).toBeNull();
    expect([...texts.keys()].sort()).toEqual(['data/texts-ru.json', 'data/texts-uz.json']);
    expect(language).toBe('en');
    expect(checks).toEqual([]);
  });
});
