/**
 * Probes of what a reader sees, run inside the page: which interactive elements can be brought into the
 * window and hit, and which page regions cover each other. They query the DOM generically, so new
 * controls are covered without changing the checks.
 */
import type { Page } from '@playwright/test';

/** Everything a reader can click, type into or reach with Tab. */
export const INTERACTIVE_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]',
  '[contenteditable="true"]',
  '[role="button"]',
  '[role="link"]',
  '[role="slider"]',
  '[role="tab"]',
  '[role="option"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="switch"]',
].join(',');

export interface ReachReport {
  total: number;
  reachable: number;
  /** One line per element a reader cannot see or hit, naming it. */
  failures: string[];
}

/**
 * For every interactive element the page shows, scrolls it into view the way a reader could (only
 * containers that scroll for a reader: scrolling that the page forbids, `overflow: hidden`, is undone)
 * and checks that the point at its centre is inside the window and hits the element or its content.
 * Deliberately hidden elements (`display: none`, `visibility: hidden`, `hidden`, `inert`, a closed
 * `<details>`) are not counted. One that shows only when focused (a skip link) is focused first.
 */
export async function probeReach(page: Page): Promise<ReachReport> {
  return page.evaluate((selector) => {
    const nameOf = (el: Element): string => {
      const name =
        el.getAttribute('aria-label') ??
        el.getAttribute('title') ??
        (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length > 0 ? `.${[...el.classList].join('.')}` : '';
      const data = [...el.attributes]
        .filter((a) => a.name.startsWith('data-') && a.name.endsWith('-id'))
        .map((a) => `[${a.name}=${a.value}]`)
        .join('');
      return `<${el.tagName.toLowerCase()}${id}${cls}${data}> "${name}"`;
    };
    const isDeliberatelyHidden = (el: Element): boolean => {
      if (el.closest('[inert], [hidden]')) return true;
      const closedDetails = el.closest('details:not([open])');
      if (closedDetails && !(el.tagName === 'SUMMARY' && el.parentElement === closedDetails)) return true;
      if (el.getClientRects().length === 0) return true;
      const style = getComputedStyle(el);
      return style.visibility === 'hidden' || style.display === 'none';
    };
    /** Ancestors whose overflow a reader cannot scroll, with their scroll offsets to restore. */
    const lockedScrolls = (el: Element): [Element, number, number][] => {
      const locked: [Element, number, number][] = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        const scrollsX = s.overflowX === 'auto' || s.overflowX === 'scroll';
        const scrollsY = s.overflowY === 'auto' || s.overflowY === 'scroll';
        const isRoot = a === document.documentElement || a === document.body;
        const rootScrolls = isRoot && getComputedStyle(document.body).overflow !== 'hidden';
        if (!(scrollsX && scrollsY) && !rootScrolls) locked.push([a, a.scrollLeft, a.scrollTop]);
      }
      if (getComputedStyle(document.body).overflow === 'hidden')
        locked.push([document.scrollingElement ?? document.documentElement, window.scrollX, window.scrollY]);
      return locked;
    };
    const bringIntoView = (el: Element) => {
      const locked = lockedScrolls(el);
      const scrollable = el as Element & { scrollIntoViewIfNeeded?: (centre?: boolean) => void };
      if (scrollable.scrollIntoViewIfNeeded) scrollable.scrollIntoViewIfNeeded(true);
      else el.scrollIntoView({ block: 'center', inline: 'center' });
      for (const [a, left, top] of locked) {
        const s = getComputedStyle(a);
        // Undo only the axes a reader cannot scroll.
        if (!(s.overflowX === 'auto' || s.overflowX === 'scroll')) a.scrollLeft = left;
        if (!(s.overflowY === 'auto' || s.overflowY === 'scroll')) a.scrollTop = top;
      }
    };
    // A link that wraps over two lines has its centre between them: try the centre of each line box.
    const hits = (el: Element): boolean =>
      [...el.getClientRects()].some((r) => {
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (r.width < 1 || r.height < 1) return false;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (hit === el || el.contains(hit));
      });
    const elements = [...document.querySelectorAll(selector)].filter((el) => !isDeliberatelyHidden(el));
    const failures: string[] = [];
    for (const el of elements) {
      bringIntoView(el);
      if (hits(el)) continue;
      if (el instanceof HTMLElement && el.tabIndex >= 0) {
        // Some controls show only when focused, like a skip link.
        el.focus();
        bringIntoView(el);
        const shown = hits(el);
        el.blur();
        if (shown) continue;
      }
      const r = el.getBoundingClientRect();
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + r.height / 2);
      const hit = document.elementFromPoint(x, y);
      const why = hit ? `covered by ${nameOf(hit)}` : 'outside the window';
      failures.push(`${nameOf(el)} at (${x}, ${y}): ${why}`);
    }
    return { total: elements.length, reachable: elements.length - failures.length, failures };
  }, INTERACTIVE_SELECTOR);
}

/** Regions of the page that must never cover each other, by name. */
export const REGION_SELECTORS: Readonly<Record<string, string>> = {
  panel: '#panel',
  timeline: '#timeline',
  'route bar': '#route-bar',
  'map notice': '#map-notice',
  'zoom controls': '.maplibregl-ctrl-group',
  scale: '.maplibregl-ctrl-scale',
  attribution: '.maplibregl-ctrl-attrib',
  topbar: '.topbar',
  // The route's key is a part of this row.
  'search, themes and key': '.finder',
};

/** Pairs of shown regions whose boxes intersect by more than half a pixel, named. */
export async function probeRegionOverlaps(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const boxes: [string, DOMRect][] = [];
    for (const [name, selector] of Object.entries(selectors)) {
      document.querySelectorAll(selector).forEach((el, i) => {
        if (el.closest('[hidden]') || el.getClientRects().length === 0) return;
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) return;
        boxes.push([i === 0 ? name : `${name} ${i + 1}`, r]);
      });
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [an, a] = boxes[i] as [string, DOMRect];
        const [bn, b] = boxes[j] as [string, DOMRect];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5)
          overlaps.push(`${an} and ${bn} overlap by ${Math.round(w)}×${Math.round(h)} px`);
      }
    return overlaps;
  }, REGION_SELECTORS);
}

/** Timeline labels that cover each other or are clipped by the timeline, named by their text. */
export async function probeLabelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('#timeline .mark-label')].filter(
      (l) => l.getClientRects().length > 0,
    );
    const problems: string[] = [];
    const rects = labels.map((l) => l.getBoundingClientRect());
    for (let i = 0; i < labels.length; i++) {
      const a = rects[i] as DOMRect;
      const label = labels[i] as HTMLElement;
      if (label.scrollWidth > label.clientWidth + 1) problems.push(`"${label.textContent}" is cut short`);
      for (let j = i + 1; j < labels.length; j++) {
        const b = rects[j] as DOMRect;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5)
          problems.push(
            `"${label.textContent}" and "${labels[j]?.textContent}" overlap by ${Math.round(w)} px`,
          );
      }
    }
    return problems;
  });
}
