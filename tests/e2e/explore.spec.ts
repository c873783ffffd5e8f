import AxeBuilder from './axe.ts';
import { expect, openAt, projectToPage, readPlaces, test, waitForMapIdle } from './support.ts';

const SEED_PLACES = ['tashkent', 'termez', 'hairaton-bridge', 'samarkand', 'ferghana'];
const places = readPlaces();

test.describe('explore', () => {
  test('a real click at each seed place in the regional view opens it', async ({ page }) => {
    for (const id of SEED_PLACES) {
      const place = places.find((p) => p.id === id);
      if (!place) throw new Error(`no place ${id}`);
      // Offset the camera so the place is not at the centre: the projection must be right.
      const centre: [number, number] = [place.coordinates[0] + 0.08, place.coordinates[1] - 0.05];
      await openAt(page, 9, centre[0], centre[1]);
      const at = await projectToPage(page, 9, centre, place.coordinates);
      await page.mouse.click(at.x, at.y);
      await expect(page.locator('#panel h2')).toHaveText(place.name);
      await expect(page.locator('#panel .event-list li').first()).toBeVisible();
      await page.screenshot({ path: `tests/artifacts/place-${id}.png` });
    }
  });

  test('the keyboard alone opens a place, an event, a programme, and goes back', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const termez = page.locator('#panel .place-list [data-place-id="termez"]');
    await termez.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await expect(page.locator('#panel h2')).toBeFocused();
    await page.keyboard.press('Tab');
    // The first stop after the heading is the first event of the list.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-action'));
    expect(focused).toBe('select-event');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    // The PARP event at Termez links its programme; open it from the event.
    const programme = page.locator('#panel [data-action="select-programme"]').first();
    const hasProgramme = (await programme.count()) > 0;
    if (hasProgramme) {
      await programme.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#panel')).toHaveAttribute('data-view', 'programme');
    }
    await page.locator('#panel [data-action="back"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', hasProgramme ? 'event' : 'place');
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
  });

  test('deep links reopen a place, an event and a programme', async ({ page }) => {
    await page.goto('./#place=samarkand');
    await expect(page.locator('#panel h2')).toHaveText('Samarkand');
    const firstEvent = await page
      .locator('#panel [data-action="select-event"]')
      .first()
      .getAttribute('data-value');
    await page.goto(`./#event=${firstEvent}`);
    await page.reload();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    await page.goto('./#programme=parp');
    await page.reload();
    await expect(page.locator('#panel h2')).toHaveText(/PARP/);
    await waitForMapIdle(page);
  });

  test('back and forward move through selections', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.locator('#panel [data-place-id="tashkent"]').click();
    await expect(page.locator('#panel h2')).toHaveText('Tashkent');
    await page.locator('#panel [data-action="select-event"]').first().click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    await page.goBack();
    await expect(page.locator('#panel h2')).toHaveText('Tashkent');
    await page.goBack();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
    await page.goForward();
    await expect(page.locator('#panel h2')).toHaveText('Tashkent');
  });

  test('a deep link restores the camera', async ({ page }) => {
    await openAt(page, 8, 67.3, 37.3, 'place=termez');
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForTimeout(600);
    expect(page.url()).toMatch(/map=8\/37\.3\/67\.3\//);
  });

  for (const view of ['overview', 'place=termez', 'event', 'programme=pfp']) {
    test(`axe finds no serious violation: ${view}`, async ({ page }) => {
      await page.goto(view === 'overview' || view === 'event' ? './' : `./#${view}`);
      await waitForMapIdle(page);
      if (view === 'event') await page.locator('#panel [data-action="select-event"]').first().click();
      const results = await new AxeBuilder(page).analyze();
      const serious = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }

  test('on a phone the map stays visible above the panel', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./#place=termez');
    await waitForMapIdle(page);
    const map = await page.locator('#map').boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(200);
    expect(panel?.y ?? 0).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1);
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await page.screenshot({ path: 'tests/artifacts/phone.png' });
  });
});
