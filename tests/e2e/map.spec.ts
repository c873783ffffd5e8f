import { mkdirSync } from 'node:fs';
import { expect, openAt, projectToPage, readJson, readPlaces, test, waitForMapIdle } from './support.ts';

const placesWithEvents = new Set(
  readJson<{ placeIds: string[] }[]>('data/events.json').flatMap((event) => event.placeIds),
);

test.describe('the map', () => {
  test('draws with WebGL, reaches idle, and keeps a screenshot', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const webgl = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
      return Boolean(canvas?.getContext('webgl2') ?? canvas?.getContext('webgl'));
    });
    expect(webgl).toBe(true);
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
    mkdirSync('tests/artifacts', { recursive: true });
    const shot = await page.screenshot({ path: 'tests/artifacts/overview.png' });
    // A blank canvas compresses to almost nothing; a drawn map does not.
    expect(shot.byteLength).toBeGreaterThan(40_000);
    await expect(page.locator('#panel h2')).toHaveText(/NATO and Uzbekistan/);
  });

  // A country is drawn by its shape, not as a point: it is not clicked here.
  for (const place of readPlaces().filter((p) => p.kind !== 'country')) {
    test(`a click on ${place.name} opens its panel`, async ({ page }) => {
      const [lon, lat] = place.coordinates;
      // Zoom 10 keeps neighbours (Termez, its airfield, the bridge) apart by far more than a click's slop.
      await openAt(page, 10, lon, lat);
      const at = await projectToPage(page, 10, [lon, lat], place.coordinates);
      await page.mouse.click(at.x, at.y);
      await expect(page.locator('#panel h2')).toHaveText(place.name);
      // A route stop or a parent city may have no event of its own.
      if (placesWithEvents.has(place.id))
        await expect(page.locator('#panel .event-list li').first()).toBeVisible();
      expect(page.url()).toContain(`place=${place.id}`);
    });
  }
});
