/**
 * What lies over the map (the legend, the attribution, the route bar) never covers a story place's
 * name: at every route stop and in every story chapter, at rest, at each common window size.
 */
import type { Page } from '@playwright/test';
import { expect, findLabelCells, readJson, test, waitForMapIdle } from './support.ts';
import { VIEWPORTS } from './views.ts';

const route = readJson<{ stops: { placeId: string }[] }>('data/route.json');
const chapters = readJson<{ id: string }[]>('data/story.json');

/** The overlays that may lie over the map, by what the reader calls them. */
const OVERLAYS = [
  { name: 'legend', selector: '.legend' },
  { name: 'attribution', selector: '#map .maplibregl-ctrl-attrib' },
  { name: 'route bar', selector: '#route-bar' },
] as const;

/** Loads a link afresh and waits until the camera is at rest and the labels are placed. */
async function openAtRest(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  // `?bench` exposes the map object, so the test can ask it where names are drawn.
  await page.goto(`./?bench${hash}`);
  await waitForMapIdle(page);
  await page.waitForFunction(() => {
    const map = (window as unknown as { __map?: { isMoving(): boolean; loaded(): boolean } }).__map;
    return map !== undefined && !map.isMoving() && map.loaded();
  });
  // Labels fade in over a few hundred milliseconds after placement.
  await page.waitForTimeout(500);
}

/** Each story place's name cell that an overlay is drawn over, described for the failure message. */
async function findCoveredLabels(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  for (const overlay of OVERLAYS) {
    const boxes = await page.locator(overlay.selector).evaluateAll((elements) =>
      elements
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
    );
    for (const box of boxes) {
      const cells = await findLabelCells(page, box);
      const covered = await page.evaluate(
        ({ cells, selector }) =>
          cells.filter((c) => {
            const hit = document.elementFromPoint(c.x, c.y);
            return hit !== null && hit.closest(selector) !== null;
          }),
        { cells, selector: overlay.selector },
      );
      const ids = [...new Set(covered.map((c) => c.id))];
      for (const id of ids) {
        const first = covered.find((c) => c.id === id);
        problems.push(
          `${where}: the ${overlay.name} covers ${id}'s name at ${Math.round(first?.x ?? 0)},${Math.round(first?.y ?? 0)}`,
        );
      }
    }
  }
  return problems;
}

for (const viewport of VIEWPORTS)
  test.describe(`story names clear of the overlays at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('at every route stop', async ({ page }) => {
      const problems: string[] = [];
      for (let i = 0; i < route.stops.length; i++) {
        await openAtRest(page, `#stop=${i + 1}`);
        await expect(page.locator('#route-bar .route-progress')).toBeVisible();
        problems.push(...(await findCoveredLabels(page, `stop ${i + 1}`)));
      }
      expect(problems).toEqual([]);
    });

    test('in every story chapter', async ({ page }) => {
      const problems: string[] = [];
      for (const chapter of chapters) {
        await openAtRest(page, `#chapter=${chapter.id}`);
        await expect(page.locator('#panel[data-view="story"]')).toBeAttached();
        problems.push(...(await findCoveredLabels(page, `chapter ${chapter.id}`)));
      }
      expect(problems).toEqual([]);
    });
  });
