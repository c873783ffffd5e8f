import type { Page } from '@playwright/test';
import { multiplyData } from '../../scripts/bench/scale.ts';
import { BUNDLE_FILE } from '../../src/model/bundle.ts';
import { expect, readJson, test, waitForMapIdle } from './support.ts';

const events = readJson<{ id: string; title: string; date: { year: number } }[]>('data/events.json');

/** The timeline starts compact (milestones only): opens every event and the programme lanes. */
async function showAllEvents(page: Page): Promise<void> {
  const detail = page.getByRole('button', { name: 'All events and programmes' });
  if ((await detail.getAttribute('aria-pressed')) !== 'true') await detail.click();
  await expect(detail).toHaveAttribute('aria-pressed', 'true');
}

test.describe('timeline', () => {
  test('the slider by keyboard changes the year, the panel and the link', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    const first = Math.min(...events.map((e) => e.date.year));
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${first}:`));
    await expect(page.locator('#panel h3').first()).toHaveText(`In ${first}`);
    await expect(page.locator('#panel .place-list .badge').first()).toHaveText('later');
    await expect(page).toHaveURL(new RegExp(`year=${first}`));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`year=${first + 1}`));
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/year=/);
    await expect(page.locator('#panel .place-list .badge')).toHaveCount(0);
  });

  test('a mark click opens its event', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const event = events.find((e) => e.date.year === 2003) ?? events[0];
    await showAllEvents(page);
    await page.locator(`.mark[data-event-id="${event?.id}"]`).click();
    await expect(page.locator('#panel h2')).toHaveText(event?.title ?? '');
    await expect(page.locator(`.mark[data-event-id="${event?.id}"]`)).toHaveClass(/is-highlighted/);
  });

  test('play advances the years and pause stops it', async ({ page }) => {
    await page.goto('./#year=1995');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Play years' }).click();
    await expect(page).toHaveURL(/year=1997/, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const url = page.url();
    await page.waitForTimeout(3500);
    expect(page.url().match(/year=\d+/)?.[0]).toBe(url.match(/year=\d+/)?.[0]);
  });

  test('the year survives a reload', async ({ page }) => {
    await page.goto('./#year=2005');
    await waitForMapIdle(page);
    await page.reload();
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2005');
    await page.goBack();
  });

  test('the marks by keyboard: one tab stop, End to the last, a tooltip, Enter opens', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await showAllEvents(page);
    const first = page.locator('#timeline .mark').first();
    await first.focus();
    await expect(page.locator('.timeline-tooltip')).toBeVisible();
    await page.keyboard.press('End');
    const last = page.locator('#timeline .mark').last();
    await expect(last).toBeFocused();
    const id = await last.getAttribute('data-event-id');
    const title = events.find((e) => e.id === id)?.title ?? '';
    await expect(page.locator('.timeline-tooltip .tooltip-title')).toHaveText(title);
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2')).toHaveText(title);
    await expect(page).toHaveURL(new RegExp(`event=${id}`));
  });

  test('zoom into a period and back to the whole story keeps the year and the selection', async ({
    page,
  }) => {
    await page.goto('./#event=joins-parp&year=2005');
    await waitForMapIdle(page);
    await showAllEvents(page);
    const track = page.locator('#timeline .track');
    const whole = (await track.boundingBox())?.width ?? 0;
    await page.getByRole('button', { name: 'Zoom into the timeline' }).click();
    await expect.poll(async () => (await track.boundingBox())?.width ?? 0).toBeGreaterThan(whole * 1.9);
    await page.getByRole('button', { name: 'Whole story' }).click();
    await expect.poll(async () => (await track.boundingBox())?.width ?? 0).toBeCloseTo(whole, 0);
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2005');
    await expect(page.locator('.mark[data-event-id="joins-parp"]')).toHaveClass(/is-highlighted/);
    await expect(page).toHaveURL(/event=joins-parp/);
  });
});

test('on a short window the timeline folds to its year row, giving the map the room, and unfolds by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#event=joins-parp');
  await waitForMapIdle(page);
  const map = page.locator('#map');
  const before = (await map.boundingBox())?.height ?? 0;
  // The compact timeline is already short: folding gives the map at least its tracks' height.
  const tracks = (await page.locator('#timeline .track-scroller').boundingBox())?.height ?? 0;
  expect(tracks).toBeGreaterThan(40);
  const fold = page.getByRole('button', { name: 'Hide timeline' });
  await fold.click();
  await expect(page.locator('#timeline .track-scroller')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show timeline' })).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await map.boundingBox())?.height ?? 0).toBeGreaterThan(before + tracks - 2);
  // MapLibre follows its container: the canvas grows with the map.
  await expect
    .poll(async () => (await page.locator('#map canvas').boundingBox())?.height ?? 0)
    .toBeGreaterThan(before + tracks - 2);
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  await page.getByRole('button', { name: 'Show timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.mark[data-event-id="joins-parp"]')).toBeVisible();
  await expect(page.locator('.mark[data-event-id="joins-parp"]')).toHaveClass(/is-highlighted/);
  await expect.poll(async () => (await map.boundingBox())?.height ?? 0).toBeCloseTo(before, 0);
});

test.describe('a timeline with many more events', () => {
  // Twenty times the places and events, served in place of the real files: the timeline stacks the
  // events of a year in rows, so its height grows with them unless the page bounds it.
  const scaled = multiplyData(
    readJson<Parameters<typeof multiplyData>[0]>('geo/places.geojson'),
    readJson<Parameters<typeof multiplyData>[1]>('data/events.json'),
    20,
  );
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    test(`keeps the map in view at ${size.width}×${size.height}, its own tracks scroll to the last lane`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      // The page reads the bundle the build makes: give it the scaled places and events.
      await page.route(`**/${BUNDLE_FILE}`, async (route) => {
        const bundle = (await (await route.fetch()).json()) as { dataset: Record<string, unknown> };
        bundle.dataset.places = scaled.places.features.map((f) => ({
          ...f.properties,
          coordinates: f.geometry.coordinates,
        }));
        bundle.dataset.events = scaled.events;
        await route.fulfill({ json: bundle });
      });
      await page.goto('./');
      await waitForMapIdle(page);
      await expect(page.locator('#timeline .mark')).toHaveCount(scaled.events.length);
      await showAllEvents(page);
      const timeline = await page.locator('#timeline').boundingBox();
      const map = await page.locator('#map').boundingBox();
      expect(timeline?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(size.height / 2 + 1);
      expect(map?.height ?? 0).toBeGreaterThan(size.height / 3);
      // The timeline ends inside the window: what it cannot show it scrolls inside itself.
      expect((timeline?.y ?? 0) + (timeline?.height ?? 0)).toBeLessThanOrEqual(size.height + 1);
      const lastLane = page.locator('#timeline .lane-label').last();
      await lastLane.scrollIntoViewIfNeeded();
      await expect(lastLane).toBeInViewport();
      await expect(page.locator('#map')).toBeInViewport();
    });
});
