import type { Page } from '@playwright/test';
import { DWELL_MS, READING_LINE } from '../../src/ui/story-scroll.ts';
import AxeBuilder from './axe.ts';
import { expect, readJson, test, waitForMapIdle, withoutWebGL } from './support.ts';

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
  test('plays as a presentation, turning the chapter once it is read, and any key pauses it', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto('./');
    await waitForMapIdle(page);
    await page.locator('#read-story').click();
    await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(1));
    const play = page.locator('#panel .story-nav [data-action="tour-play"]').first();
    await play.click();
    await expect(play).toHaveText('Pause');
    // The first chapter stays for as long as its text takes to read, then the next one comes by itself.
    await page.waitForTimeout(5000);
    await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(1));
    await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(2), { timeout: 100_000 });
    await page.keyboard.press('Shift+ArrowDown');
    await expect(play).toHaveText('Play');
    await page.waitForTimeout(6000);
    await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(2));
  });

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
    await expect(page.locator('#panel .story-chapter')).toHaveCount(chapters.length);
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
    await expect(page.locator('#panel .story-chapter')).toHaveCount(1);
    await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[1]?.title ?? '');
    await page.locator('#panel .story-nav').first().getByText('Previous chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
  });
});

/** The chapter whose section spans the reading line a third of the way down the panel. */
async function readChapterAtLine(page: Page): Promise<number | null> {
  return page.evaluate((share) => {
    const panel = document.getElementById('panel');
    if (!panel) return null;
    const box = panel.getBoundingClientRect();
    const line = box.top + box.height * share;
    for (const section of document.querySelectorAll<HTMLElement>('#panel .story-chapter')) {
      const rect = section.getBoundingClientRect();
      if (rect.top <= line && rect.bottom > line) return Number(section.dataset.step);
    }
    return null;
  }, READING_LINE);
}

/** Turns the mouse wheel over the panel until the link names chapter `step`. */
async function wheelToChapter(page: Page, step: number): Promise<void> {
  const box = await page.locator('#panel').boundingBox();
  if (!box) throw new Error('the panel has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const id = chapters[step]?.id ?? 'missing';
  for (let turn = 0; turn < 80; turn++) {
    if (new URL(page.url()).hash.includes(`chapter=${id}`)) return;
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(80);
  }
  throw new Error(`wheeling the panel never reached chapter ${id}; the link is ${page.url()}`);
}

/** What the map, the timeline and the panel show for chapter `step`. */
async function expectChapterShown(page: Page, step: number): Promise<void> {
  const chapter = chapters[step];
  if (!chapter) throw new Error(`no chapter ${step}`);
  expect(new URL(page.url()).hash).toContain(`chapter=${chapter.id}`);
  await expect(page.locator(HEADING)).toHaveText(chapter.title);
  await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(step + 1));
  const related = [...new Set(chapter.placeIds)].sort().join(' ');
  await expect(page.locator('#map')).toHaveAttribute('data-related-places', related);
  const band = page.locator('#timeline .period-band');
  await expect(band).toHaveAttribute('data-from', String(chapter.period.from));
  await expect(band).toHaveAttribute('data-to', String(chapter.period.to));
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`the chapters scroll beside the map at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('scrolling the panel moves the chapter, the map highlights and the timeline band', async ({
      page,
    }) => {
      await page.goto(`./#chapter=${chapters[0]?.id}`);
      await waitForMapIdle(page);
      await expect(page.locator('#panel .story-chapter')).toHaveCount(chapters.length);
      await expect(page.locator('#panel .story-header')).toBeVisible();
      for (const step of [1, 2, 3]) {
        await wheelToChapter(page, step);
        await expectChapterShown(page, step);
        expect(await readChapterAtLine(page)).toBe(step);
        // The progress stays in sight however far the chapters scroll.
        await expect(page.locator('#panel .panel-kicker')).toBeInViewport();
      }
      // Scrolling back up goes back through the chapters too.
      const box = await page.locator('#panel').boundingBox();
      if (!box) throw new Error('the panel has no box');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let turn = 0; turn < 80 && (await readChapterAtLine(page)) !== 0; turn++) {
        await page.mouse.wheel(0, -120);
        await page.waitForTimeout(80);
      }
      await expect.poll(() => new URL(page.url()).hash).toContain(`chapter=${chapters[0]?.id}`);
      await expectChapterShown(page, 0);
    });

    test('Next, the chapter list and the keys scroll to their chapter; Back after scrolling returns', async ({
      page,
    }) => {
      await page.goto(`./#chapter=${chapters[0]?.id}`);
      await waitForMapIdle(page);
      await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
      await expectChapterShown(page, 1);
      await expect.poll(() => readChapterAtLine(page)).toBe(1);
      await page.locator('#panel .chapter-list').getByRole('button', { name: chapters[4]?.title }).click();
      await expectChapterShown(page, 4);
      await expect.poll(() => readChapterAtLine(page)).toBe(4);
      await page.keyboard.press(']');
      await expectChapterShown(page, 5);
      await expect.poll(() => readChapterAtLine(page)).toBe(5);
      await expect(page.locator(HEADING)).toBeFocused();
      // Stay on the chapter a moment, so scrolling on keeps it in the history.
      await page.waitForTimeout(DWELL_MS + 300);
      await wheelToChapter(page, 6);
      await expectChapterShown(page, 6);
      await page.goBack();
      await expectChapterShown(page, 5);
      await expect.poll(() => readChapterAtLine(page)).toBe(5);
      await page.goForward();
      await expectChapterShown(page, 6);
      await expect.poll(() => readChapterAtLine(page)).toBe(6);
    });

    test('a chapter link opens the story scrolled to that chapter', async ({ page }) => {
      const step = chapters.findIndex((c) => c.id === 'andijan');
      await page.goto('./#chapter=andijan');
      await waitForMapIdle(page);
      await expectChapterShown(page, step);
      await expect.poll(() => readChapterAtLine(page)).toBe(step);
      await expect(page.locator(HEADING)).toBeInViewport();
    });
  });
}

test('entering the story by Forward and leaving it returns to the place the reader was at', async ({
  page,
}) => {
  await page.goto('./#place=termez');
  await waitForMapIdle(page);
  await page.locator('#read-story').click();
  await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
  await page.goBack();
  await expect(page.locator('#panel h2')).toHaveText('Termez');
  await page.goForward();
  await expect(page.locator(HEADING)).toHaveText(chapters[0]?.title ?? '');
  await page.locator('#panel .story-nav').first().getByText('Leave the story').click();
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
  await expect(page.locator('#panel h2')).toHaveText('Termez');
  expect(page.url()).toContain('place=termez');
});

test('a chapter’s link offers Back to the story until the reader goes elsewhere or presses Escape', async ({
  page,
}) => {
  const step = chapters.findIndex((c) => c.id === 'melange');
  await page.goto('./#chapter=melange');
  await waitForMapIdle(page);
  const backToStory = page.locator('#panel').getByRole('button', { name: 'Back to the story' });
  const openEvent = () => page.locator(`${CURRENT} .event-list [data-action="select-event"]`).first().click();
  await openEvent();
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'event');
  await backToStory.click();
  await expectChapterShown(page, step);
  await expect.poll(() => readChapterAtLine(page)).toBe(step);
  await expect(backToStory).toHaveCount(0);
  // Going elsewhere from what the link opened ends the offer.
  await openEvent();
  await expect(backToStory).toBeVisible();
  await page.locator('#panel [data-action="select-place"]').first().click();
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
  await expect(backToStory).toHaveCount(0);
  // So does Escape.
  await page.goto('about:blank');
  await page.goto('./#chapter=melange');
  await waitForMapIdle(page);
  await openEvent();
  await expect(backToStory).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel')).toHaveAttribute('data-view', 'overview');
  await expect(backToStory).toHaveCount(0);
});

test.describe('the story without WebGL', () => {
  test('beside the map: every chapter reads, its places are a list that opens them, and Next walks to the end', async ({
    page,
  }) => {
    await withoutWebGL(page);
    await page.goto('./');
    await expect(page.locator('#map-notice')).toContainText('cannot draw the map');
    await page.locator('#read-story').click();
    await expect(page.locator('#panel .story-chapter')).toHaveCount(chapters.length);
    for (const [i, chapter] of chapters.entries()) {
      await expect(page.locator('#panel .panel-kicker')).toHaveText(kicker(i + 1));
      await expect(page.locator(HEADING)).toHaveText(chapter.title);
      expect(new URL(page.url()).hash).toContain(`chapter=${chapter.id}`);
      const listed = await page
        .locator(`${CURRENT} .chip-list [data-action="select-place"]`)
        .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.value));
      expect(listed).toEqual(chapter.placeIds);
      if (i < chapters.length - 1)
        await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
    }
    const last = chapters[chapters.length - 1];
    const place = page.locator(`${CURRENT} .chip-list [data-action="select-place"]`).first();
    const name = (await place.textContent()) ?? '';
    await place.click();
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await expect(page.locator('#panel h2')).toHaveText(name.trim());
    await page.locator('#panel').getByRole('button', { name: 'Back to the story' }).click();
    await expect(page.locator(HEADING)).toHaveText(last?.title ?? '');
  });

  test('on a phone: a chapter link opens one chapter with its places listed; previous and next step', async ({
    page,
  }) => {
    await withoutWebGL(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const step = chapters.findIndex((c) => c.id === 'andijan');
    await page.goto('./#chapter=andijan');
    await expect(page.locator('#map-notice')).toContainText('cannot draw the map');
    await expect(page.locator(HEADING)).toHaveText(chapters[step]?.title ?? '');
    await expect(page.locator('#panel .story-chapter')).toHaveCount(1);
    await expect(page.locator(`${CURRENT} .chip-list [data-action="select-place"]`)).toHaveCount(
      chapters[step]?.placeIds.length ?? -1,
    );
    await page.locator('#panel .story-nav').first().getByText('Next chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[step + 1]?.title ?? '');
    await page.locator('#panel .story-nav').first().getByText('Previous chapter').click();
    await expect(page.locator(HEADING)).toHaveText(chapters[step]?.title ?? '');
  });
});
