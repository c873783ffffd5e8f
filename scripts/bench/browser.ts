/**
 * Everything the bench does inside Chromium: cold loads, the timed interactions, and frame and
 * long-task recording during camera motion. Timings are taken in the page with performance.now(), so
 * the round trip to Playwright never counts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';
import { SELECTORS, type Selectors } from '../../tests/e2e/selectors.ts';

/** The window size every page is loaded at (the browser tests use the same). */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** How long a page may take to draw its map once before the bench calls it broken. */
const FIRST_IDLE_TIMEOUT_MS = 120_000;

/** A long task the browser reported, relative to navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Frames and long tasks between `start` and `end` (page time, ms). */
export interface Recording {
  start: number;
  end: number;
  /** requestAnimationFrame timestamps. */
  frames: number[];
  longTasks: LongTask[];
}

/** Helpers the bench installs in every page before it runs (see installBenchHelpers). */
interface BenchHelpers {
  /** When the map's canvas entered the page (page time, ms), NaN until then. */
  mapCreatedAt: number;
  /** How often settle() gave up waiting for the map to become idle. */
  settleTimeouts: number;
  idleCount(): number;
  settle(before: number, timeoutMs: number, minMs?: number): Promise<boolean>;
  toOverview(timeoutMs: number): Promise<void>;
  startRecording(): void;
  stopRecording(): Recording;
}

interface BenchWindow extends Window {
  __bench: BenchHelpers;
  __map?: MapLibreMap;
}

/** Console noise from software WebGL, not worth reporting. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/i, /GL_CLOSE_PATH_NV/i, /WebGL.*performance warning/i];

/**
 * Runs in the page before any of its scripts. Playwright sends functions as source text, so this
 * body must not reach anything outside itself.
 */
function installBenchHelpers(sel: Selectors): void {
  const w = window as unknown as BenchWindow;
  // A frame, or a short timeout when frames are not coming (the settle loop must never hang).
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  let recording = false;
  let start = 0;
  let frames: number[] = [];
  let longTasks: LongTask[] = [];
  let observer: PerformanceObserver | null = null;
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries) longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  w.__bench = {
    mapCreatedAt: Number.NaN,
    settleTimeouts: 0,
    idleCount: () => Number(document.querySelector<HTMLElement>(sel.map)?.dataset.idle ?? 0),
    async settle(before, timeoutMs, minMs = 0) {
      // The map fires 'idle' once it has drawn everything an interaction set in motion; waiting for
      // it keeps one iteration's camera flight and redraw out of the next one's timing.
      const t0 = performance.now();
      let idle = false;
      while (performance.now() - t0 < timeoutMs) {
        await nextFrame();
        if (w.__bench.idleCount() > before && performance.now() - t0 >= minMs) {
          idle = true;
          break;
        }
      }
      await nextFrame();
      if (!idle) w.__bench.settleTimeouts += 1;
      return idle;
    },
    async toOverview(timeoutMs) {
      const panel = document.querySelector<HTMLElement>(sel.panel);
      if (!panel || panel.dataset.view === 'overview') return;
      const before = w.__bench.idleCount();
      const close = panel.querySelector<HTMLElement>(sel.close);
      if (close) close.click();
      else panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await w.__bench.settle(before, timeoutMs);
      if (panel.dataset.view !== 'overview') throw new Error(`the panel stayed in "${panel.dataset.view}"`);
    },
    startRecording() {
      frames = [];
      longTasks = [];
      recording = true;
      start = performance.now();
      observer = new PerformanceObserver((list) => take(list.getEntries()));
      observer.observe({ type: 'longtask', buffered: true });
      const loop = (time: number) => {
        if (!recording) return;
        frames.push(time);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopRecording() {
      recording = false;
      const end = performance.now();
      if (observer) {
        take(observer.takeRecords());
        observer.disconnect();
        observer = null;
      }
      // buffered: true also delivers tasks from before the start; only the window counts.
      return { start, end, frames, longTasks: longTasks.filter((t) => t.start >= start && t.start <= end) };
    },
  };
  // Notes when MapLibre's canvas appears: what comes before is the page's own start-up (script, data,
  // fonts, validation, panels), what comes after is MapLibre's. Observers report after the task that
  // made the change, so this is when the page's start-up task ends.
  const watcher = new MutationObserver(() => {
    if (!document.querySelector(sel.mapCanvas)) return;
    w.__bench.mapCreatedAt = performance.now();
    watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true });
}

/** Launches the system Chromium headless with the project's flags (software WebGL, loopback only). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
}

/** A fresh context (empty cache: a cold load) with one page and the bench helpers installed. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  /** Console warnings seen so far (WebGL driver noise left out), e.g. an unused preload. */
  warnings: string[];
}

/** Opens a new context and page, installs the helpers, and navigates to `url`. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in calls to a `__name` helper
  // that exists only in Node; functions sent to the page need a stand-in.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installBenchHelpers, SELECTORS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const warnings: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (IGNORED_CONSOLE.some((pattern) => pattern.test(text))) return;
    (type === 'error' ? errors : warnings).push(text);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status() ?? 'nothing'}`);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page, errors, warnings };
}

/**
 * Waits for the map's first 'idle' and returns the 'atlas-first-idle' mark: milliseconds from
 * navigation start. Throws when the page reports an error instead.
 */
export async function waitForFirstIdle(opened: OpenedPage, label: string): Promise<number> {
  const { page, errors } = opened;
  let outcome: string;
  try {
    const handle = await page.waitForFunction(
      (sel) => {
        if (document.body.dataset.state === 'error') return 'error';
        return Number(document.querySelector<HTMLElement>(sel.map)?.dataset.idle ?? 0) >= 1 ? 'idle' : false;
      },
      SELECTORS,
      // Polling rather than every frame: the check should cost the page as little as possible.
      { timeout: FIRST_IDLE_TIMEOUT_MS, polling: 200 },
    );
    outcome = String(await handle.jsonValue());
  } catch (error) {
    throw new Error(
      `${label}: the map never became idle (${(error as Error).message.split('\n')[0]})${describeErrors(errors)}`,
    );
  }
  if (outcome === 'error') {
    const text = await page.evaluate(() =>
      (document.body.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 800),
    );
    throw new Error(`${label}: the page reported an error:\n${text}${describeErrors(errors)}`);
  }
  const mark = await page.evaluate(
    () => performance.getEntriesByName('atlas-first-idle')[0]?.startTime ?? null,
  );
  if (mark === null) throw new Error(`${label}: the page has no 'atlas-first-idle' performance mark`);
  return mark;
}

function describeErrors(errors: readonly string[]): string {
  return errors.length > 0 ? `\npage errors:\n  ${errors.slice(0, 5).join('\n  ')}` : '';
}

/** What one cold load measured. */
export interface ColdLoad {
  /** Navigation start → the map's first idle. */
  idleMs: number;
  /** Navigation start → MapLibre's canvas in the page (see installBenchHelpers). */
  mapCreatedMs: number;
  mapBox: { width: number; height: number } | null;
  /** Navigation start → first contentful paint. */
  fcpMs: number;
  /** Navigation start → each start-up stage (see `readStartStages`). */
  stages: StartStages;
  errors: string[];
}

/** When each stage of a page's start-up ended, ms from navigation start (NaN where a page lacks it). */
export interface StartStages {
  /** The last module script arrived. */
  scriptFetched: number;
  /** The page's own code began to run (its script parsed and its imports evaluated). */
  scriptStart: number;
  /** Its data (and fonts, and on a translated page its texts) arrived. */
  dataFetched: number;
  /** MapLibre's map object was constructed. */
  mapConstructed: number;
}

/** The start-up stages as the page marked them (`atlas-*` performance marks and resource timing). */
async function readStartStages(page: Page): Promise<StartStages> {
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' && /\.m?js$/.test(r.name))
      .map((r) => (r as PerformanceResourceTiming).responseEnd);
    return {
      scriptFetched: scripts.length > 0 ? Math.max(...scripts) : Number.NaN,
      scriptStart: mark('atlas-script-start'),
      dataFetched: mark('atlas-data-fetched'),
      mapConstructed: mark('atlas-map-created'),
    };
  });
}

/** One cold load of `url` in a new context: its first idle, and the map's box on the page. */
export async function coldLoad(browser: Browser, url: string, label: string): Promise<ColdLoad> {
  const opened = await openPage(browser, url);
  try {
    const idleMs = await waitForFirstIdle(opened, label);
    const mapCreatedMs = await opened.page.evaluate(
      () => (window as unknown as BenchWindow).__bench.mapCreatedAt,
    );
    const fcpMs = await opened.page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    const box = await opened.page.locator(SELECTORS.map).boundingBox();
    return {
      idleMs,
      mapCreatedMs,
      fcpMs,
      stages: await readStartStages(opened.page),
      mapBox: box ? { width: Math.round(box.width), height: Math.round(box.height) } : null,
      errors: opened.errors,
    };
  } finally {
    await opened.context.close();
  }
}

/** Samples (ms of synchronous script) of each timed interaction. */
export interface InteractionSamples {
  click: number[];
  event: number[];
  year: number[];
  routeStep: number[];
  /** Waits for the map to settle that ran out of time (the timings still count). */
  settleTimeouts: number;
}

/** How long to wait for the map to settle after each interaction before giving up waiting. */
const SETTLE_MS = 2500;

/**
 * Times the four interactions `iterations` times each on an app page that has drawn its map. Each
 * timing brackets one synchronous dispatch: the store updates the panel, timeline and map in the
 * same call, so this is the script work the interaction costs before the browser can paint.
 */
export async function measureInteractions(
  page: Page,
  iterations: number,
  /** How long to wait for the map after each step; shorter only for a smoke run. */
  settleMs = SETTLE_MS,
): Promise<InteractionSamples> {
  const SETTLE = settleMs;
  // A route step's camera travels for at least 1.2 s; a smoke run does not wait it out.
  const stepFloorMs = settleMs < SETTLE_MS ? 0 : 1300;
  const samples: InteractionSamples = { click: [], event: [], year: [], routeStep: [], settleTimeouts: 0 };

  // (a) Choose a place in the overview's list; only the selection click is timed.
  for (let i = 0; i < iterations; i++) {
    samples.click.push(
      await page.evaluate(
        async ({ i, settleMs, sel }) => {
          const bench = (window as unknown as BenchWindow).__bench;
          await bench.toOverview(settleMs);
          const panel = document.querySelector<HTMLElement>(sel.panel) as HTMLElement;
          const buttons = panel.querySelectorAll<HTMLElement>(sel.placeListButton);
          // A large prime stride visits many different places, not just the first few.
          const button = buttons[(i * 7919) % Math.max(buttons.length, 1)];
          if (!button) throw new Error('the overview lists no place to select');
          const before = bench.idleCount();
          const t0 = performance.now();
          button.click();
          const ms = performance.now() - t0;
          if (panel.dataset.view !== 'place') throw new Error('selecting a place did not open it');
          await bench.settle(before, settleMs);
          return ms;
        },
        { i, settleMs: SETTLE, sel: SELECTORS },
      ),
    );
  }

  // (b) Open an event from a place's list of events; only the event click is timed.
  for (let i = 0; i < iterations; i++) {
    samples.event.push(
      await page.evaluate(
        async ({ i, settleMs, sel }) => {
          const bench = (window as unknown as BenchWindow).__bench;
          await bench.toOverview(settleMs);
          const panel = document.querySelector<HTMLElement>(sel.panel) as HTMLElement;
          // Places kept for the route alone have no events to open.
          const places = [...panel.querySelectorAll<HTMLElement>(sel.placeListButton)].filter(
            (b) => !/ 0 events$/.test(b.parentElement?.textContent ?? ''),
          );
          const place = places[(i * 7919) % Math.max(places.length, 1)];
          if (!place) throw new Error('the overview lists no place with events to select');
          let before = bench.idleCount();
          place.click();
          await bench.settle(before, settleMs);
          const events = panel.querySelectorAll<HTMLElement>(sel.selectEvent);
          const button = events[i % Math.max(events.length, 1)];
          if (!button) throw new Error(`place "${place.dataset.value}" lists no event`);
          before = bench.idleCount();
          const t0 = performance.now();
          button.click();
          const ms = performance.now() - t0;
          if (panel.dataset.view !== 'event') throw new Error('selecting an event did not open it');
          await bench.settle(before, settleMs);
          return ms;
        },
        { i, settleMs: SETTLE, sel: SELECTORS },
      ),
    );
  }

  // (c) Move the year slider, with the overview open (the view a year change re-renders most).
  for (let i = 0; i < iterations; i++) {
    samples.year.push(
      await page.evaluate(
        async ({ i, settleMs, sel }) => {
          const bench = (window as unknown as BenchWindow).__bench;
          await bench.toOverview(settleMs);
          const slider = document.querySelector<HTMLInputElement>(sel.yearSlider);
          if (!slider) throw new Error('the timeline has no .year-slider');
          const min = Number(slider.min);
          const max = Number(slider.max);
          // Stepping by 7 years jumps around the range; a year equal to the current one would be a
          // no-op, so it moves on by one.
          let year = min + ((i * 7) % (max - min + 1));
          if (String(year) === slider.value) year = year >= max ? min : year + 1;
          const before = bench.idleCount();
          const t0 = performance.now();
          slider.value = String(year);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          const ms = performance.now() - t0;
          await bench.settle(before, settleMs);
          return ms;
        },
        { i, settleMs: SETTLE, sel: SELECTORS },
      ),
    );
  }

  // (d) Step along the route while paused: next to the end, then previous back, and so on.
  await page.evaluate(
    async ({ settleMs, sel }) => {
      const bench = (window as unknown as BenchWindow).__bench;
      await bench.toOverview(settleMs);
      const follow = document.querySelector<HTMLElement>(sel.followRoute);
      const play = document.querySelector<HTMLElement>(sel.routePlay);
      if (!follow || !play) throw new Error('the page has no #follow-route or route play button');
      const before = bench.idleCount();
      follow.click(); // starts playing at the first stop
      play.click(); // pause: only the timed clicks move the route from here
      await bench.settle(before, settleMs);
    },
    { settleMs: SETTLE, sel: SELECTORS },
  );
  let direction = 1;
  for (let i = 0; i < iterations; i++) {
    const result = await page.evaluate(
      async ({ direction, settleMs, stepFloorMs, sel }) => {
        const bench = (window as unknown as BenchWindow).__bench;
        const next = document.querySelector<HTMLButtonElement>(sel.routeNext);
        const prev = document.querySelector<HTMLButtonElement>(sel.routePrev);
        if (!next || !prev) throw new Error('the route bar has no next/previous buttons');
        let dir = direction;
        let button = dir > 0 ? next : prev;
        if (button.disabled) {
          dir = -dir;
          button = dir > 0 ? next : prev;
        }
        if (button.disabled) throw new Error('the route has a single stop: nothing to step to');
        const before = bench.idleCount();
        const t0 = performance.now();
        button.click();
        const ms = performance.now() - t0;
        // The camera travels for at least 1.2 s and the map may report idle between its frames, so
        // the wait has a floor.
        await bench.settle(before, settleMs + 4000, stepFloorMs);
        return { ms, dir };
      },
      { direction, settleMs: SETTLE, stepFloorMs, sel: SELECTORS },
    );
    samples.routeStep.push(result.ms);
    direction = result.dir;
  }
  await page.evaluate(
    async ({ settleMs, sel }) => {
      const bench = (window as unknown as BenchWindow).__bench;
      const before = bench.idleCount();
      document.querySelector<HTMLElement>(sel.routeLeave)?.click();
      await bench.settle(before, settleMs);
    },
    { settleMs: SETTLE, sel: SELECTORS },
  );
  samples.settleTimeouts = await page.evaluate(
    () => (window as unknown as BenchWindow).__bench.settleTimeouts,
  );
  return samples;
}

/** A journey's recording and what it covered. */
export interface JourneyResult extends Recording {
  stops: number;
}

/**
 * Plays the whole transit route at `speed` from the first stop until the player stops itself after
 * the last one, recording frames and long tasks throughout.
 */
export async function measureRouteJourney(page: Page, speed: number): Promise<JourneyResult> {
  await page.evaluate(
    ({ speed, sel }) => {
      const select = document.querySelector<HTMLSelectElement>(sel.speedSelect);
      const follow = document.querySelector<HTMLElement>(sel.followRoute);
      if (!select || !follow) throw new Error('the page has no .speed-select or #follow-route');
      if (![...select.options].some((o) => o.value === String(speed)))
        throw new Error(`the speed menu has no ${speed}×`);
      select.value = String(speed);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const bench = (window as unknown as BenchWindow).__bench;
      bench.startRecording();
      follow.click();
    },
    { speed, sel: SELECTORS },
  );
  // The player clears "playing" only after dwelling at the last stop, so this waits out the whole
  // journey, the final leg included.
  const handle = await page.waitForFunction(
    (sel) => {
      const text = document.querySelector(sel.routeProgress)?.textContent ?? '';
      const match = /^Stop (\d+) of (\d+)/.exec(text);
      const playing = document.querySelector(sel.routePlay)?.getAttribute('aria-pressed');
      return match && match[1] === match[2] && playing === 'false' ? Number(match[2]) : false;
    },
    SELECTORS,
    { timeout: 15 * 60_000, polling: 250 },
  );
  const stops = Number(await handle.jsonValue());
  const recording = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopRecording());
  return { ...recording, stops };
}

/**
 * On a baseline page, or the app opened with `?bench`: jumps to `from`, waits for the map to draw,
 * then records a plain flyTo to `to` at `pitch` lasting `durationMs`.
 */
export async function measureFly(
  page: Page,
  from: readonly [number, number],
  to: readonly [number, number],
  zoom: number,
  pitch: number,
  durationMs: number,
): Promise<Recording> {
  return page.evaluate(
    async ({ from, to, zoom, pitch, durationMs }) => {
      const w = window as unknown as BenchWindow;
      const map = w.__map;
      if (!map) throw new Error('the page exposes no window.__map (the app does only with ?bench)');
      const before = w.__bench.idleCount();
      map.jumpTo({ center: [from[0], from[1]], zoom, pitch });
      await w.__bench.settle(before, 30_000);
      const arrived = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
      w.__bench.startRecording();
      map.flyTo({ center: [to[0], to[1]], zoom, pitch, duration: durationMs, essential: true });
      await arrived;
      return w.__bench.stopRecording();
    },
    {
      from: [from[0], from[1]] as [number, number],
      to: [to[0], to[1]] as [number, number],
      zoom,
      pitch,
      durationMs,
    },
  );
}
