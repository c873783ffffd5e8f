/**
 * The timeline and the panel look as they did when last approved: each is compared with a committed
 * baseline image (the map canvas is left out, as software WebGL draws it slightly differently from run
 * to run). To approve a change on purpose: `npm run shots:update`, look at the new images under
 * tests/screenshots/, and commit them.
 */
import { expect, test } from './support.ts';
import { LANGUAGE_PAGES, MAIN_VIEWS, openView, VIEWPORTS } from './views.ts';

const COMPARED_VIEWS = ['overview', 'event', 'programme', 'route-stop'];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const view of MAIN_VIEWS.filter((v) => COMPARED_VIEWS.includes(v.name))) {
      test(`${view.name}: timeline and panel match their baselines`, async ({ page }) => {
        await openView(page, view);
        // The tooltip and focus ring depend on where the pointer and focus happen to be.
        await page.mouse.move(0, 0);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await expect(page.locator('#timeline')).toHaveScreenshot(
          `${viewport.name}-${view.name}-timeline.png`,
          {
            maxDiffPixelRatio: 0.01,
          },
        );
        await expect(page.locator('#panel')).toHaveScreenshot(`${viewport.name}-${view.name}-panel.png`, {
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  });
}

// The Uzbek and Russian pages: the whole window, the map's canvas masked, at a desktop and a phone.
for (const language of LANGUAGE_PAGES.filter((l) => l.name !== 'en'))
  for (const viewport of VIEWPORTS.filter((v) => ['1280x720', '390x844'].includes(v.name)))
    for (const view of MAIN_VIEWS.filter((v) => ['overview', 'place'].includes(v.name)))
      test(`${language.name} at ${viewport.name}: ${view.name} matches its baseline`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await openView(page, view, language.path);
        await page.mouse.move(0, 0);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await expect(page).toHaveScreenshot(`${language.name}-${viewport.name}-${view.name}.png`, {
          mask: [page.locator('#map canvas')],
          maxDiffPixelRatio: 0.01,
        });
      });
