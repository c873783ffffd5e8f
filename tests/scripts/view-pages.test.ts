import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readWoffCodePoints } from '../../scripts/font-coverage.ts';
import { buildPseudoTexts, readContentTexts, renderInLanguage } from '../../scripts/pages.ts';
import { readCountryShapes, validateProjectData } from '../../scripts/project-data.ts';
import { describeView } from '../../scripts/view-pages/describe-view.ts';
import { encodeOpaquePng } from '../../scripts/view-pages/encode-png.ts';
import { renameFontFamily } from '../../scripts/view-pages/font-family.ts';
import {
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  wrapText,
  writeTextRuns,
} from '../../scripts/view-pages/preview-svg.ts';
import { FONT_FACES, PREVIEW_FONTS } from '../../scripts/view-pages/rasterise.ts';
import { listViewPageFiles, SITEMAP_FILE } from '../../scripts/view-pages/site-files.ts';
import { unpackWoff } from '../../scripts/view-pages/woff-to-sfnt.ts';
import {
  PAGE_LANGUAGES,
  type PageLanguage,
  VIEW_PAGE_SCRIPT,
  writeViewPage,
} from '../../scripts/view-pages/write-page.ts';
import type { Language } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { pseudoLocalize } from '../../src/i18n/pseudo.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { localizeDataset } from '../../src/model/localize-dataset.ts';
import { listViewPages, type ViewPage, type ViewRef } from '../../src/model/view-pages.ts';
import { createStore } from '../../src/state/store.ts';
import { parseHash } from '../../src/state/url-hash.ts';
import { findViewRef } from '../../src/ui/share-link.ts';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../..');
const result = validateProjectData(root);
if (!result.dataset) throw new Error('the project data does not load');
const index = buildIndex(result.dataset);
const shapes = readCountryShapes('50m').shapes;
const pages = listViewPages(index);
const readTexts = (language: Language) => readContentTexts(root, language);
/** The site's address the build is given (ATLAS_SITE_URL); the pages' own links resolve against it. */
const SITE = 'https://site.test/';
const files = listViewPageFiles(index, shapes, SITE, readTexts);

/** Each language's dataset as its pages show it. */
const TRANSLATED = new Map(
  PAGE_LANGUAGES.map((l) => {
    const texts = readTexts(l.language);
    return [l.language, { texts, index: buildIndex(localizeDataset(index.dataset, texts)) }] as const;
  }),
);

/** What `describeView` says of `ref` in `language`. */
function describeIn(language: PageLanguage, ref: ViewRef) {
  const known = TRANSLATED.get(language.language);
  if (!known) throw new Error(`no texts for ${language.language}`);
  return renderInLanguage(language.messages, known.texts, [], () => describeView(known.index, ref));
}

const ENGLISH = PAGE_LANGUAGES[0] as PageLanguage;
// One parser for every page: a window each would cost more than the pages themselves.
const parser = new new JSDOM('').window.DOMParser();
const parsed = new Map<string, Document>();

function readPage(page: ViewPage, language: PageLanguage = ENGLISH): Document {
  const path = `${language.prefix}${page.path}`;
  const known = parsed.get(path);
  if (known) return known;
  const make = files.get(`${path}index.html`);
  if (!make) throw new Error(`no page at ${path}`);
  const doc = parser.parseFromString(String(make()), 'text/html');
  parsed.set(path, doc);
  return doc;
}

/** Where a page's `href` leads, site-relative. */
function resolveFrom(path: string, href: string): string {
  return new URL(href, `https://site.test/${path}`).pathname.slice(1);
}

/** The name a view's title carries, straight from the data and its translation file. */
function readTranslatedName(language: Language, ref: ViewRef): string {
  const texts = readTexts(language);
  const { dataset } = index;
  const pick = (collection: keyof typeof texts, id: string, field: string, english: string) =>
    texts[collection]?.[id]?.[field] ?? english;
  switch (ref.kind) {
    case 'route':
      return pick('route', dataset.route.id, 'name', dataset.route.name);
    case 'chapter':
      return pick('chapters', ref.id, 'title', dataset.story.find((c) => c.id === ref.id)?.title ?? '');
    case 'place':
      return pick('places', ref.id, 'name', index.placeById.get(ref.id)?.name ?? '');
    case 'event':
      return pick('events', ref.id, 'title', index.eventById.get(ref.id)?.title ?? '');
    case 'programme': {
      const p = index.programmeById.get(ref.id);
      return `${pick('programmes', ref.id, 'acronym', p?.acronym ?? '')}: ${pick('programmes', ref.id, 'name', p?.name ?? '')}`;
    }
  }
}

function readMeta(doc: Document, key: string): string | null {
  return (
    doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
    doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content') ??
    null
  );
}

/** Width and height from a PNG's header, or throws when the bytes are not a PNG. */
function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (
    buffer.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' ||
    buffer.toString('ascii', 12, 16) !== 'IHDR'
  )
    throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('the view pages', () => {
  it('there is one for every place, event, programme and chapter, and the route', () => {
    const { dataset } = index;
    expect(pages).toHaveLength(
      1 + dataset.story.length + dataset.places.length + dataset.events.length + dataset.programmes.length,
    );
    expect(pages.map((p) => p.path)).toContain('place/termez/');
    expect(pages.map((p) => p.path)).toContain(`story/${dataset.story[0]?.id}/`);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('each, in every language, carries its title from that language’s data, description, canonical link and card tags', () => {
    expect(PAGE_LANGUAGES.map((l) => [l.language, l.code, l.prefix])).toEqual([
      ['en', 'en', ''],
      ['uz', 'uz-Latn', 'uz/'],
      ['ru', 'ru', 'ru/'],
    ]);
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const doc = readPage(page, language);
        const view = describeIn(language, page.ref);
        const name = readTranslatedName(language.language, page.ref);
        expect(view.title, here).toBe(name);
        expect(doc.title, here).toBe(`${name} — ${language.messages.brand}`);
        expect(doc.querySelector('h1')?.textContent, here).toBe(name);
        expect(doc.documentElement.lang, here).toBe(language.code);
        expect(readMeta(doc, 'og:locale'), here).toBe(
          { en: 'en_GB', uz: 'uz_UZ', ru: 'ru_RU' }[language.language],
        );
        expect(readMeta(doc, 'description'), here).toBe(view.description);
        expect(view.description.length).toBeGreaterThan(20);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), here).toBe(`${SITE}${here}`);
        expect(readMeta(doc, 'og:url'), here).toBe(`${SITE}${here}`);
        expect(readMeta(doc, 'og:title')).toBe(name);
        expect(readMeta(doc, 'twitter:card')).toBe('summary_large_image');
        expect(readMeta(doc, 'og:image:width')).toBe('1200');
        expect(readMeta(doc, 'og:image:height')).toBe('630');
      }
  }, 60_000);

  it('each links the same view’s page in the other languages, and English as the default', () => {
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const alternates = [...readPage(page, language).querySelectorAll('link[rel="alternate"]')].map(
          (link) => [link.getAttribute('hreflang'), resolveFrom(here, link.getAttribute('href') ?? '')],
        );
        expect(alternates, here).toEqual([
          ['en', page.path],
          ['uz-Latn', `uz/${page.path}`],
          ['ru', `ru/${page.path}`],
          ['x-default', page.path],
        ]);
      }
  }, 60_000);

  it('a translated page says it is a translation and links the English page it translates', () => {
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const note = readPage(page, language).querySelector('.translation-note');
        if (language.language === 'en') {
          expect(note, here).toBeNull();
          continue;
        }
        expect(note?.textContent, here).toContain(language.messages.translationNote);
        const original = note?.querySelector('a');
        expect(original?.textContent).toBe(language.messages.pageOriginal);
        expect(resolveFrom(here, original?.getAttribute('href') ?? '')).toBe(page.path);
      }
  }, 60_000);

  it('its links stay in its language: neighbouring views’ pages, the atlas and “Open in the map”', () => {
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const doc = readPage(page, language);
        const open = doc.querySelector('.open a');
        expect(open?.textContent, here).toBe(language.messages.pageOpenInMap);
        expect(resolveFrom(here, open?.getAttribute('href') ?? ''), here).toBe(language.prefix);
        expect(new URL(open?.getAttribute('href') ?? '', 'https://site.test/').hash).toBe(`#${page.hash}`);
        expect(resolveFrom(here, doc.documentElement.dataset.atlasRoot ?? ''), here).toBe(language.prefix);
        const inside = [...doc.querySelectorAll('main a[href]')]
          .filter((a) => !a.closest('.translation-note') && !/^[a-z]+:/i.test(a.getAttribute('href') ?? ''))
          .map((a) => resolveFrom(here, a.getAttribute('href') ?? ''));
        expect(inside.length).toBeGreaterThan(1);
        for (const target of inside) {
          expect(target.startsWith(language.prefix), `${here} → ${target}`).toBe(true);
          if (target !== language.prefix) expect(files.has(`${target}index.html`), target).toBe(true);
        }
      }
  }, 60_000);

  it('og:image of each, in every language, points at its own 1200×630 PNG', () => {
    // Every picture is drawn and measured in the built site (tests/e2e/view-pages.spec.ts); here one
    // of each kind of view per language is drawn.
    const drawn = new Set<string>();
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const image = readMeta(readPage(page, language), 'og:image');
        expect(image, here).not.toBeNull();
        const target = resolveFrom(here, image ?? '');
        expect(target).toBe(`${here}preview.png`);
        const make = files.get(target);
        expect(make, target).toBeDefined();
        if (drawn.has(`${language.language} ${page.ref.kind}`)) continue;
        drawn.add(`${language.language} ${page.ref.kind}`);
        expect(readPngSize(make?.() as Uint8Array)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
      }
    expect(drawn.size).toBe(PAGE_LANGUAGES.length * 5);
    expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
  }, 60_000);

  it('with script each opens the atlas at its own view, in its own language', () => {
    for (const language of PAGE_LANGUAGES)
      for (const page of pages) {
        const here = `${language.prefix}${page.path}`;
        const doc = readPage(page, language);
        const scripts = [...doc.querySelectorAll('script')];
        expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
          `${'../'.repeat(here.split('/').filter(Boolean).length)}${VIEW_PAGE_SCRIPT}`,
        ]);
        const link = doc.documentElement.dataset.atlasLink ?? '';
        const store = createStore(index);
        store.dispatch({ type: 'restore', state: parseHash(link) });
        expect(findViewRef(store.getState()), here).toEqual(page.ref);
        const atlas = new URL(doc.documentElement.dataset.atlasRoot ?? '', `https://site.test/${here}`);
        expect(atlas.pathname).toBe(`/${language.prefix}`);
      }
  }, 60_000);

  it('reads without script: the text and links of the view', () => {
    const termez = {
      ref: { kind: 'place', id: 'termez' },
      path: 'place/termez/',
      hash: 'place=termez',
    } as const;
    const doc = readPage(termez);
    expect(doc.body.textContent).toContain(index.placeById.get('termez')?.summary);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('../../#place=termez');
    expect(links.some((href) => href?.startsWith('../../event/'))).toBe(true);
    const russian = readPage(termez, PAGE_LANGUAGES.find((l) => l.language === 'ru') as PageLanguage);
    expect(russian.body.textContent).toContain(TRANSLATED.get('ru')?.index.placeById.get('termez')?.summary);
    expect(russian.querySelector('h2')?.textContent).toBe('События');
  });

  it('sitemap.xml lists the atlas and every page, in every language', () => {
    const xml = String(files.get(SITEMAP_FILE)?.());
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.every((loc) => loc?.startsWith(SITE))).toBe(true);
    expect(locs.map((loc) => loc?.slice(SITE.length))).toEqual([
      '',
      ...pages.map((p) => p.path),
      'uz/',
      ...pages.map((p) => `uz/${p.path}`),
      'ru/',
      ...pages.map((p) => `ru/${p.path}`),
    ]);
  });

  it('with the site’s address, the links previews read are absolute', () => {
    const absolute = listViewPageFiles(index, shapes, 'https://example.org/atlas/', readTexts);
    const doc = new JSDOM(String(absolute.get('place/termez/index.html')?.())).window.document;
    expect(readMeta(doc, 'og:image')).toBe('https://example.org/atlas/place/termez/preview.png');
    expect(readMeta(doc, 'og:url')).toBe('https://example.org/atlas/place/termez/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/atlas/place/termez/',
    );
    expect(String(absolute.get(SITEMAP_FILE)?.())).toContain(
      '<loc>https://example.org/atlas/story/first-steps/</loc>',
    );
    const uz = new JSDOM(String(absolute.get('uz/place/termez/index.html')?.())).window.document;
    expect(readMeta(uz, 'og:image')).toBe('https://example.org/atlas/uz/place/termez/preview.png');
    expect(uz.querySelector('link[hreflang="ru"]')?.getAttribute('href')).toBe(
      'https://example.org/atlas/ru/place/termez/',
    );
    expect(String(absolute.get(SITEMAP_FILE)?.())).toContain('<loc>https://example.org/atlas/ru/</loc>');
  });

  it('without the site’s address, no page names an address it cannot make absolute, and there is no sitemap', () => {
    const bare = listViewPageFiles(index, shapes, null, readTexts);
    expect(bare.has(SITEMAP_FILE)).toBe(false);
    for (const path of [
      'place/termez/index.html',
      'uz/route/index.html',
      'ru/story/first-steps/index.html',
    ]) {
      const doc = new JSDOM(String(bare.get(path)?.())).window.document;
      expect(doc.querySelector('link[rel="canonical"]'), path).toBeNull();
      expect(doc.querySelector('link[rel="alternate"][hreflang]'), path).toBeNull();
      for (const key of ['og:url', 'og:image', 'og:image:alt', 'twitter:image'])
        expect(readMeta(doc, key), `${path} ${key}`).toBeNull();
      // A card without a picture is the plain summary card.
      expect(readMeta(doc, 'twitter:card')).toBe('summary');
      expect(readMeta(doc, 'og:title')).not.toBeNull();
    }
  });

  it('text from the data is escaped, never markup', () => {
    const tampered = buildIndex({
      ...index.dataset,
      places: index.dataset.places.map((p) =>
        p.id === 'termez' ? { ...p, name: '<img src=x onerror=alert(1)>' } : p,
      ),
    });
    const make = listViewPageFiles(tampered, shapes, null, readTexts).get('place/termez/index.html');
    const doc = new JSDOM(String(make?.())).window.document;
    expect(doc.querySelector('img[src="x"]')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the view pages in a pseudo-locale', () => {
  it('show no text that is not from the catalogue or the data, except dates and source titles', () => {
    const language: PageLanguage = { ...ENGLISH, messages: pseudoLocalize(en) };
    const texts = buildPseudoTexts(index.dataset, []);
    const translated = buildIndex(localizeDataset(index.dataset, texts));
    const kinds = new Set<string>();
    const samples = pages.filter((p) => !kinds.has(p.ref.kind) && kinds.add(p.ref.kind));
    expect([...kinds].sort()).toEqual(['chapter', 'event', 'place', 'programme', 'route']);
    const window = new JSDOM('').window;
    for (const page of samples) {
      const html = renderInLanguage(language.messages, texts, [], () =>
        writeViewPage(
          window.document.implementation.createHTMLDocument(''),
          describeView(translated, page.ref),
          page,
          { language, siteUrl: null },
        ),
      );
      const doc = parser.parseFromString(html, 'text/html');
      const shown = [
        doc.title,
        ...['description', 'og:title', 'og:site_name', 'og:image:alt', 'twitter:image:alt'].map(
          (key) => readMeta(doc, key) ?? '',
        ),
        ...[...doc.querySelectorAll('[alt]')].map((el) => el.getAttribute('alt') ?? ''),
      ];
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (!node.parentElement?.closest('.date, a[rel~="noopener"]')) shown.push(node.textContent ?? '');
      const bare = shown.map((t) => t.trim()).filter((t) => /\p{L}{2,}/u.test(t) && !t.includes('⟦'));
      expect(bare, page.path).toEqual([]);
    }
  });
});

describe('preview text and fonts', () => {
  it('wraps long titles and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapText('alpha beta gamma delta epsilon zeta', 11, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });

  it('unpacks the bundled WOFF font into TrueType the rasteriser reads, and rejects other files', async () => {
    const woff = readFileSync(
      resolve(root, 'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    );
    const sfnt = Buffer.from(unpackWoff(woff));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(sfnt.length).toBeGreaterThan(woff.length);
    expect(() => unpackWoff(new Uint8Array(64))).toThrow(/WOFF/);
  });

  it('encodes an opaque picture as an RGB PNG whose rows hold its pixels', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255]);
    const png = Buffer.from(encodeOpaquePng(rgba, 2, 2));
    expect(readPngSize(png)).toEqual({ width: 2, height: 2 });
    expect(png[25]).toBe(2);
    const chunks = new Map<string, Buffer>();
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length), type).toBe(
        crc32(png.subarray(at + 4, at + 8 + length)) >>> 0,
      );
      chunks.set(type, data);
      at += 12 + length;
    }
    expect([...chunks.keys()]).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...inflateSync(chunks.get('IDAT') ?? Buffer.alloc(0))]).toEqual([
      0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30,
    ]);
    expect(() => encodeOpaquePng(rgba, 3, 2)).toThrow(/3×2 RGBA pixels/);
  });

  it('gives a face a family of its own and leaves its glyphs as they were', () => {
    const woff = readFileSync(
      resolve(root, 'node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff'),
    );
    const sfnt = unpackWoff(woff);
    const renamed = renameFontFamily(sfnt, 'Noto Sans Cyrillic SemiBold');
    expect(readFamilyNames(sfnt)).toContain('Noto Sans SemiBold');
    expect(readFamilyNames(renamed).every((name) => name === 'Noto Sans Cyrillic SemiBold')).toBe(true);
    expect(readFamilyNames(renamed).length).toBeGreaterThan(0);
    expect(readTable(renamed, 'glyf')).toEqual(readTable(sfnt, 'glyf'));
    expect(readTable(renamed, 'cmap')).toEqual(readTable(sfnt, 'cmap'));
  });

  it('every character of every preview, in every language, is in the face that draws it', () => {
    const faces = new Map(
      FONT_FACES.map(({ file, family }) => [family, readWoffCodePoints(require.resolve(file))]),
    );
    const missing = new Set<string>();
    const check = (text: string, weight: 'regular' | 'semibold') => {
      const cyrillic = new Set(
        [...text.matchAll(/(?:[\u0400-\u052f\u2116]\u0301?)+/g)].flatMap((m) => [
          ...Array.from({ length: m[0].length }, (_, i) => (m.index ?? 0) + i),
        ]),
      );
      [...text].forEach((char, i) => {
        if (/\s/.test(char)) return;
        const script = cyrillic.has(i) ? 'cyrillic' : 'latin';
        const codePoint = char.codePointAt(0) ?? 0;
        if (!faces.get(PREVIEW_FONTS[script][weight])?.has(codePoint))
          missing.add(`${char} U+${codePoint.toString(16).padStart(4, '0')} (${script} ${weight})`);
      });
    };
    expect(writeTextRuns('Ташкент, 2005', 'semibold')).toBe(
      `<tspan font-family="${PREVIEW_FONTS.cyrillic.semibold}">Ташкент</tspan>, 2005`,
    );
    for (const language of PAGE_LANGUAGES) {
      const m = language.messages;
      check(`${m.brand}${m.pageAlso('x')}`, 'semibold');
      check(m.tagline, 'regular');
      for (const page of pages) {
        const view = describeIn(language, page.ref);
        check(view.title, 'semibold');
        check(view.kicker, 'regular');
        for (const id of view.placeIds)
          check(TRANSLATED.get(language.language)?.index.placeById.get(id)?.name ?? '', 'semibold');
      }
    }
    expect([...missing]).toEqual([]);
  });
});

/** The family names a font's `name` table gives (Windows records), to check a rename. */
function readFamilyNames(font: Uint8Array): string[] {
  const table = readTable(font, 'name');
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => 6 + i * 12)
    .filter((at) => table.readUInt16BE(at) === 3 && table.readUInt16BE(at + 6) === 1)
    .map((at) => {
      const start = storage + table.readUInt16BE(at + 10);
      return Buffer.from(table.subarray(start, start + table.readUInt16BE(at + 8)))
        .swap16()
        .toString('utf16le');
    });
}

/** One table's bytes from a TrueType/OpenType font. */
function readTable(font: Uint8Array, tag: string): Buffer {
  const bytes = Buffer.from(font);
  for (let i = 0; i < bytes.readUInt16BE(4); i += 1) {
    const at = 12 + i * 16;
    if (bytes.toString('latin1', at, at + 4) === tag)
      return bytes.subarray(
        bytes.readUInt32BE(at + 8),
        bytes.readUInt32BE(at + 8) + bytes.readUInt32BE(at + 12),
      );
  }
  throw new Error(`no ${tag} table`);
}
