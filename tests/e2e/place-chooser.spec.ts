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

/** Opens the chooser on Tashkent's marker, which overlaps the university's at the overview's zoom. */
async function openChooserOnTashkent(page: Page): Promise<void> {
  await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1);
  const at = await markerOnPage(page, 'tashkent');
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.place-chooser [data-place-id="uwed"]')).toBeVisible();
}

// One rule closes every transient overlay when the view changes; the chooser is anchored to the map, so
// left open it would point at the old view from off the map, its buttons still in the tab order.
test.describe('the chooser closes when the view changes', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('a search result', async ({ page }) => {
    await page.goto('./?bench');
    await openChooserOnTashkent(page);
    await page.locator('#search-input').fill('Termez');
    await expect(page.locator('#search-results [role="option"]').first()).toHaveText('Termez');
    await page.locator('#search-input').press('Enter');
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await expect(page.locator('.place-chooser')).toHaveCount(0);
  });

  test('Back', async ({ page }) => {
    await page.goto('./?bench#place=termez');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1);
    const idle = await page.evaluate(() => Number(document.getElementById('map')?.dataset.idle ?? 0));
    // "Overview" brings the map back to the region, where Tashkent and the university overlap.
    await page.locator('#panel [data-action="close"]').first().click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
    await page.waitForFunction(
      (before) => Number(document.getElementById('map')?.dataset.idle ?? 0) > before,
      idle,
    );
    await openChooserOnTashkent(page);
    await page.goBack();
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await expect(page.locator('.place-chooser')).toHaveCount(0);
  });

  test('following the route', async ({ page }) => {
    await page.goto('./?bench');
    await openChooserOnTashkent(page);
    await page.locator('#follow-route').click();
    await expect(page.locator('#route-bar')).toBeVisible();
    await expect(page.locator('.place-chooser')).toHaveCount(0);
  });

  test('a timeline mark', async ({ page }) => {
    await page.goto('./?bench');
    await openChooserOnTashkent(page);
    // Showing every mark changes no view: the chooser is still open when the mark is clicked.
    const detail = page.getByRole('button', { name: 'All events and programmes' });
    if ((await detail.getAttribute('aria-pressed')) !== 'true') await detail.click();
    await expect(page.locator('.place-chooser')).toHaveCount(1);
    await page.locator('#timeline .mark[data-event-id="joins-pfp"]').click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    await expect(page.locator('.place-chooser')).toHaveCount(0);
  });
});
