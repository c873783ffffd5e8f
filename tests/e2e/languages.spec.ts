/**
 * The atlas in other languages and scripts, as far as the English page already serves them: search
 * by Uzbek and Russian names, and fonts that draw Uzbek Cyrillic, Uzbek Latin and Russian offline.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/messages-en.ts';
import { ru } from '../../src/i18n/messages-ru.ts';
import { uz } from '../../src/i18n/messages-uz.ts';
import { expect, test, waitForMapIdle } from './support.ts';

const input = (page: Page) => page.locator('#search-input');
const places = (page: Page) =>
  page.locator('#search-results [role="group"][aria-label="Places"] [role="option"]');

test.describe('other languages and scripts', () => {
  test('Tashkent, Toshkent and Ташкент find Tashkent; Farg‘ona however typed finds the Ferghana Valley', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    for (const query of ['Tashkent', 'Toshkent', 'Ташкент']) {
      await input(page).fill(query);
      await expect(places(page).first(), query).toHaveText('Tashkent');
    }
    for (const query of ["Farg'ona", 'Fargʻona', 'Farg’ona', 'Farg`ona', 'Фергана']) {
      await input(page).fill(query);
      await expect(places(page).first(), query).toHaveText('Ferghana Valley');
    }
    await places(page).first().click();
    await expect(page).toHaveURL(/place=ferghana/);
  });

  test('the page’s own fonts draw Uzbek Latin, Uzbek Cyrillic and Russian once the map is up', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    // `check` is true only when every face the text needs is loaded: none is missing or pending.
    const ready = await page.evaluate(() =>
      ['Oʻzbekiston Fargʻona taʼlim', 'Самарқанд Фарғона Жаҳон', 'Ташкент «Партнерство ради мира»'].map(
        (text) => document.fonts.check('16px "Noto Sans"', text),
      ),
    );
    expect(ready).toEqual([true, true, true]);
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.includes('Noto Sans') && f.status === 'loaded')
        .map((f) => f.unicodeRange),
    );
    expect(loaded).toContain('U+492-493, U+49A-49B, U+4B2-4B3');
  });
});

test.describe('a page per language', () => {
  test('search finds Tashkent by every name on the Uzbek and Russian pages too', async ({ page }) => {
    for (const [path, name, group] of [
      ['uz/', 'Toshkent', 'Joylar'],
      ['ru/', 'Ташкент', 'Места'],
    ] as const) {
      await page.goto(`./${path}`);
      await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
      for (const query of ['Tashkent', 'Toshkent', 'Ташкент']) {
        await input(page).fill(query);
        const option = page.locator(`#search-results [role="group"][aria-label="${group}"] [role="option"]`);
        await expect(option.first(), `${query} on ${path}`).toHaveText(name);
      }
    }
  });

  test('the language switch opens the same view in the other language, keeping the link', async ({
    page,
  }) => {
    await page.goto('./#place=termez');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await page.locator('#language-switch a[hreflang="ru"]').click();
    await expect(page).toHaveURL(/\/ru\/#place=termez(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#panel h2')).toHaveText('Термез');
    await expect(page.locator('#follow-route')).toHaveText('Пройти транзитный маршрут');
    await page.locator('#language-switch a[hreflang="uz-Latn"]').click();
    await expect(page).toHaveURL(/\/uz\/#place=termez(&|$)/);
    await expect(page.locator('#panel h2')).toHaveText('Termiz');
    // A view chosen after the page opened travels too.
    await page.locator('#panel [data-action="close"]').click();
    await page.locator('#panel .place-list [data-place-id="tashkent"]').click();
    await expect(page).toHaveURL(/place=tashkent/);
    await page.locator('#language-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/:[0-9]+\/#place=tashkent(&|$)/);
    await expect(page.locator('#panel h2')).toHaveText('Tashkent');
  });

  test('each page loads only its own language’s texts', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('./uz/#place=tashkent');
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
    // Its catalogue is a script chunk, its content a data file beside the bundle.
    expect(requests.filter((url) => /messages-uz-[^/]*\.js$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /\/data\/texts-uz\.json$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /messages-ru-|texts-ru\.json/.test(url))).toEqual([]);
    // The script put the Uzbek texts in place: the place's name as the translation spells it.
    await expect(page.locator('#panel h2')).toHaveText('Toshkent');
  });

  test('the chronology reads with JavaScript off, in Russian', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./ru/#reading');
    await expect(page.locator('#chronology-title')).toHaveText('Хронология');
    await expect(page.locator('#chronology .chron-event').first()).toBeVisible();
    await expect(page.locator('#place\\=tashkent h3')).toContainText('Ташкент');
    await context.close();
  });
});

test.describe('the map’s own controls', () => {
  for (const [path, messages] of [
    ['uz/', uz],
    ['ru/', ru],
  ] as const)
    test(`speak the page’s language on ${path}: zoom, compass, credits and scale`, async ({ page }) => {
      await page.goto(`./${path}`);
      await waitForMapIdle(page);
      const controls = messages.mapControls;
      const map = page.locator('#map');
      for (const [selector, key] of [
        ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
        ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
        ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
        ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
      ] as const) {
        const label = controls[key];
        expect(label, key).not.toBe(en.mapControls[key]);
        await expect(map.locator(selector), key).toHaveAttribute('aria-label', label);
        await expect(map.locator(selector), key).toHaveAttribute('title', label);
      }
      await expect(map.locator('.maplibregl-ctrl-scale')).toContainText(
        new RegExp(`\\d\\s(${controls['ScaleControl.Kilometers']}|${controls['ScaleControl.Meters']})$`),
      );
      await map.locator('.maplibregl-ctrl-attrib-button').click();
      const credits = map.locator('.maplibregl-ctrl-attrib-inner');
      for (const text of [
        messages.creditsBasemap,
        messages.creditsTowns,
        messages.creditsOsm,
        messages.creditsStory,
      ]) {
        expect(text).not.toBe('');
        await expect(credits).toContainText(text);
      }
      await expect(credits).not.toContainText(en.creditsTowns);
      await expect(credits).not.toContainText(en.creditsStory);
    });
});
