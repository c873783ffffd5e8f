/**
 * Every marker is a fair target: at the overview's zoom Termez, the bridge and Hairatan overlap, and so
 * do Tashkent and the university. A real click on one of them asks which place is meant and never opens
 * a neighbour by surprise; choosing opens the one chosen.
 */
import type { Page } from '@playwright/test';
import { expect, readPlaces, test } from './support.ts';

/** Where a place's marker is drawn on the page, asked of the map itself. */
async function markerOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const place = readPlaces().find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return page.evaluate((lngLat) => {
    const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number } } })
      .__map;
    const box = (document.querySelector('#map canvas') as HTMLCanvasElement).getBoundingClientRect();
    const at = map.project(lngLat);
    return { x: box.left + at.x, y: box.top + at.y };
  }, place.coordinates);
}

for (const [clicked, neighbours] of [
  ['termez', ['hairaton-bridge', 'hairatan']],
  ['tashkent', ['uwed']],
] as const) {
  test(`a click on ${clicked} at the overview's zoom asks which place, then opens the one chosen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?bench');
    await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1);
    await page.waitForSelector('#panel[data-view="overview"]');
    const at = await markerOnPage(page, clicked);
    await page.mouse.click(at.x, at.y);

    const chooser = page.locator('.place-chooser');
    await expect(chooser).toBeVisible();
    const offered = await chooser
      .locator('[data-place-id]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.placeId));
    expect(offered).toContain(clicked);
    for (const id of neighbours) expect(offered).toContain(id);
    // Nothing opened by surprise.
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
    expect(page.url()).not.toMatch(/place=/);

    await chooser.locator(`[data-place-id="${clicked}"]`).click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await expect(page).toHaveURL(new RegExp(`place=${clicked}(&|$)`));
    await expect(chooser).toHaveCount(0);
  });
}

test('the chooser works by keyboard: its first place has focus, Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?bench');
  await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1);
  const at = await markerOnPage(page, 'termez');
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.place-chooser [data-place-id]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.place-chooser')).toHaveCount(0);
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
});

test('on the Russian page the chooser asks in Russian and names each kind as the panel does', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./ru/?bench');
  await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1);
  const at = await markerOnPage(page, 'termez');
  await page.mouse.click(at.x, at.y);
  const chooser = page.locator('.place-chooser');
  await expect(chooser.locator('.place-chooser-title')).toHaveText(/^Здесь \d+ мест\S* — какое из них\?$/);
  await expect(chooser.locator('[data-place-id="termez"] .place-chooser-kind')).toHaveText(' · Город');
});
