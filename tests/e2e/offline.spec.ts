/**
 * Installable and offline: after one visit the atlas works with no network, and a new version waits
 * for the reader's word before it takes over.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, projectToPage, readJson, readPlaces, test, waitForMapIdle } from './support.ts';

const DIST = join(import.meta.dirname, '../../dist');
const places = readPlaces();
const events =
  readJson<{ id: string; title: string; date: { year: number }; milestone: boolean }[]>('data/events.json');

/** Waits until the service worker controls the page (it registers once the map has settled). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
    polling: 250,
  });
}

function readPngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test.describe('offline', () => {
  test('after one visit the map, the panel and the timeline work with no network', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await waitForServiceWorker(page);

    const failed: string[] = [];
    // A request the reload cuts short (ERR_ABORTED) is not one that found no copy offline.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      if (!error.includes('ERR_ABORTED')) failed.push(`${request.url()} ${error}`);
    });
    await context.setOffline(true);
    const termez = places.find((p) => p.id === 'termez') ?? places[0];
    if (!termez) throw new Error('no places');
    const [lon, lat] = termez.coordinates;
    await page.goto(`./#map=9/${lat}/${lon}/0/0`);
    await page.reload();
    await waitForMapIdle(page);
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
    // A blank canvas compresses to almost nothing; a drawn basemap does not.
    expect((await page.locator('#map').screenshot()).byteLength).toBeGreaterThan(20_000);

    // The map: a real click on a place opens it.
    const at = await projectToPage(page, 9, [lon, lat], termez.coordinates);
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('#panel h2')).toHaveText(termez.name);
    // The panel: one of its events opens.
    await page.locator('#panel [data-action="select-event"]').first().click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    // The timeline: a mark opens its event (a milestone: the timeline starts compact).
    const event = events.find((e) => e.date.year === 2003 && e.milestone) ?? events[0];
    await page.locator(`.mark[data-event-id="${event?.id}"]`).click();
    await expect(page.locator('#panel h2')).toHaveText(event?.title ?? '');
    // The downloads are kept too.
    const csv = await page.evaluate(async () =>
      (await fetch('downloads/partnership-atlas-events.csv')).text(),
    );
    expect(csv).toContain(`${event?.id},`);
    expect(failed, 'requests that found no copy offline').toEqual([]);
    await context.setOffline(false);
  });

  test('one visit keeps every language: the Uzbek and Russian pages and view pages open with no network', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    const failed: string[] = [];
    // A request the next navigation cuts short (ERR_ABORTED) is not one that found no copy offline.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      if (!error.includes('ERR_ABORTED')) failed.push(`${request.url()} ${error}`);
    });
    await context.setOffline(true);
    for (const [path, title, tashkent] of [
      ['uz/', 'Hamkorlik atlasi', 'Toshkent'],
      ['ru/', 'Атлас партнерства', 'Ташкент'],
    ] as const) {
      await page.goto(`./${path}#place=tashkent`);
      await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('.brand h1')).toHaveText(title);
      await expect(page.locator('#panel h2')).toHaveText(tashkent);
      // The map and its basemap load from the offline copy too, before the next page is opened.
      await waitForMapIdle(page);
    }
    // A view's own page is kept too: it opens its view in its language.
    await page.goto('./ru/place/termez/');
    await page.waitForURL((url) => url.pathname === '/ru/' && url.hash === '#place=termez');
    await expect(page.locator('#panel h2')).toHaveText('Термез');
    await waitForMapIdle(page);
    expect(failed, 'requests that found no copy offline').toEqual([]);
    await context.setOffline(false);
  });

  test('the page can be installed: manifest, icons and robots.txt', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href ?? '', page.url()).href;
    const manifest = (await (await request.get(manifestUrl)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toContain('Partnership Atlas');
    expect(manifest.display).toBe('standalone');
    const wanted = ['192x192 any', '512x512 any', '512x512 maskable'];
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(wanted.sort());
    for (const icon of manifest.icons) {
      const response = await request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()['content-type']).toContain('image/png');
      const [w, h] = readPngSize(await response.body());
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    const robots = await request.get('./robots.txt');
    expect(robots.ok()).toBe(true);
    expect(await robots.text()).toMatch(/^User-agent: \*/m);
  });

  test('a new version is announced and replaces the old one only when the reader reloads', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    const original = readFileSync(join(DIST, 'sw.js'), 'utf8');
    // A new build changes a precache revision; the file keeps its length so the server's headers hold.
    const revision = /revision:"([0-9a-f])/.exec(original);
    if (!revision?.[1]) throw new Error('sw.js has no precache revision');
    const flipped = revision[1] === '0' ? '1' : '0';
    const next = original.replace(revision[0], `revision:"${flipped}`);
    try {
      writeFileSync(join(DIST, 'sw.js'), next);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('.update-notice');
      await expect(notice).toContainText('new version', { timeout: 60_000 });
      // Nothing is swapped until the reader says so.
      await page.waitForTimeout(1000);
      await expect(notice).toBeVisible();
      await Promise.all([
        page.waitForEvent('load', { timeout: 60_000 }),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForMapIdle(page);
      await expect(page.locator('.update-notice')).toHaveCount(0);
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting ?? null,
          controlled: navigator.serviceWorker.controller !== null,
        };
      });
      expect(state).toEqual({ waiting: null, controlled: true });
    } finally {
      writeFileSync(join(DIST, 'sw.js'), original);
    }
  });
});
