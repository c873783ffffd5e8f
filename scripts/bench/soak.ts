/**
 * The long-lived tab: a seeded run of mixed interactions (links, panel choices, the year, the route
 * and the story, pans, zooms, Back and Forward), with the heap (after garbage collection), event
 * listeners and DOM nodes read at checkpoints. Growth is read from the end of a warm-up, once V8's
 * compiled code and the browser's own buffers have settled. Shared with the browser soak test.
 */
import type { CDPSession, Page } from 'playwright-core';
import { createRandom } from '../random.ts';

/** What the soak picks from: the ids links can name. */
export interface SoakIds {
  places: readonly string[];
  events: readonly string[];
  programmes: readonly string[];
}

export interface SoakCheckpoint {
  interactions: number;
  heapMB: number;
  listeners: number;
  nodes: number;
}

export interface SoakResult {
  warmup: number;
  total: number;
  checkpoints: SoakCheckpoint[];
  /** Interactions by kind, as run. */
  kinds: Record<string, number>;
}

/**
 * How long one click waits for its target: a button the last interaction hid or moved is skipped,
 * not waited for (the soak measures the page, not Playwright's patience).
 */
const CLICK_TIMEOUT_MS = 500;

/** Seed of the run: the same sequence each time, so two runs are comparable. */
export const SOAK_SEED = 20160303;

async function readMetrics(session: CDPSession): Promise<Record<string, number>> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function followLink(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.history.pushState(null, '', h);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, hash);
}

/** One interaction chosen at random; returns its kind. */
export async function interactAtRandom(page: Page, random: () => number, ids: SoakIds): Promise<string> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const box = await page.locator('#map').boundingBox();
  const cx = (box?.x ?? 0) + (box?.width ?? 800) / 2;
  const cy = (box?.y ?? 0) + (box?.height ?? 600) / 2;
  const roll = random();
  if (roll < 0.14) {
    await followLink(page, `#place=${pick(ids.places)}`);
    return 'link';
  }
  if (roll < 0.28) {
    const button = page.locator('#panel [data-action^="select-"]');
    const count = await button.count();
    if (count > 0)
      await button
        .nth(Math.floor(random() * count))
        .click({ timeout: CLICK_TIMEOUT_MS })
        .catch(() => {});
    return 'panel';
  }
  if (roll < 0.36) {
    const kind = random() < 0.5 ? `event=${pick(ids.events)}` : `programme=${pick(ids.programmes)}`;
    await followLink(page, `#${kind}`);
    return 'link';
  }
  if (roll < 0.48) {
    await page.locator('.year-slider').focus();
    await page.keyboard.press(pick(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']));
    return 'year';
  }
  if (roll < 0.58) {
    if (await page.locator('#route-bar').isHidden()) await page.locator('#follow-route').click();
    else
      await page
        .locator(`[data-route="${pick(['next', 'prev', 'play', 'next', 'leave'])}"]`)
        .click({ force: true, timeout: CLICK_TIMEOUT_MS })
        .catch(() => {});
    return 'route';
  }
  if (roll < 0.64) {
    const reading = (await page.locator('#read-story').getAttribute('aria-pressed')) === 'true';
    if (!reading) await page.locator('#read-story').click();
    else await page.keyboard.press(pick([']', '[', 'k', ']', 'Escape']));
    return 'story';
  }
  if (roll < 0.76) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + (random() - 0.5) * 300, cy + (random() - 0.5) * 200, { steps: 4 });
    await page.mouse.up();
    return 'pan';
  }
  if (roll < 0.86) {
    await page.mouse.move(cx + (random() - 0.5) * 200, cy + (random() - 0.5) * 200);
    await page.mouse.wheel(0, (random() - 0.5) * 600);
    return 'zoom';
  }
  if (roll < 0.93) {
    await page.evaluate(() => window.history.back());
    return 'back';
  }
  await page.evaluate(() => window.history.forward());
  return 'forward';
}

/** Brings the page back to the same resting view, so checkpoints compare like with like. */
async function settle(page: Page): Promise<void> {
  await page.keyboard.press('Escape').catch(() => {});
  await followLink(page, '#map=4.6/39.2/66.5/0/0');
  await page.waitForTimeout(1500);
}

/**
 * Runs `total` interactions on an open, idle page, reading the metrics at the end of the `warmup`
 * and every `every` interactions after it.
 */
export async function runSoak(
  page: Page,
  ids: SoakIds,
  options: { warmup: number; total: number; every: number },
  onCheckpoint: (checkpoint: SoakCheckpoint) => void = () => {},
): Promise<SoakResult> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const random = createRandom(SOAK_SEED);
  const kinds: Record<string, number> = {};
  const checkpoints: SoakCheckpoint[] = [];
  const checkpoint = async (interactions: number) => {
    await settle(page);
    const m = await readMetrics(session);
    checkpoints.push({
      interactions,
      heapMB: Number(((m.JSHeapUsedSize ?? 0) / 1048576).toFixed(2)),
      listeners: m.JSEventListeners ?? 0,
      nodes: m.Nodes ?? 0,
    });
    const last = checkpoints.at(-1);
    if (last) onCheckpoint(last);
  };
  for (let i = 1; i <= options.total; i++) {
    const kind = await interactAtRandom(page, random, ids);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (i === options.warmup || (i > options.warmup && (i - options.warmup) % options.every === 0))
      await checkpoint(i);
  }
  if (checkpoints.at(-1)?.interactions !== options.total) await checkpoint(options.total);
  await session.detach();
  return { warmup: options.warmup, total: options.total, checkpoints, kinds };
}

/** Growth from the end of the warm-up: heap as a ratio, listeners and nodes as counts. */
export function summarizeSoak(result: SoakResult): {
  heapGrowth: number;
  heapStartMB: number;
  heapEndMB: number;
  heapMaxMB: number;
  listenersStart: number;
  listenersEnd: number;
  nodesStart: number;
  nodesEnd: number;
} {
  const start = result.checkpoints[0];
  const end = result.checkpoints.at(-1);
  if (!start || !end) throw new Error('the soak measured no checkpoint');
  return {
    heapGrowth: end.heapMB / start.heapMB,
    heapStartMB: start.heapMB,
    heapEndMB: end.heapMB,
    heapMaxMB: Math.max(...result.checkpoints.map((c) => c.heapMB)),
    listenersStart: start.listeners,
    listenersEnd: end.listeners,
    nodesStart: start.nodes,
    nodesEnd: end.nodes,
  };
}
