/**
 * Nothing a reader needs is hidden: in each main view at each common window size, every interactive
 * element can be scrolled into the window and clicked where it is drawn, no page regions cover each
 * other, and the timeline's labels neither overlap nor get cut short.
 */
import type { Locator } from '@playwright/test';
import { probeLabelOverlaps, probeReach, probeRegionOverlaps } from './reader-view.ts';
import { expect, test } from './support.ts';
import { LANGUAGE_PAGES, MAIN_VIEWS, openView, VIEWPORTS } from './views.ts';

// Uzbek and Russian run longer than English: every language's page is checked at every size.
for (const language of LANGUAGE_PAGES)
  for (const viewport of VIEWPORTS) {
    test.describe(`${language.name} at ${viewport.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      for (const view of MAIN_VIEWS) {
        test(`${view.name}: every control can be seen and clicked, nothing overlaps`, async ({ page }) => {
          await openView(page, view, language.path);
          const reach = await probeReach(page);
          const where = `${view.name} in ${language.name} at ${viewport.name}`;
          test.info().annotations.push({
            type: 'reach',
            description: `${where}: ${reach.reachable}/${reach.total} interactive elements visible`,
          });
          console.log(
            `reach ${language.name} ${viewport.name} ${view.name} ${reach.reachable}/${reach.total}`,
          );
          expect(reach.total, `interactive elements in ${where}`).toBeGreaterThan(0);
          expect.soft(reach.failures, `hidden or covered in ${where}`).toEqual([]);
          expect.soft(await probeRegionOverlaps(page), `regions covering each other in ${where}`).toEqual([]);
          expect.soft(await probeLabelOverlaps(page), `timeline labels in ${where}`).toEqual([]);
        });
      }
    });
  }

test('every milestone has a labelled mark a reader can see and click at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, { name: 'overview', hash: '', settle: async () => {} });
  const milestones = await page.locator('#timeline .mark.milestone').count();
  expect(milestones).toBeGreaterThan(0);
  const labels = await page.locator('#timeline .mark-label').allTextContents();
  expect(labels.length).toBe(milestones);
  const mark = page.locator('#timeline .mark.milestone').last();
  const id = await mark.getAttribute('data-event-id');
  // A real click at the mark's place on screen, not a DOM click.
  const box = await mark.boundingBox();
  if (!box) throw new Error('the last milestone has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
});

/** Texts of the elements that, scrolled into their container's view, are outside the window or covered. */
function findMisses(items: Locator): Promise<string[]> {
  return items.evaluateAll((elements) =>
    elements.flatMap((item) => {
      item.scrollIntoView({ block: 'nearest' });
      const r = item.getBoundingClientRect();
      const inside =
        r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return inside && hit !== null && item.contains(hit) ? [] : [item.textContent || item.outerHTML];
    }),
  );
}

for (const viewport of VIEWPORTS) {
  // Both open over the map, so what they cover there is meant: only their own contents are checked.
  test(`at ${viewport.name} the search results and the theme filter open whole and can be clicked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openView(page, { name: 'overview', hash: '', settle: async () => {} });
    await page.locator('#search-input').fill('an');
    const options = page.locator('#search-results [role="option"]');
    expect(await options.count()).toBeGreaterThan(3);
    expect(await findMisses(options), `search results hidden at ${viewport.name}`).toEqual([]);
    await page.locator('#search-input').press('Escape');

    await page.locator('#themes-toggle').click();
    await expect(page.locator('#themes-panel')).toBeVisible();
    const controls = page.locator('#themes-panel input, #themes-panel button');
    expect(await controls.count()).toBeGreaterThan(1);
    expect(await findMisses(controls), `theme controls hidden at ${viewport.name}`).toEqual([]);
    const box = await page.locator('#themes-panel').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
  });
}
