/**
 * The atlas in other languages and scripts, as far as the English page already serves them: search
 * by Uzbek and Russian names, and fonts that draw Uzbek Cyrillic, Uzbek Latin and Russian offline.
 */
import type { Page } from '@playwright/test';
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
