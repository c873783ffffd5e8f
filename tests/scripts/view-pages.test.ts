import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readCountryShapes, validateProjectData } from '../../scripts/project-data.ts';
import { describeView } from '../../scripts/view-pages/describe-view.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, wrapText } from '../../scripts/view-pages/preview-svg.ts';
import { listViewPageFiles, SITEMAP_FILE } from '../../scripts/view-pages/site-files.ts';
import { unpackWoff } from '../../scripts/view-pages/woff-to-sfnt.ts';
import { VIEW_PAGE_SCRIPT } from '../../scripts/view-pages/write-page.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { listViewPages, type ViewPage } from '../../src/model/view-pages.ts';
import { createStore } from '../../src/state/store.ts';
import { parseHash } from '../../src/state/url-hash.ts';
import { findViewRef } from '../../src/ui/share-link.ts';

const root = resolve(import.meta.dirname, '../..');
const result = validateProjectData(root);
if (!result.dataset) throw new Error('the project data does not load');
const index = buildIndex(result.dataset);
const shapes = readCountryShapes('50m').shapes;
const pages = listViewPages(index);
const files = listViewPageFiles(index, shapes, null);

const parsed = new Map<string, Document>();

function readPage(page: ViewPage): Document {
  const known = parsed.get(page.path);
  if (known) return known;
  const make = files.get(`${page.path}index.html`);
  if (!make) throw new Error(`no page at ${page.path}`);
  const doc = new JSDOM(String(make())).window.document;
  parsed.set(page.path, doc);
  return doc;
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

  it('each carries its title, description, canonical link and card tags', () => {
    for (const page of pages) {
      const doc = readPage(page);
      const view = describeView(index, page.ref);
      expect(doc.title, page.path).toBe(`${view.title} — Partnership Atlas`);
      expect(doc.querySelector('h1')?.textContent, page.path).toBe(view.title);
      expect(doc.documentElement.lang).toBe('en');
      expect(readMeta(doc, 'description'), page.path).toBe(view.description);
      expect(view.description.length).toBeGreaterThan(20);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.path).toBe(
        `${'../'.repeat(page.path.split('/').filter(Boolean).length)}${page.path}`,
      );
      expect(readMeta(doc, 'og:title')).toBe(view.title);
      expect(readMeta(doc, 'twitter:card')).toBe('summary_large_image');
      expect(readMeta(doc, 'og:image:width')).toBe('1200');
      expect(readMeta(doc, 'og:image:height')).toBe('630');
    }
  }, 60_000);

  it('og:image of each points at its own 1200×630 PNG', () => {
    for (const page of pages) {
      const image = readMeta(readPage(page), 'og:image');
      expect(image, page.path).not.toBeNull();
      const target = new URL(image ?? '', `https://site.test/${page.path}`).pathname.slice(1);
      expect(target).toBe(`${page.path}preview.png`);
      const make = files.get(target);
      expect(make, target).toBeDefined();
      expect(readPngSize(make?.() as Uint8Array)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
      expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
    }
  }, 60_000);

  it('with script each opens the atlas at its own view', () => {
    for (const page of pages) {
      const doc = readPage(page);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
        `${'../'.repeat(page.path.split('/').filter(Boolean).length)}${VIEW_PAGE_SCRIPT}`,
      ]);
      const link = doc.documentElement.dataset.atlasLink ?? '';
      const store = createStore(index);
      store.dispatch({ type: 'restore', state: parseHash(link) });
      expect(findViewRef(store.getState()), page.path).toEqual(page.ref);
      const atlas = new URL(doc.documentElement.dataset.atlasRoot ?? '', `https://site.test/${page.path}`);
      expect(atlas.pathname).toBe('/');
    }
  }, 60_000);

  it('reads without script: the text and links of the view', () => {
    const doc = readPage({
      ref: { kind: 'place', id: 'termez' },
      path: 'place/termez/',
      hash: 'place=termez',
    });
    expect(doc.body.textContent).toContain(index.placeById.get('termez')?.summary);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('../../#place=termez');
    expect(links.some((href) => href?.startsWith('../../event/'))).toBe(true);
  });

  it('sitemap.xml lists the atlas and every page', () => {
    const xml = String(files.get(SITEMAP_FILE)?.());
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['./', ...pages.map((p) => p.path)]);
  });

  it('with the site’s address, the links previews read are absolute', () => {
    const absolute = listViewPageFiles(index, shapes, 'https://example.org/atlas/');
    const doc = new JSDOM(String(absolute.get('place/termez/index.html')?.())).window.document;
    expect(readMeta(doc, 'og:image')).toBe('https://example.org/atlas/place/termez/preview.png');
    expect(readMeta(doc, 'og:url')).toBe('https://example.org/atlas/place/termez/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/atlas/place/termez/',
    );
    expect(String(absolute.get(SITEMAP_FILE)?.())).toContain(
      '<loc>https://example.org/atlas/story/first-steps/</loc>',
    );
  });

  it('text from the data is escaped, never markup', () => {
    const tampered = buildIndex({
      ...index.dataset,
      places: index.dataset.places.map((p) =>
        p.id === 'termez' ? { ...p, name: '<img src=x onerror=alert(1)>' } : p,
      ),
    });
    const make = listViewPageFiles(tampered, shapes, null).get('place/termez/index.html');
    const doc = new JSDOM(String(make?.())).window.document;
    expect(doc.querySelector('img[src="x"]')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
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
    const { readFileSync } = await import('node:fs');
    const woff = readFileSync(
      resolve(root, 'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    );
    const sfnt = Buffer.from(unpackWoff(woff));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(sfnt.length).toBeGreaterThan(woff.length);
    expect(() => unpackWoff(new Uint8Array(64))).toThrow(/WOFF/);
  });
});
