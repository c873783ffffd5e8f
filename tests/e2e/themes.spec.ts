/**
 * The theme filter, by mouse and by keyboard: the address holds it, the map's places, the panel's lists
 * and the timeline's marks dim as the data says, a reload keeps it, and each change is announced.
 */
import type { Page } from '@playwright/test';
import { expect, readJson, readPlaces, test, waitForMapIdle } from './support.ts';

interface EventRecord {
  id: string;
  placeIds: string[];
  themes: string[];
}
const events = readJson<EventRecord[]>('data/events.json');
const places = readPlaces() as (ReturnType<typeof readPlaces>[number] & { partOf?: string })[];

const matches = (event: EventRecord, themes: readonly string[]) =>
  event.themes.some((t) => themes.includes(t));

/** Events outside the themes, by id, sorted. */
function expectDimmedEvents(themes: readonly string[]): string[] {
  return events
    .filter((e) => !matches(e, themes))
    .map((e) => e.id)
    .sort();
}

/** Places none of whose events (their parts' included) is in the themes. */
function expectDimmedPlaces(themes: readonly string[]): string {
  const holds = (placeId: string, eventPlaceId: string): boolean => {
    for (let id: string | undefined = eventPlaceId; id; id = places.find((p) => p.id === id)?.partOf)
      if (id === placeId) return true;
    return false;
  };
  return places
    .filter(
      (place) => !events.some((e) => matches(e, themes) && e.placeIds.some((id) => holds(place.id, id))),
    )
    .map((p) => p.id)
    .sort()
    .join(' ');
}

const dimmedIds = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId ?? '').sort());

const CHOSEN = ['civil-emergency-planning', 'science-environment'] as const;
const LABELS = ['Civil emergency planning', 'Science and environment'];

async function expectFiltered(page: Page, themes: readonly string[]): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`themes=${themes.join(',')}`));
  await expect(page.locator('#themes-toggle')).toHaveText(`Themes (${themes.length})`);
  await expect(page.locator('#map')).toHaveAttribute('data-dimmed-places', expectDimmedPlaces(themes));
  expect(await dimmedIds(page, '#timeline .mark.is-dimmed')).toEqual(expectDimmedEvents(themes));
  const listed = await dimmedIds(page, '#panel li[data-event-id]');
  expect(listed.length).toBeGreaterThan(0);
  const dimmedInPanel = await dimmedIds(page, '#panel li.is-dimmed[data-event-id]');
  // Some are dimmed and some not, so the check tells the two apart.
  expect(dimmedInPanel.length).toBeGreaterThan(0);
  expect(dimmedInPanel.length).toBeLessThan(listed.length);
  expect(dimmedInPanel).toEqual(listed.filter((id) => expectDimmedEvents(themes).includes(id)));
}

test.describe('theme filter', () => {
  test('two themes by mouse: address, map, panel, timeline, announcement; reload keeps them', async ({
    page,
  }) => {
    await page.goto('./#place=uzbekistan');
    await waitForMapIdle(page);
    await expect(page.locator('#themes-toggle')).toHaveText('Themes');
    await expect(page.locator('#timeline .mark.is-dimmed')).toHaveCount(0);
    await page.locator('#themes-toggle').click();
    await expect(page.locator('#themes-toggle')).toHaveAttribute('aria-expanded', 'true');
    for (const label of LABELS) await page.locator('#themes-panel label', { hasText: label }).click();
    await expectFiltered(page, CHOSEN);
    const shown = events.filter((e) => matches(e, CHOSEN)).length;
    await expect(page.locator('#announcer')).toHaveText(
      `Showing ${shown} of ${events.length} events: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(LABELS)}`,
    );

    await page.reload();
    await waitForMapIdle(page);
    await expectFiltered(page, CHOSEN);
    await expect(page.locator('#themes-toggle')).toHaveAttribute('aria-expanded', 'false');
    await page.locator('#themes-toggle').click();
    for (const label of LABELS)
      await expect(page.locator('#themes-panel label', { hasText: label }).locator('input')).toBeChecked();

    await page.locator('#themes-panel button', { hasText: 'Show all' }).click();
    await expect(page.locator('#themes-toggle')).toHaveText('Themes');
    await expect(page).not.toHaveURL(/themes=/);
    await expect(page.locator('#timeline .mark.is-dimmed')).toHaveCount(0);
    await expect(page.locator('#map')).toHaveAttribute('data-dimmed-places', '');
    await expect(page.locator('#announcer')).toHaveText(`Showing all ${events.length} events`);
  });

  test('two themes by keyboard; Escape closes and gives focus back to the button', async ({ page }) => {
    await page.goto('./#place=uzbekistan');
    await waitForMapIdle(page);
    await page.locator('#themes-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#themes-panel')).toBeVisible();
    // Tab goes through the checkboxes in the page's order of themes.
    const boxes = page.locator('#themes-panel input[type="checkbox"]');
    const order = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    for (let i = 0; i <= Math.max(...CHOSEN.map((id) => order.indexOf(id))); i++) {
      await page.keyboard.press('Tab');
      await expect(boxes.nth(i)).toBeFocused();
      if ((CHOSEN as readonly string[]).includes(order[i] ?? '')) await page.keyboard.press('Space');
    }
    await expectFiltered(page, CHOSEN);
    await page.keyboard.press('Escape');
    await expect(page.locator('#themes-panel')).toBeHidden();
    await expect(page.locator('#themes-toggle')).toBeFocused();
    // The Escape closed the filter only: the place stays open.
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
  });
});

test('with a theme on, the panel lists what it matches and the chronology shows only those events', async ({
  page,
}) => {
  const theme = 'civil-emergency-planning';
  const matching = events.filter((e) => matches(e, [theme]));
  expect(matching.length).toBeGreaterThan(0);
  await page.goto(`./#themes=${theme}`);
  const section = page.locator('#panel .theme-section');
  await expect(section).toBeVisible();
  const summary = `Showing ${matching.length} of ${events.length} events: Civil emergency planning`;
  await expect(section.locator('p').first()).toHaveText(summary);
  const more = section.locator('[data-action="show-all"]');
  if (await more.count()) await more.click();
  const listed = await section
    .locator('li[data-event-id]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId ?? '').sort());
  expect(listed).toEqual(matching.map((e) => e.id).sort());

  await page.locator('#open-reading').click();
  await expect(page.locator('#reading .reading-filter')).toContainText(summary);
  const shown = await page
    .locator('#reading .chron-event')
    .evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length);
  expect(shown).toBe(matching.length);
  // And back to every event from the chronology itself.
  await page.locator('#reading .reading-filter button').click();
  await expect(page).not.toHaveURL(/themes=/);
  await expect(page.locator('#reading .reading-filter')).toBeHidden();
});
