/**
 * Focus is never hidden (WCAG 2.2, 2.4.11): in each main view at each common window size, tabbing
 * through the page never leaves the focused control under the header, a sticky bar, the sheet, the
 * timeline or the route bar. Each focused control must be hit-testable where it stands: the point at
 * the middle of (the visible part of) its box is inside the window and lands on it.
 */
import { expect, test } from './support.ts';
import { MAIN_VIEWS, openView, VIEWPORTS } from './views.ts';

/** Presses each way: the header, search, map, route bar, panel and timeline, and back up again. */
const TAB_PRESSES = 70;
const FOCUS_VIEWS = MAIN_VIEWS.filter((v) => v.name !== 'year-2005');

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const view of FOCUS_VIEWS) {
      test(`${view.name}: every control Tab reaches can be seen and hit where it stands`, async ({
        page,
      }) => {
        await openView(page, view);
        await page.mouse.move(0, 0);
        const hidden: string[] = [];
        let reached = 0;
        // Forward, then back up: a sticky bar hides what focus reaches from below as it scrolls up.
        const keys = [...Array(TAB_PRESSES).fill('Tab'), ...Array(TAB_PRESSES).fill('Shift+Tab')] as string[];
        for (const key of keys) {
          await page.keyboard.press(key);
          const report = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
              el.classList.length ? `.${[...el.classList].join('.')}` : ''
            }> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
            // A link wrapped over two lines has its middle between them: try each line box, clipped to
            // the window (a wide canvas may run past an edge).
            let ok = false;
            let why = 'outside the window';
            for (const r of el.getClientRects()) {
              const left = Math.max(r.left, 0);
              const right = Math.min(r.right, window.innerWidth);
              const top = Math.max(r.top, 0);
              const bottom = Math.min(r.bottom, window.innerHeight);
              if (right - left < 1 || bottom - top < 1) continue;
              const x = (left + right) / 2;
              const y = (top + bottom) / 2;
              const hit = document.elementFromPoint(x, y);
              if (hit !== null && (hit === el || el.contains(hit))) ok = true;
              else if (hit)
                why = `covered by <${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}.${[...hit.classList].join('.')}> at (${Math.round(x)}, ${Math.round(y)})`;
            }
            return { name, ok, why: ok ? '' : why };
          });
          if (!report) continue;
          reached += 1;
          if (!report.ok) hidden.push(`${report.name}: ${report.why}`);
        }
        expect(reached, `controls reached by Tab in ${view.name} at ${viewport.name}`).toBeGreaterThan(10);
        expect([...new Set(hidden)], `focus hidden in ${view.name} at ${viewport.name}`).toEqual([]);
      });
    }
  });
}
