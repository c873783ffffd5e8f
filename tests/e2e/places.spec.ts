import { expect, openAt, projectToPage, readEventsWithSourceUrls, test, waitForMapIdle } from './support.ts';

interface EventRecord {
  id: string;
  placeIds: string[];
  sources: { source: string }[];
}
const events = readEventsWithSourceUrls<EventRecord>();
const idsAt = (placeId: string) => events.filter((e) => e.placeIds.includes(placeId)).map((e) => e.id);

test.describe('places hold their stories', () => {
  test('Termez shows the airfield’s story in a section of its own, and the bridge nearby', async ({
    page,
  }) => {
    await openAt(page, 8, 67.28, 37.22, 'place=termez');
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await expect(page.locator('#panel h3', { hasText: /^At Termez airfield/ })).toBeVisible();
    const airfield = page.locator('#panel ol[aria-label="Events at Termez airfield"] li');
    await expect(airfield).toHaveCount(idsAt('termez-airfield').length);
    await expect(
      page.locator('#panel .nearby button', { hasText: /Hairaton Bridge\), 13 km E$/ }),
    ).toBeVisible();
  });

  test('Tashkent lists only its own events, then its parts’ section', async ({ page }) => {
    await openAt(page, 8, 69.28, 41.31, 'place=tashkent');
    const own = page.locator('#panel ol[aria-label="Events at Tashkent"] li[data-event-id]');
    await expect(own).toHaveCount(idsAt('tashkent').length);
    const ownIds = await own.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.eventId));
    expect(ownIds.sort()).toEqual(idsAt('tashkent').sort());
    await expect(page.locator('#panel h3', { hasText: /^At University of World Economy/ })).toBeVisible();
    const uwed = page.locator(
      '#panel ol[aria-label="Events at University of World Economy and Diplomacy"] li[data-event-id]',
    );
    await expect(uwed).toHaveCount(idsAt('uwed').length);
  });

  test('Brussels opens with its part’s story, not empty', async ({ page }) => {
    await openAt(page, 8, 4.35, 50.85, 'place=brussels');
    await expect(page.locator('#panel h2')).toHaveText('Brussels');
    await expect(page.locator('#panel .event-list li').first()).toBeVisible();
  });

  test('a click on Uzbekistan’s shape opens the nation-wide events and outlines the country', async ({
    page,
  }) => {
    const centre: [number, number] = [64.5, 40.5];
    await openAt(page, 5, centre[0], centre[1]);
    // In the Kyzylkum, far from every place point.
    const at = await projectToPage(page, 5, centre, [63.2, 41.9]);
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('#panel h2')).toHaveText('Uzbekistan');
    expect(page.url()).toContain('place=uzbekistan');
    await expect(page.locator('#panel ol.event-list li[data-event-id]')).toHaveCount(
      idsAt('uzbekistan').length,
    );
    await expect(page.locator('#map')).toHaveAttribute('data-outlined-country', 'UZB');
    await page.locator('#panel [data-action="close"]').click();
    await expect(page.locator('#map')).toHaveAttribute('data-outlined-country', '');
  });

  test('an outside source opens as a link with its site', async ({ page }) => {
    // An outside page, not a second section of the NATO page (those link to their section).
    const event = events.find((e) =>
      /^https?:\/\/(?!www\.nato\.int\/cps\/en\/natohq\/topics_22839)/.test(e.sources[1]?.url ?? ''),
    );
    if (!event) throw new Error('no event with an outside source');
    await page.goto(`./#event=${event.id}`);
    await waitForMapIdle(page);
    const link = page.locator('#panel .sources li').nth(1).locator('a').first();
    // The address itself, or with the passage relied on as a text fragment.
    const url = (event.sources[1]?.url ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(link).toHaveAttribute('href', new RegExp(`^${url}(#:~:text=.+)?$`));
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.locator('#panel .sources li').nth(1).locator('.source-site')).not.toBeEmpty();
  });
});
