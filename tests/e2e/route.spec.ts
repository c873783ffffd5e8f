import { expect, readJson, readPlaces, test, waitForMapIdle } from './support.ts';

const route = readJson<{ stops: { placeId: string }[] }>('data/route.json');
const names = new Map(readPlaces().map((p) => [p.id, p.name]));
const stopNames = route.stops.map((s) => names.get(s.placeId) ?? s.placeId);
const progress = (n: number) => new RegExp(`^Stop ${n} of ${route.stops.length}: `);

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
    await expect(page.locator('[data-route="next"]')).toBeDisabled();
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

  test('a link to a stop resumes there', async ({ page }) => {
    await page.goto(`./#stop=${route.stops.length}`);
    await waitForMapIdle(page);
    await expect(page.locator('.route-progress')).toHaveText(progress(route.stops.length));
    await expect(page.locator('#panel h2')).toHaveText('Kabul');
    await expect(page.locator('#panel [aria-current="step"]')).toHaveText('Kabul');
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
