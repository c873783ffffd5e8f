import AxeBuilder from './axe.ts';
import { expect, readJson, test, waitForMapIdle } from './support.ts';

interface ChapterRecord {
  id: string;
  title: string;
  period: { from: number; to: number };
  placeIds: string[];
  eventIds: string[];
}

const chapters = readJson<ChapterRecord[]>('data/story.json');
const kicker = (n: number) => new RegExp(`^Chapter ${n} of ${chapters.length} · `);
/** The heading of the chapter in view: several chapters are in the panel beside the map. */
const HEADING = '#panel .story-chapter.is-current h2';
const CURRENT = '#panel .story-chapter.is-current';

test.describe('the guided story', () => {
  test('reads from the first screen to the end with Next, the map and timeline following', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.locator('#read-story').click();
    for (const [i, chapter] of chapters.entries()) {
      await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(i + 1));
      await expect(page.locator(HEADING)).toHaveText(chapter.title);
      expect(new URL(page.url()).hash).toContain(`chapter=${chapter.id}`);
      const related = [...new Set(chapter.placeIds)].sort().join(' ');
      await expect(page.locator('#map')).toHaveAttribute('data-related-places', related);
      const panelPlaces = await page
        .locator(`${CURRENT} .chip-list [data-action="select-place"]`)
        .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.value));
      expect(panelPlaces).toEqual(chapter.placeIds);
      const band = page.locator('#timeline .period-band');
      await expect(band).toBeVisible();
      await expect(band).toHaveAttribute('data-from', String(chapter.period.from));
      await expect(band).toHaveAttribute('data-to', String(chapter.period.to));
      await expect(page.locator('#timeline .year-slider')).toHaveValue(String(chapter.period.to));
      for (const id of chapter.eventIds)
        await expect(page.locator(`#timeline .mark[data-event-id="${id}"]`)).toHaveClass(/is-highlighted/);
      if (i < chapters.length - 1)
        await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
    }
    await expect(page.locator('#panel .story-nav').first().getByText('Next chapter')).toBeDisabled();
    await page.screenshot({ path: 'tests/artifacts/story-last.png' });
  });

  test('the keyboard alone steps through chapters, Back returns to the one before, Leave gives the view back', async ({
    page,
  }) => {
    await page.goto('./#place=termez');
    await waitForMapIdle(page);
    await page.locator('#read-story').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
    await page.keyboard.press(']');
    await expect(page.locator(HEADING)).toHaveText(chapters[1]?.title ?? '');
    await expect(page.locator(HEADING)).toBeFocused();
    await page.keyboard.press(']');
    await expect(page.locator(HEADING)).toHaveText(chapters[2]?.title ?? '');
    await page.keyboard.press('[');
    await expect(page.locator(HEADING)).toHaveText(chapters[1]?.title ?? '');
    expect(page.url()).toContain(`chapter=${chapters[1]?.id}`);
    await page.goBack();
    await expect(page.locator(HEADING)).toHaveText(chapters[2]?.title ?? '');
    expect(page.url()).toContain(`chapter=${chapters[2]?.id}`);
    await page.goBack();
    await expect(page.locator(HEADING)).toHaveText(chapters[1]?.title ?? '');
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    expect(page.url()).not.toContain('chapter=');
    await expect(page.locator('#timeline .period-band')).toBeHidden();
  });

  test('a chapter link opens that chapter; Leave returns to the overview', async ({ page }) => {
    await page.goto('./#chapter=andijan');
    await waitForMapIdle(page);
    const andijan = chapters.find((c) => c.id === 'andijan');
    await expect(page.locator(HEADING)).toHaveText(andijan?.title ?? 'missing');
    await expect(page.locator('#panel .panel-kicker')).toHaveText(
      kicker(chapters.findIndex((c) => c.id === 'andijan') + 1),
    );
    await expect(page.locator('#map')).toHaveAttribute('data-related-places', /andijan/);
    await page.locator('#panel .story-nav').first().getByText('Leave the story').click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
    expect(page.url()).not.toContain('chapter=');
  });

  test('opening an event from a chapter leaves the story at that event', async ({ page }) => {
    await page.goto('./#chapter=melange');
    await waitForMapIdle(page);
    await page.locator(`${CURRENT} .event-list [data-action="select-event"]`).first().click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
    expect(page.url()).toContain('event=melange-agreement');
    await page.goBack();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'story');
  });

  test('the route chapter offers to follow the transit route', async ({ page }) => {
    await page.goto('./#chapter=northern-route');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Follow the transit route from here' }).click();
    await expect(page.locator('.route-progress')).toHaveText(/^Stop 1 of /);
  });

  test('axe finds no serious violation in a chapter', async ({ page }) => {
    await page.goto('./#chapter=first-steps');
    await waitForMapIdle(page);
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'story');
    const results = await new AxeBuilder(page).analyze();
    const serious = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('on a phone the chapters still step with previous and next', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitForMapIdle(page);
    await page.locator('#panel .story-start').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
    await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[1]?.title ?? '');
    await page.locator('#panel .story-nav').first().getByText('Previous chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
  });
});
