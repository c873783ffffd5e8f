import { expect, readJson, test, waitForMapIdle } from './support.ts';

const events = readJson<{ id: string; title: string; date: { year: number } }[]>('data/events.json');

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
});
