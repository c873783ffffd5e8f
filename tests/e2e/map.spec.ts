import { mkdirSync } from 'node:fs';
import { expect, openAt, projectToPage, readPlaces, test, waitForMapIdle } from './support.ts';

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

  for (const place of readPlaces()) {
    test(`a click on ${place.name} opens its panel`, async ({ page }) => {
      const [lon, lat] = place.coordinates;
      // Zoom 10 keeps neighbours (Termez, its airfield, the bridge) apart by far more than a click's slop.
      await openAt(page, 10, lon, lat);
      const at = await projectToPage(page, 10, [lon, lat], place.coordinates);
      await page.mouse.click(at.x, at.y);
      await expect(page.locator('#panel h2')).toHaveText(place.name);
      await expect(page.locator('#panel .event-list li').first()).toBeVisible();
      expect(page.url()).toContain(`place=${place.id}`);
    });
  }
});
