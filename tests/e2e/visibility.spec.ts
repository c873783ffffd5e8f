/**
 * Nothing a reader needs is hidden: in each main view at each common window size, every interactive
 * element can be scrolled into the window and clicked where it is drawn, no page regions cover each
 * other, and the timeline's labels neither overlap nor get cut short.
 */
import type { Locator, Page } from '@playwright/test';
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

/** What a phone's layout gives the reader: the page's width and the sizes of what a thumb must hit. */
function measurePhoneLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect() ?? new DOMRect();
    const slider = box(document.querySelector('.year-slider'));
    const input = document.querySelector<HTMLInputElement>('#search-input');
    // The placeholder's width in the box's own font, against the room the box gives text.
    const style = input ? getComputedStyle(input) : null;
    const context = document.createElement('canvas').getContext('2d');
    if (context && style) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const placeholder = context?.measureText(input?.placeholder ?? '').width ?? 0;
    const textRoom =
      input && style
        ? input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
        : 0;
    const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest('[hidden]');
    const small = (selector: string, least: number) =>
      [...document.querySelectorAll(selector)].filter(visible).flatMap((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '';
        return r.width < least || r.height < least
          ? [`${name.trim().slice(0, 40)}: ${Math.round(r.width)}x${Math.round(r.height)}`]
          : [];
      });
    return {
      window: window.innerWidth,
      document: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      slider: { width: slider.width, height: slider.height },
      placeholder,
      textRoom,
      smallControls: small('.timeline-controls button, .timeline-controls input, .lane-label', 24),
      smallZoom: small('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out, .maplibregl-ctrl-compass', 44),
    };
  });
}

/**
 * Whether each shown timeline mark takes a tap anywhere in the 24 px square around its centre (WCAG 2.2,
 * 2.5.8): names the ones that do not, with what the tap would hit instead.
 */
function findSmallMarks(page: Page) {
  return page.evaluate(() => {
    const misses: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>('#timeline .mark')) {
      if (mark.getClientRects().length === 0 || getComputedStyle(mark).display === 'none') continue;
      mark.scrollIntoView({ block: 'nearest', inline: 'center' });
      const r = mark.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      for (const [dx, dy] of [
        [-11, 0],
        [11, 0],
        [0, -11],
        [0, 11],
      ] as const) {
        const hit = document.elementFromPoint(x + dx, y + dy);
        if (hit === null || hit.closest('.mark') !== mark)
          misses.push(`${mark.dataset.eventId} at ${dx},${dy}: ${hit?.className ?? 'nothing'}`);
      }
    }
    return misses;
  });
}

// The phone in every language, the timeline folded as it opens and then open: the page never grows
// wider than the window, every control can be seen and hit, the year slider runs most of the width, the
// search box shows its whole placeholder, and what a thumb must hit is large enough.
for (const language of LANGUAGE_PAGES)
  test.describe(`${language.name} at 390x844 on a phone`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('the timeline folded and open keeps to the window, and a thumb can set the year', async ({
      page,
    }) => {
      const overview = MAIN_VIEWS.find((v) => v.name === 'overview');
      if (!overview) throw new Error('no overview view');
      await openView(page, overview, language.path);
      const fold = page.locator('.timeline-fold');
      for (const open of [false, true]) {
        if ((await fold.getAttribute('aria-expanded')) !== String(open)) await fold.click();
        await expect(fold).toHaveAttribute('aria-expanded', String(open));
        await page.waitForTimeout(300);
        const where = `${language.name}, timeline ${open ? 'open' : 'folded'}`;
        const m = await measurePhoneLayout(page);
        console.log(`phone ${where}: ${JSON.stringify(m)}`);
        expect.soft(m.document, `document width, ${where}`).toBeLessThanOrEqual(m.window);
        expect.soft(m.slider.width, `year slider width, ${where}`).toBeGreaterThanOrEqual(m.window * 0.6);
        expect.soft(m.slider.height, `year slider height, ${where}`).toBeGreaterThanOrEqual(24);
        expect
          .soft(m.placeholder, `search placeholder against its room, ${where}`)
          .toBeLessThanOrEqual(m.textRoom);
        expect.soft(m.smallControls, `timeline controls under 24 px, ${where}`).toEqual([]);
        expect.soft(m.smallZoom, `map zoom buttons under 44 px, ${where}`).toEqual([]);
        const reach = await probeReach(page);
        expect.soft(reach.failures, `hidden or covered, ${where}`).toEqual([]);
        expect.soft(await probeRegionOverlaps(page), `regions covering each other, ${where}`).toEqual([]);
        expect.soft(await probeLabelOverlaps(page), `timeline labels, ${where}`).toEqual([]);
        if (open) expect.soft(await findSmallMarks(page), `marks under 24 px, ${where}`).toEqual([]);
      }
      // The year is set directly: a tap three quarters along the slider lands on a year there.
      const box = await page.locator('.year-slider').boundingBox();
      if (!box) throw new Error('no year slider');
      await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height / 2);
      await expect(page.locator('.year-output')).toHaveText(/^(2003|2004|2005)$/);
    });
  });
