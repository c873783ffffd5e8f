/**
 * The map is the main surface: in each main view at each common window size, the share of the window
 * where a click lands on the map canvas (nothing drawn over it) meets the layout's promise, and the
 * place the view is about is drawn where the reader can see and click it.
 */
import type { Page } from '@playwright/test';
import { expect, locateOnMap, readPlaces, test } from './support.ts';
import { LANGUAGE_PAGES, MAIN_VIEWS, openView, VIEWPORTS } from './views.ts';

/** The least share of the window that is map, per window size: overview, then anything open. */
const LEAST_SHARE: Readonly<Record<string, { overview: number; open: number }>> = {
  '1280x720': { overview: 0.55, open: 0.55 },
  '1366x768': { overview: 0.6, open: 0.6 },
  '1920x1080': { overview: 0.6, open: 0.6 },
  '390x844': { overview: 0.45, open: 0.4 },
};

/** The place each view is about, which must be on screen and hit the canvas. */
const CHOSEN_PLACE: Readonly<Record<string, string | null>> = {
  overview: 'tashkent',
  place: 'termez',
  event: null,
  programme: null,
  'route-stop': 'termez',
  story: 'andijan',
};

/**
 * A place a view points to from the map's edge instead of framing: joining PfP happened only in
 * Brussels, and the event keeps the region in frame, as a chapter that names Brussels does.
 */
const POINTED_PLACE: Readonly<Record<string, string>> = { event: 'nato-hq' };

const MEASURED_VIEWS = MAIN_VIEWS.filter((v) => v.name in CHOSEN_PLACE);

/** Share of a grid of points over the whole window where `elementFromPoint` finds the map's canvas. */
function measureCanvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#map canvas');
    const step = 8;
    let hits = 0;
    let total = 0;
    for (let y = step / 2; y < window.innerHeight; y += step)
      for (let x = step / 2; x < window.innerWidth; x += step) {
        total += 1;
        if (document.elementFromPoint(x, y) === canvas) hits += 1;
      }
    return hits / total;
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const view of MEASURED_VIEWS) {
      test(`${view.name}: the map has the room and shows what was chosen`, async ({ page }) => {
        // `?bench` exposes the map object, so the test can ask it where a place is drawn.
        await openView(page, { ...view, hash: `?bench${view.hash}` });
        // Let a fit or flight the view asked for come to rest.
        await page.waitForFunction(() => {
          const map = (window as unknown as { __map?: { isMoving(): boolean } }).__map;
          return map !== undefined && !map.isMoving();
        });
        await page.waitForTimeout(1200);
        const share = await measureCanvasShare(page);
        const least = LEAST_SHARE[viewport.name] ?? { overview: 0.6, open: 0.6 };
        const wanted = view.name === 'overview' ? least.overview : least.open;
        console.log(`map share ${viewport.name} ${view.name} ${(share * 100).toFixed(1)} %`);
        expect(
          share,
          `share of the window that is map in ${view.name} at ${viewport.name}`,
        ).toBeGreaterThanOrEqual(wanted);

        const pointed = POINTED_PLACE[view.name];
        if (pointed) {
          const pointer = page.locator(`.edge-pointer[data-place-id="${pointed}"]`);
          await expect(pointer).toBeVisible();
          const box = await pointer.boundingBox();
          expect(
            box && box.x >= 0 && box.x + box.width <= viewport.width,
            `${pointed} pointer in sight`,
          ).toBe(true);
          // The region stays in frame: Tashkent is on screen.
          const tashkent = readPlaces().find((p) => p.id === 'tashkent');
          if (tashkent) expect((await locateOnMap(page, tashkent.coordinates)).inside).toBe(true);
        }
        const placeId = CHOSEN_PLACE[view.name];
        if (!placeId) return;
        const place = readPlaces().find((p) => p.id === placeId);
        if (!place) throw new Error(`no place ${placeId}`);
        const seen = await locateOnMap(page, place.coordinates);
        expect(
          seen.inside,
          `${placeId} on screen in ${view.name} at ${viewport.name} (${seen.x}, ${seen.y})`,
        ).toBe(true);
        expect(
          seen.hits,
          `${placeId} hits the canvas in ${view.name} at ${viewport.name} (${seen.x}, ${seen.y})`,
        ).toBe(true);
      });
    }
  });
}

// Beside the map in a window under 800 px high, the side column's header (title, buttons, search row)
// leaves the panel most of the column, in the longest languages too.
for (const viewport of VIEWPORTS.filter((v) => v.width > 720 && v.height < 800))
  for (const language of LANGUAGE_PAGES)
    test(`at ${viewport.name} in ${language.name} the panel has most of the side column`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const overview = MAIN_VIEWS.find((v) => v.name === 'overview');
      if (!overview) throw new Error('no overview view');
      await openView(page, overview, language.path);
      const share = await page.evaluate(() => {
        const height = (selector: string) =>
          document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
        return {
          header: (height('.topbar') + height('.finder')) / window.innerHeight,
          panel: height('#sheet') / window.innerHeight,
        };
      });
      console.log(`side column ${viewport.name} ${language.name}: ${JSON.stringify(share)}`);
      expect(
        share.header,
        `header's share of the column at ${viewport.name} in ${language.name}`,
      ).toBeLessThanOrEqual(0.25);
      expect(
        share.panel,
        `panel's share of the column at ${viewport.name} in ${language.name}`,
      ).toBeGreaterThanOrEqual(0.7);
    });
