/**
 * What lies over the map (the legend, the attribution, the route bar, the pointers to far places)
 * never covers a story place's name: at every route stop and in every story chapter, at rest, at
 * each common window size.
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
  { name: 'pointer to a far place', selector: '.edge-pointer' },
] as const;

/**
 * Opens a link and waits until the camera is at rest and the labels are placed. The first link loads
 * the page; later ones follow in it (the reader's own way, and a page load fewer each), the camera
 * cutting to each view as reduced motion asks.
 */
async function openAtRest(page: Page, hash: string): Promise<void> {
  if (!page.url().includes('?bench')) {
    // `?bench` exposes the map object, so the test can ask it where names are drawn.
    await page.goto(`./?bench${hash}`);
    await waitForMapIdle(page);
  } else {
    const idle = await page.evaluate(() => Number(document.getElementById('map')?.dataset.idle ?? 0));
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await waitForMapIdle(page, idle + 1);
  }
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
    test.use({ viewport: { width: viewport.width, height: viewport.height }, reducedMotion: 'reduce' });

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

for (const viewport of [
  { name: '390x844', width: 390, height: 844 },
  { name: '1280x720', width: 1280, height: 720 },
])
  test.describe(`the key and the credits at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the credits are a button in the map corner that opens them on demand', async ({ page }) => {
      await openAtRest(page, '#stop=3');
      const credits = page.locator('#map .maplibregl-ctrl-attrib');
      // Folded: only the button shows, the credits' text is not drawn over the map.
      await expect(credits).toHaveClass(/maplibregl-compact/);
      await expect(credits).not.toHaveClass(/maplibregl-compact-show/);
      await expect(page.locator('#map .maplibregl-ctrl-attrib-inner')).toBeHidden();
      const box = await credits.boundingBox();
      expect(box?.height ?? 99).toBeLessThan(40);
      await page.locator('#map .maplibregl-ctrl-attrib-button').click();
      const inner = page.locator('#map .maplibregl-ctrl-attrib-inner');
      await expect(inner).toBeVisible();
      await expect(inner).toContainText('GeoNames (CC BY 4.0)');
      await expect(inner).toContainText('OpenStreetMap');
      await expect(inner).toContainText('Natural Earth');
    });

    test("the route's key is never over the map, and on a phone it opens from the keyboard", async ({
      page,
    }) => {
      await openAtRest(page, '#stop=3');
      const key = page.locator('#legend');
      const map = await page.locator('#map').boundingBox();
      const keyBox = await key.boundingBox();
      if (!map || !keyBox) throw new Error('no map or key box');
      expect(keyBox.y + keyBox.height <= map.y || keyBox.x >= map.x + map.width).toBe(true);
      const toggle = page.getByRole('button', { name: 'Key' });
      const rail = page.locator('#legend-body').getByText('Rail');
      if (viewport.width > 720 && viewport.height > 800) {
        // Beside a tall map there is room: the key is always shown, no button. On a phone and in a
        // window under 800 px high the side column's room goes to the panel and the key opens on demand.
        await expect(toggle).toBeHidden();
        await expect(rail).toBeVisible();
        return;
      }
      await expect(rail).toBeHidden();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(rail).toBeVisible();
      // Escape closes the key and leaves the route alone.
      await page.keyboard.press('Escape');
      await expect(rail).toBeHidden();
      await expect(toggle).toBeFocused();
      await expect(page.locator('#route-bar')).toBeVisible();
      await page.keyboard.press('Space');
      await expect(rail).toBeVisible();
      // A press elsewhere closes it too.
      await page.locator('#panel').click({ position: { x: 5, y: 5 } });
      await expect(rail).toBeHidden();
    });
  });
