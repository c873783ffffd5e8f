import type { Page } from '@playwright/test';
import {
  expect,
  findPlaceLabelCells,
  locateOnMap,
  readJson,
  readPlaces,
  test,
  waitForCameraStill,
  waitForMapIdle,
} from './support.ts';

const route = readJson<{ stops: { placeId: string }[] }>('data/route.json');
const places = readPlaces();
const names = new Map(places.map((p) => [p.id, p.name]));
const stopPoints = route.stops.map(
  (s): [number, number] => places.find((p) => p.id === s.placeId)?.coordinates ?? [0, 0],
);
const stopNames = route.stops.map((s) => names.get(s.placeId) ?? s.placeId);
/** The bar's progress line at stop `n`; the last stop says first that the route ends there. */
const progress = (n: number) =>
  new RegExp(
    `^${n === route.stops.length ? 'The end of the route\\. ' : ''}Stop ${n} of ${route.stops.length}: `,
  );

/** Whether a point is drawn inside the window and a click there would land on the map's canvas. */
async function isSeen(page: Page, lngLat: [number, number]): Promise<boolean> {
  return (await locateOnMap(page, lngLat)).hits;
}

test.describe('following the transit route', () => {
  test('steps with Next from Tashkent to Kabul, passing Termez and the bridge in order', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Follow the transit route' }).click();
    await page.getByRole('button', { name: 'Pause' }).first().click();
    await expect(page.locator('.route-progress')).toHaveText(progress(1));
    const seen: string[] = [];
    for (let i = 0; i < route.stops.length; i++) {
      await expect(page.locator('.route-progress')).toHaveText(progress(i + 1));
      await expect(page.locator('#panel h2')).toHaveText(stopNames[i] ?? '');
      seen.push((await page.locator('#panel h2').textContent()) ?? '');
      if (i < route.stops.length - 1) {
        await page.locator('[data-route="next"]').click();
      }
    }
    expect(seen[0]).toBe('Tashkent');
    expect(seen.at(-1)).toBe('Kabul');
    const termez = seen.indexOf('Termez');
    const bridge = seen.findIndex((n) => /Bridge/.test(n));
    expect(termez).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(termez);
    // The end: nothing left to play or step to; Leave (and Previous) remain.
    await expect(page.locator('[data-route="next"]')).toBeHidden();
    await expect(page.locator('[data-route="play"]')).toBeHidden();
    await expect(page.locator('[data-route="leave"]')).toBeVisible();
    await expect(page.locator('.route-progress')).toContainText(/km of/);
    await page.screenshot({ path: 'tests/artifacts/route-kabul.png' });
  });

  test('play advances by itself, and a drag on the map pauses it', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Follow the transit route' }).click();
    await expect(page.locator('.route-progress')).toHaveText(progress(2), { timeout: 30_000 });
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('[data-route="play"]')).toHaveText('Play');
    const stuck = await page.locator('.route-progress').textContent();
    await page.waitForTimeout(4000);
    await expect(page.locator('.route-progress')).toHaveText(stuck ?? '');
  });

  test('keyboard shortcuts step the route', async ({ page }) => {
    await page.goto('./#stop=2');
    await waitForMapIdle(page);
    await expect(page.locator('.route-progress')).toHaveText(progress(2));
    await page.locator('#follow-route').focus();
    await page.keyboard.press('n');
    await expect(page.locator('.route-progress')).toHaveText(progress(3));
    await page.keyboard.press('p');
    await expect(page.locator('.route-progress')).toHaveText(progress(2));
    await expect(page.locator('#announcer')).toContainText(`Stop 2 of ${route.stops.length}`);
  });

  test('with reduced motion each stop is a cut', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#stop=1');
    await waitForMapIdle(page);
    await page.locator('[data-route="next"]').click();
    await expect(page.locator('.route-progress')).toHaveText(progress(2));
    // A cut leaves the camera unpitched and north-up, and the link says where it is at once.
    await page.waitForTimeout(700);
    expect(page.url()).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+\/0\/0/);
  });

  test('the map stays north-up and flat: at rest at every stop, and on the way between them', async ({
    page,
  }) => {
    // `?bench` exposes the map object, so the test can read its camera where it stands.
    await page.goto('./?bench#stop=1');
    await waitForMapIdle(page);
    const readCamera = (p: Page) =>
      p.evaluate(() => {
        const map = (
          window as unknown as { __map: { getBearing(): number; getPitch(): number; isMoving(): boolean } }
        ).__map;
        return { bearing: map.getBearing(), pitch: map.getPitch(), moving: map.isMoving() };
      });
    // The camera is reported to the link once, when the journey comes to rest.
    const linkCamera = () => /map=[^&]*/.exec(page.url())?.[0] ?? '';
    const turned: string[] = [];
    for (let i = 0; i < route.stops.length; i++) {
      await expect(page.locator('.route-progress')).toHaveText(progress(i + 1));
      await waitForCameraStill(page);
      const rest = await readCamera(page);
      if (Math.abs(rest.bearing) > 0.5 || rest.pitch > 0.5)
        turned.push(
          `${stopNames[i]} at rest: bearing ${rest.bearing.toFixed(1)}°, pitch ${rest.pitch.toFixed(1)}°`,
        );
      // The stop and the next one are where the reader can see them: on the canvas, nothing over them.
      for (const j of [i, i + 1].filter((k) => k < route.stops.length))
        expect(await isSeen(page, stopPoints[j] ?? [0, 0]), `${stopNames[j]} seen at stop ${i + 1}`).toBe(
          true,
        );
      if (i === route.stops.length - 1) break;
      const before = linkCamera();
      await page.locator('[data-route="next"]').click();
      // On the way to the next stop.
      await page.waitForTimeout(400);
      const moving = await readCamera(page);
      if (Math.abs(moving.bearing) > 0.5 || moving.pitch > 0.5)
        turned.push(
          `on the way to ${stopNames[i + 1]}: bearing ${moving.bearing.toFixed(1)}°, pitch ${moving.pitch.toFixed(1)}°`,
        );
      await expect.poll(linkCamera, { timeout: 30_000 }).not.toBe(before);
    }
    expect(turned).toEqual([]);
  });

  test('a link to a stop resumes there', async ({ page }) => {
    await page.goto(`./#stop=${route.stops.length}`);
    await waitForMapIdle(page);
    await expect(page.locator('.route-progress')).toHaveText(progress(route.stops.length));
    await expect(page.locator('#panel h2')).toHaveText('Kabul');
    await expect(page.locator('#panel [aria-current="step"]')).toHaveText('Kabul');
  });
});

for (const viewport of [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
])
  test.describe(`the current stop's name at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('shows at every stop with the next stop in view, and nothing (route bar, legend, attribution) is drawn over it', async ({
      page,
    }) => {
      const problems: string[] = [];
      for (let i = 0; i < route.stops.length; i++) {
        // `?bench` exposes the map object; a fresh load of a stop's link puts the camera there at once.
        await page.goto('about:blank');
        await page.goto(`./?bench#stop=${i + 1}`);
        await waitForMapIdle(page);
        await expect(page.locator('.route-progress')).toHaveText(progress(i + 1));
        await page.waitForFunction(() => {
          const map = (window as unknown as { __map: { isMoving(): boolean; loaded(): boolean } }).__map;
          return !map.isMoving() && map.loaded();
        });
        // The stop and the next one are on the canvas where nothing is drawn over them.
        for (const j of [i, i + 1].filter((k) => k < route.stops.length))
          if (!(await isSeen(page, stopPoints[j] ?? [0, 0])))
            problems.push(`${stopNames[j]}: not in view at stop ${i + 1}`);
        const id = route.stops[i]?.placeId ?? '';
        const cells = await findPlaceLabelCells(page, id, stopPoints[i] ?? [0, 0]);
        if (cells.length === 0) {
          problems.push(`${stopNames[i]}: its name is not drawn`);
          continue;
        }
        const covered = await page.evaluate((points) => {
          const canvas = document.querySelector('#map canvas');
          return points.filter(
            (p) =>
              p.x < 0 ||
              p.y < 0 ||
              p.x >= window.innerWidth ||
              p.y >= window.innerHeight ||
              document.elementFromPoint(p.x, p.y) !== canvas,
          );
        }, cells);
        if (covered.length > 0)
          problems.push(
            `${stopNames[i]}: ${covered.length} of ${cells.length} cells of its name hidden, e.g. at ${Math.round(covered[0]?.x ?? 0)},${Math.round(covered[0]?.y ?? 0)}`,
          );
      }
      expect(problems).toEqual([]);
    });
  });

test.describe('choosing something while following the route', () => {
  /** The camera the link says the map shows: zoom, latitude, longitude, bearing, pitch. */
  const linkCamera = (url: string) => {
    const match = /map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)\/([\d.-]+)\/([\d.-]+)/.exec(url);
    if (!match) return null;
    const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = match.slice(1).map(Number);
    return { zoom, lat, lon, bearing, pitch };
  };

  test('a search result chosen on the route flies the map to it, level and north-up', async ({ page }) => {
    await page.goto('./#stop=2');
    await waitForMapIdle(page);
    await expect(page.locator('.route-progress')).toHaveText(progress(2));
    await page.locator('[data-route="next"]').click();
    // Chosen while the journey to the next stop is still under way.
    await page.locator('#search-input').fill('Andijan');
    await page.locator('#search-input').press('Enter');
    await expect(page.locator('#panel h2')).toHaveText('Andijan');
    await expect(page.locator('#route-bar')).toBeHidden();
    await expect
      .poll(
        () => {
          const camera = linkCamera(page.url());
          return camera !== null && Math.abs(camera.lon - 72.33) < 0.3 && Math.abs(camera.lat - 40.78) < 0.3;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    // Once there it stays: nothing pulls the camera back to the route afterwards.
    await page.waitForTimeout(2500);
    const camera = linkCamera(page.url());
    expect(camera?.lon).toBeCloseTo(72.33, 0);
    expect(camera?.lat).toBeCloseTo(40.78, 0);
    expect(Math.abs(camera?.pitch ?? 99)).toBeLessThan(0.5);
  });
});
