/**
 * The search box, driven as a reader would: by mouse and by keyboard only, in real Chromium. Choosing a
 * result opens its view, puts it in the address and moves the map there.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from './axe.ts';
import { expect, readJson, readPlaces, test, waitForMapIdle, waitForNextIdle } from './support.ts';

interface ProgrammeRecord {
  id: string;
  acronym: string;
  name: string;
}
const programmes = readJson<ProgrammeRecord[]>('data/programmes.json');
const termez = readPlaces().find((p) => p.id === 'termez');
if (!termez) throw new Error('the data has no Termez');

const input = (page: Page) => page.locator('#search-input');
const options = (page: Page) => page.locator('#search-results [role="option"]');

/** The camera the address names: `map=zoom/lat/lon/bearing/pitch`. */
function readCamera(url: string): { zoom: number; lon: number; lat: number } {
  const match = /map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/.exec(url);
  if (!match) throw new Error(`no camera in ${url}`);
  return { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) };
}

async function openAtlas(page: Page): Promise<void> {
  await page.goto('./');
  await waitForMapIdle(page);
}

/** Opens Termez from the results and checks the view, the address and the camera. */
async function expectTermezOpened(page: Page): Promise<void> {
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
  await expect(page.locator('#panel h2')).toHaveText('Termez');
  await expect(page).toHaveURL(/place=termez/);
  await waitForNextIdle(page);
  await expect
    .poll(() => {
      const camera = readCamera(page.url());
      return (
        Math.abs(camera.lon - (termez?.coordinates[0] ?? 0)) < 0.5 &&
        Math.abs(camera.lat - (termez?.coordinates[1] ?? 0)) < 0.5 &&
        camera.zoom >= 7
      );
    })
    .toBe(true);
  await expect(page.locator('#map')).toHaveAttribute('data-related-places', /termez-airfield/);
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
}

test.describe('search', () => {
  test('by keyboard only: / focuses, Cyrillic local name, arrows and Enter open Termez', async ({ page }) => {
    await openAtlas(page);
    await page.locator('body').press('/');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('Термиз');
    await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(options(page).first()).toHaveText('Termez');
    // The best match is active as soon as the list shows, so Enter alone would open it.
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
    // Down and back up again lands on the same option.
    expect(await options(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expectTermezOpened(page);
    await expect(page.locator('#panel h2')).toBeFocused();
  });

  test('by mouse: a Latin spelling (Termiz) finds Termez and a click opens it', async ({ page }) => {
    await openAtlas(page);
    await input(page).click();
    await input(page).fill('Termiz');
    await expect(options(page).first()).toHaveText('Termez');
    await options(page).first().click();
    await expectTermezOpened(page);
  });

  test('a typo (Samarkant) and missing diacritics (melange) still find their items', async ({ page }) => {
    await openAtlas(page);
    await input(page).fill('Samarkant');
    await expect(options(page).first()).toHaveText('Samarkand');
    await input(page).fill('Termex');
    await expect(options(page).first()).toHaveText('Termez');
    await input(page).fill('melange');
    const melange = programmes.find((p) => p.id === 'melange-project');
    await expect(
      page.locator('#search-results [role="group"][aria-label="Programmes"] [role="option"]').first(),
    ).toHaveText(`${melange?.acronym} — ${melange?.name}`);
    await expect(page.locator('#search-results [role="group"][aria-label="Events"]')).toBeVisible();
    await expect(page.locator('#announcer')).toHaveText(/^\d+ results?$/);
  });

  test('a programme by acronym, chosen by mouse, opens its view', async ({ page }) => {
    await openAtlas(page);
    const parp = programmes.find((p) => p.id === 'parp');
    if (!parp) throw new Error('the data has no PARP');
    await input(page).fill(parp.acronym.toLowerCase());
    const option = page
      .locator('#search-results [role="group"][aria-label="Programmes"] [role="option"]')
      .first();
    await expect(option).toHaveText(`${parp.acronym} — ${parp.name}`);
    await option.click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'programme');
    await expect(page).toHaveURL(/programme=parp/);
  });

  test('no match says so; Escape closes the list, then clears the box', async ({ page }) => {
    await openAtlas(page);
    await input(page).fill('qqqqzzzz');
    await expect(page.locator('#search-empty')).toHaveText('No place, event or programme matches “qqqqzzzz”');
    await expect(page.locator('#announcer')).toHaveText('No place, event or programme matches “qqqqzzzz”');
    await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
    await input(page).press('Escape');
    await expect(page.locator('#search-empty')).toBeHidden();
    await expect(input(page)).toHaveValue('qqqqzzzz');
    await input(page).press('Escape');
    await expect(input(page)).toHaveValue('');
  });

  test('/ typed in a text field is text, not a jump to the search box', async ({ page }) => {
    await openAtlas(page);
    await input(page).fill('a/b');
    await expect(input(page)).toHaveValue('a/b');
  });

  test('the open list follows the combobox pattern and axe finds nothing', async ({ page }) => {
    await openAtlas(page);
    await input(page).fill('Termez');
    await expect(input(page)).toHaveAttribute('role', 'combobox');
    await expect(input(page)).toHaveAttribute('aria-controls', 'search-results');
    await expect(page.locator('#search-results')).toHaveAttribute('role', 'listbox');
    const groups = page.locator('#search-results > [role="group"]');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual([
      'Places',
      'Events',
    ]);
    expect(await options(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const violations = await new AxeBuilder(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
