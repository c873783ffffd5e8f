/**
 * The picture of the map the build draws into each language's page: it frames the region as the live
 * map's opening fit does at every window size, it is the page's largest paint, and without script or
 * WebGL it stays, with the story's places on it as links to their pages.
 */
import type { Page } from '@playwright/test';
import { expect, readPlaces, test, waitForMapIdle, withoutWebGL } from './support.ts';
import { VIEWPORTS } from './views.ts';

const LANGUAGE_PAGES = [
  { language: 'en', path: './' },
  { language: 'uz', path: './uz/' },
  { language: 'ru', path: './ru/' },
] as const;

/** The five places of the seed, each on the picture as a link to its page. */
const SEED_PLACES = ['tashkent', 'termez', 'hairaton-bridge', 'samarkand', 'ferghana'];

/** How far a place on the picture may lie from where the live map draws it, in pixels. */
const TOLERANCE_PX = 4;

const places = readPlaces();

/** Where each place's dot on the picture is centred, in page pixels, for the dots inside the map. */
function readPictureDots(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const map = (document.getElementById('map') as HTMLElement).getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map-picture-place')].flatMap((link) => {
      const dot = link.querySelector('.map-picture-dot')?.getBoundingClientRect();
      if (!dot) return [];
      const x = dot.left + dot.width / 2;
      const y = dot.top + dot.height / 2;
      const inside = x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
      return inside ? [{ id: link.dataset.place ?? '', x, y }] : [];
    });
  });
}

/** Where the live map draws `lngLat`, in page pixels (needs `?bench`). */
function projectOnLiveMap(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((point) => {
    const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
      .__map;
    const box = (document.querySelector('#map canvas') as HTMLCanvasElement).getBoundingClientRect();
    const at = map.project(point);
    return { x: box.left + at.x, y: box.top + at.y };
  }, lngLat);
}

/** The share of the window the picture covers inside the map's box. */
function readPictureCover(page: Page): Promise<number> {
  return page.evaluate(() => {
    const image = document.querySelector('.map-picture-image')?.getBoundingClientRect();
    const map = document.getElementById('map')?.getBoundingClientRect();
    if (!image || !map) return 0;
    const width = Math.min(image.right, map.right, window.innerWidth) - Math.max(image.left, map.left, 0);
    const height = Math.min(image.bottom, map.bottom, window.innerHeight) - Math.max(image.top, map.top, 0);
    return (Math.max(0, width) * Math.max(0, height)) / (window.innerWidth * window.innerHeight);
  });
}

/** The picture is on screen, large, and each seed place on it opens its page when clicked. */
async function expectPictureWithLinks(page: Page, path: string, handsOver: boolean): Promise<void> {
  await expect(page.locator('.map-picture-image')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => (document.querySelector('.map-picture-image') as HTMLImageElement).complete),
    )
    .toBe(true);
  expect(await readPictureCover(page)).toBeGreaterThanOrEqual(0.4);
  for (const id of SEED_PLACES) {
    const link = page.locator(`.map-picture-place[data-place="${id}"]`);
    await expect(link).toBeVisible();
    const opened = page.waitForResponse((response) => response.url().endsWith(`/place/${id}/`));
    await link.click();
    expect((await opened).status()).toBe(200);
    // The view page stays without script; with it, the page hands over to the atlas, open on the place.
    // Wait for the hand-over to end before leaving, or the next navigation would abort it.
    await expect(page).toHaveURL(new RegExp(handsOver ? `#place=${id}$` : `/place/${id}/$`));
    await page.waitForLoadState('load');
    await page.goto(path);
  }
}

test.describe('the picture of the map', () => {
  for (const { language, path } of LANGUAGE_PAGES) {
    test(`in ${language}, each place on the picture lies where the live map draws it, at every window size`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`${path}?bench`);
        await waitForMapIdle(page);
        // The crossfade is over: the picture has gone and the live map is all there is.
        await expect(page.locator('.map-picture')).toBeHidden();
        const dots = await readPictureDots(page);
        expect(dots.map((d) => d.id)).toEqual(expect.arrayContaining(SEED_PLACES));
        for (const dot of dots) {
          const place = places.find((p) => p.id === dot.id);
          if (!place) throw new Error(`the picture has a place the data lacks: ${dot.id}`);
          const live = await projectOnLiveMap(page, place.coordinates);
          const off = Math.hypot(live.x - dot.x, live.y - dot.y);
          expect(
            off,
            `${viewport.name}: ${dot.id} is ${off.toFixed(1)} px from the live map's`,
          ).toBeLessThanOrEqual(TOLERANCE_PX);
        }
      }
    });
  }

  test('with JavaScript off, the picture fills the map and its places open their pages', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await page.goto('./');
    await expectPictureWithLinks(page, './', false);
    await context.close();
  });

  test('without WebGL, the picture stays and its places open their pages', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await withoutWebGL(page);
    await page.goto('./');
    await expect(page.locator('body')).toHaveAttribute('data-map', 'unavailable');
    await expectPictureWithLinks(page, './', true);
  });

  test('the picture is the largest paint on every language page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const { path } of LANGUAGE_PAGES) {
      await page.goto(path);
      await page.waitForLoadState('load');
      // The picture's entry comes with its paint, which on a busy machine may follow the load event:
      // read the newest entry until it settles.
      const readLargest = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              new PerformanceObserver((list) => {
                const last = list.getEntries().at(-1) as
                  | (PerformanceEntry & { element?: Element })
                  | undefined;
                const element = last?.element;
                resolve(element ? `${element.tagName.toLowerCase()}.${element.className}` : 'none');
              }).observe({ type: 'largest-contentful-paint', buffered: true });
            }),
        );
      await expect.poll(readLargest, { message: path, timeout: 10_000 }).toBe('img.map-picture-image');
    }
  });
});
