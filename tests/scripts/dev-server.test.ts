import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_FILES } from '../../src/model/export.ts';
import { getContentTextsFile, readContentTexts } from '../../src/model/localize-dataset.ts';

const root = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false, ws: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  base = `http://127.0.0.1:${address.port}/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server serves what the build writes', () => {
  it('the downloads, not the page', async () => {
    const csv = await fetch(new URL(DOWNLOAD_FILES.eventsCsv, base));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).not.toMatch(/<!doctype html>/i);
    const geojson = await fetch(new URL(DOWNLOAD_FILES.placesGeoJson, base));
    expect(geojson.headers.get('content-type')).toMatch(/geo\+json/);
    expect(JSON.parse(await geojson.text()).type).toBe('FeatureCollection');
  });

  it('the view pages, their previews and the sitemap', async () => {
    const page = await fetch(new URL('place/termez/', base));
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Termez — Partnership Atlas</title>');
    const png = Buffer.from(await (await fetch(new URL('place/termez/preview.png', base))).arrayBuffer());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Without the site's address (ATLAS_SITE_URL) there is no sitemap: its addresses must be absolute.
    expect((await fetch(new URL('sitemap.xml', base))).headers.get('content-type')).not.toMatch(/xml/);
    const bare = await fetch(new URL('place/termez', base), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/place/termez/');
  });

  it('the view pages and previews of every language', async () => {
    const uz = await fetch(new URL('uz/place/termez/', base));
    expect(uz.headers.get('content-type')).toMatch(/^text\/html/);
    const uzHtml = await uz.text();
    expect(uzHtml).toContain('<html lang="uz-Latn"');
    expect(uzHtml).toContain('<title>Termiz — Hamkorlik atlasi</title>');
    const ru = await (await fetch(new URL('ru/route/', base))).text();
    expect(ru).toContain('<html lang="ru"');
    const png = Buffer.from(await (await fetch(new URL('ru/place/termez/preview.png', base))).arrayBuffer());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const bare = await fetch(new URL('uz/place/termez', base), { redirect: 'manual' });
    expect(bare.headers.get('location')).toBe('/uz/place/termez/');
  });

  it('each translated language’s content texts, as the page fetches them', async () => {
    for (const [language, tashkent] of [
      ['uz', 'Toshkent'],
      ['ru', 'Ташкент'],
    ] as const) {
      const response = await fetch(new URL(getContentTextsFile(language), base));
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const result = readContentTexts(await response.text(), getContentTextsFile(language));
      expect(result.ok && result.texts.places?.tashkent?.name).toBe(tashkent);
    }
  });
});
