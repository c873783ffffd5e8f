/**
 * Scrollytelling: while the story's chapters scroll in the side panel, the chapter crossing a reading
 * line a third of the way down the panel is the chapter in view, and the store is told so; the map,
 * timeline and highlights follow the store. A chapter chosen by its controls or from history scrolls
 * into view instead. The panel is never rebuilt for either.
 */
import type { Intent } from '../state/store.ts';

/** Windows at least this wide show the panel beside the map; narrower ones stack it below. */
export const WIDE_QUERY = '(min-width: 721px)';

/** Where the reading line runs, as a share of the panel's height from its top. */
export const READING_LINE = 1 / 3;

/**
 * A chapter in view for less than this before the reader scrolled on was only passed through: the
 * next chapter takes its history entry, so Back skips it.
 */
export const DWELL_MS = 1200;

/** A programmatic scroll that sends no `scrollend` (nothing to move) is over after this. */
const SCROLL_SETTLE_MS = 1500;

/** Whether the panel is beside the map (the chapters scroll) rather than below it (one at a time). */
export function isWideWindow(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.(WIDE_QUERY).matches ?? false;
}

export interface ChapterScroller {
  /**
   * Makes `step` the chapter in view. Returns `scrolled` when the reader's scrolling already brought
   * it there, `navigated` when the panel scrolls to it now.
   */
  show(step: number): 'navigated' | 'scrolled';
  dispose(): void;
}

/**
 * Watches the chapter sections (`sections[i]` is step i) inside the scroll `container`, below a sticky
 * `header`, and sends `tour-go` for the chapter crossing the reading line. Starts scrolled to `step`.
 */
export function mountChapterScroller(
  container: HTMLElement,
  header: HTMLElement | null,
  sections: readonly HTMLElement[],
  step: number,
  dispatch: (intent: Intent) => void,
): ChapterScroller {
  const win = container.ownerDocument.defaultView ?? window;
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  let current = step;
  let currentSince = performance.now();
  // While the panel scrolls on the page's own account, the chapters it passes are not the reader's.
  let programmatic = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  let targetTop = 0;
  const release = () => {
    programmatic = false;
    clearTimeout(settleTimer);
    settleTimer = undefined;
  };
  // A scroll that ends short of the page's own target (the reader's, or one a click brought with it
  // just before) does not end the page's scroll: only arriving, or the settle time, does.
  const onScrollEnd = () => {
    if (programmatic && Math.abs(container.scrollTop - targetTop) > 2) return;
    release();
  };
  const scrollTo = (target: number, smooth: boolean) => {
    const section = sections[target];
    if (!section) return;
    const box = container.getBoundingClientRect();
    const offset = header ? header.getBoundingClientRect().height : 0;
    const top = section.getBoundingClientRect().top - box.top + container.scrollTop - offset;
    programmatic = true;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(release, SCROLL_SETTLE_MS);
    targetTop = Math.min(Math.max(0, top), Math.max(0, container.scrollHeight - container.clientHeight));
    container.scrollTo({
      top: targetTop,
      behavior: smooth && !reducedMotion.matches ? 'smooth' : 'instant',
    });
  };
  /** The step whose section spans the reading line, or null (above the first, below the last). */
  const findStepAtLine = (): number | null => {
    const box = container.getBoundingClientRect();
    const line = box.top + box.height * READING_LINE;
    for (const [i, section] of sections.entries()) {
      const rect = section.getBoundingClientRect();
      if (rect.top <= line && rect.bottom > line) return i;
    }
    return null;
  };
  const onIntersect = () => {
    if (programmatic) return;
    const seen = findStepAtLine();
    if (seen === null || seen === current) return;
    const now = performance.now();
    const passing = now - currentSince < DWELL_MS;
    current = seen;
    currentSince = now;
    dispatch({ type: 'tour-go', tour: 'story', step: seen, passing });
  };
  const bottom = 1 - READING_LINE - 0.01;
  const observer = new IntersectionObserver(onIntersect, {
    root: container,
    rootMargin: `-${READING_LINE * 100}% 0px -${bottom * 100}% 0px`,
  });
  for (const section of sections) observer.observe(section);
  container.addEventListener('scrollend', onScrollEnd);
  scrollTo(step, false);

  return {
    show(target) {
      if (target === current) return 'scrolled';
      current = target;
      currentSince = performance.now();
      scrollTo(target, true);
      return 'navigated';
    },
    dispose() {
      observer.disconnect();
      container.removeEventListener('scrollend', onScrollEnd);
      clearTimeout(settleTimer);
    },
  };
}
