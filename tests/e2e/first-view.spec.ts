/**
 * A page opened with nothing in its link shows the whole story's region in the part of the map the
 * window leaves free: every story place inside the region is on the canvas, nothing drawn over it, at
 * every window size (one fixed camera for all sizes left Andijan past a phone's right edge).
 */
import { isInsideBox, STORY_REGION } from '../../src/model/framing.ts';
import { expect, locateOnMap, readPlaces, test, waitForCameraStill, waitForMapIdle } from './support.ts';
import { VIEWPORTS } from './views.ts';

/** The places the overview frames (`frameRegion`): every one inside the region but the countries. */
const regionPlaces = readPlaces().filter(
  (p) => p.kind !== 'country' && isInsideBox(p.coordinates, STORY_REGION),
);

for (const viewport of VIEWPORTS)
  test(`at ${viewport.name} the first view shows every story place of the region, nothing over it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // `?bench` exposes the map object, so the test can ask it where each place is drawn.
    await page.goto('./?bench');
    await waitForMapIdle(page);
    await waitForCameraStill(page);
    expect(regionPlaces.length).toBeGreaterThan(10);
    const hidden: string[] = [];
    for (const place of regionPlaces) {
      const seen = await locateOnMap(page, [place.coordinates[0], place.coordinates[1]]);
      if (!seen.hits) hidden.push(`${place.id} at (${seen.x}, ${seen.y})`);
    }
    expect(hidden, 'story places not seen on the first view').toEqual([]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
