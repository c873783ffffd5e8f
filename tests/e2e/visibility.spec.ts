/**
 * Nothing a reader needs is hidden: in each main view at each common window size, every interactive
 * element can be scrolled into the window and clicked where it is drawn, no page regions cover each
 * other, and the timeline's labels neither overlap nor get cut short.
 */
import { probeLabelOverlaps, probeReach, probeRegionOverlaps } from './reader-view.ts';
import { expect, test } from './support.ts';
import { MAIN_VIEWS, openView, VIEWPORTS } from './views.ts';

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const view of MAIN_VIEWS) {
      test(`${view.name}: every control can be seen and clicked, nothing overlaps`, async ({ page }) => {
        await openView(page, view);
        const reach = await probeReach(page);
        const where = `${view.name} at ${viewport.name}`;
        test.info().annotations.push({
          type: 'reach',
          description: `${where}: ${reach.reachable}/${reach.total} interactive elements visible`,
        });
        console.log(`reach ${viewport.name} ${view.name} ${reach.reachable}/${reach.total}`);
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
