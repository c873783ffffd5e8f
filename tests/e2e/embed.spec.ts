/**
 * The atlas embedded in another site's page, as the Share control's snippet puts it there: a host page
 * on another origin (localhost against the atlas's 127.0.0.1, both loopback) holds the iframe at three
 * sizes. Inside it nothing is hidden, axe finds nothing, no service worker is registered, no request
 * leaves the atlas's origin, and stepping through a chapter or the route leaves the host's history as
 * it was. In a sandboxed frame (`allow-scripts allow-popups`: no storage, no worker from the page's
 * origin) it still works as far as it can, and nothing throws.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { en } from '../../src/i18n/messages-en.ts';
import { buildEmbedCode } from '../../src/ui/share-link.ts';
import { probeReach } from './reader-view.ts';
import { SELECTORS } from './selectors.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ATLAS_PORT = Number(process.env.ATLAS_PORT ?? 4173);
const ATLAS = `http://127.0.0.1:${ATLAS_PORT}/`;
const HOST_PORT = ATLAS_PORT + 1000;
const HOST = `http://localhost:${HOST_PORT}/`;
const SIZES = [
  { width: 320, height: 320 },
  { width: 640, height: 400 },
  { width: 1000, height: 700 },
] as const;

let server: Server;
let hostHtml = '';

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(hostHtml);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** An article holding the snippet, its frame held at one size. */
function writeHost(hash: string, size: { width: number; height: number }, sandbox = false): string {
  const snippet = buildEmbedCode(`${ATLAS}?embed${hash}`, 'Partnership Atlas');
  const frame = sandbox
    ? snippet.replace('<iframe ', '<iframe sandbox="allow-scripts allow-popups" ')
    : snippet;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body{margin:16px;font:16px sans-serif} iframe{width:${size.width}px!important;height:${size.height}px!important;min-height:0!important;aspect-ratio:auto!important}</style>
</head><body><main><h1>An article</h1><p>Before the map.</p>${frame}<p>After the map.</p></main></body></html>`;
}

interface Watch {
  pageErrors: string[];
  foreign: string[];
}

/** Opens the host page, watching for page errors (in any frame) and requests off both origins. */
async function openHost(page: Page, html: string): Promise<{ frame: Frame; watch: Watch }> {
  hostHtml = html;
  const watch: Watch = { pageErrors: [], foreign: [] };
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(ATLAS) || url.startsWith(HOST))
      return;
    watch.foreign.push(url);
  });
  // Errors a frame's own script does not catch, kept in that frame for the test to read.
  await page.addInitScript(() => {
    const errors: string[] = [];
    (window as unknown as { __errors: string[] }).__errors = errors;
    window.addEventListener('error', (event) => errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    // The largest share of the map the credits were painted over, frame by frame (checked before each
    // paint, so a state that lasts one frame counts).
    const credits = { largest: 0 };
    (window as unknown as { __credits: typeof credits }).__credits = credits;
    const measure = () => {
      const box = document.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect();
      const map = document.getElementById('map')?.getBoundingClientRect();
      if (box && map && map.width * map.height > 0)
        credits.largest = Math.max(credits.largest, (box.width * box.height) / (map.width * map.height));
      requestAnimationFrame(measure);
    };
    requestAnimationFrame(measure);
    // Every attempt to register a service worker, whether or not the browser then allows it (a
    // third-party frame's may be refused anyway).
    const attempts: string[] = [];
    (window as unknown as { __serviceWorkers: string[] }).__serviceWorkers = attempts;
    if ('ServiceWorkerContainer' in window) {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args) {
        attempts.push(String(args[0]));
        return register.apply(this, args);
      };
    }
  });
  await page.goto(HOST);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the host page has no frame');
  await frame.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
  return { frame, watch };
}

async function waitForMap(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1, null, {
    timeout: 60_000,
  });
}

async function runAxe(frame: Frame) {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

test.describe('the atlas embedded in another page', () => {
  for (const size of SIZES) {
    test(`at ${size.width}×${size.height}: nothing hidden, axe clean, no service worker, nothing off the origin`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width + 64, height: size.height + 200 });
      const { frame, watch } = await openHost(page, writeHost('#place=termez', size));
      await waitForMap(frame);
      await expect(frame.locator(SELECTORS.panelTitle).first()).toHaveText('Termez');
      const open = frame.locator('#open-full');
      await expect(open).toBeVisible();
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener');
      await expect(open).toHaveAttribute('href', /\/place\/termez\/#place=termez/);
      // The frame never scrolls: the card scrolls inside itself.
      expect(await frame.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeLessThanOrEqual(
        size.height,
      );
      if (size.width <= 640) {
        // A small map shows its credits as a button from the start; they open on demand.
        const largest = await frame.evaluate(
          () => (window as unknown as { __credits: { largest: number } }).__credits.largest,
        );
        expect(largest, 'the largest share of the map the credits covered').toBeLessThan(0.05);
        const credits = frame.locator('.maplibregl-ctrl-attrib');
        await expect(credits).not.toHaveClass(/maplibregl-compact-show/);
        await frame.locator('.maplibregl-ctrl-attrib-button').click();
        await expect(credits).toHaveClass(/maplibregl-compact-show/);
        await expect(credits).toContainText('OpenStreetMap');
        await frame.locator('.maplibregl-ctrl-attrib-button').click({ timeout: 5000 });
        await expect(credits).not.toHaveClass(/maplibregl-compact-show/);
      }
      const reach = await probeReach(frame as unknown as Page);
      expect(reach.failures, `hidden at ${size.width}×${size.height}`).toEqual([]);
      expect(reach.total).toBeGreaterThan(5);
      expect(await runAxe(frame)).toEqual([]);
      // The unframed atlas registers its worker once the map has settled; give it the chance.
      await page.waitForTimeout(1500);
      expect(
        await frame.evaluate(() => (window as unknown as { __serviceWorkers: string[] }).__serviceWorkers),
      ).toEqual([]);
      await page.screenshot({ path: `tests/artifacts/embed-${size.width}x${size.height}.png` });
      expect(watch.foreign, 'requests off the origin').toEqual([]);
      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    });
  }

  test('stepping through a chapter and the route leaves the host page’s history as it was', async ({
    page,
  }) => {
    const size = { width: 640, height: 400 };
    await page.setViewportSize({ width: 720, height: 600 });
    const { frame, watch } = await openHost(page, writeHost('#chapter=first-steps', size));
    const before = await page.evaluate(() => window.history.length);
    const next = frame.locator('#panel .story-nav').first().getByText('Next chapter');
    for (let i = 0; i < 3; i += 1) {
      await next.click();
      await expect(frame.locator('#panel .story-chapter.is-current')).toBeVisible();
    }
    await expect.poll(() => frame.evaluate(() => window.location.hash)).not.toContain('first-steps');
    expect(await page.evaluate(() => window.history.length)).toBe(before);

    await frame.evaluate(() => {
      window.location.hash = '#stop=1';
    });
    await expect(frame.locator(SELECTORS.routeBar)).toBeVisible();
    const hostBefore = await page.evaluate(() => window.history.length);
    for (let i = 0; i < 3; i += 1) await frame.locator(SELECTORS.routeNext).click();
    await expect.poll(() => frame.evaluate(() => window.location.hash)).toContain('stop=4');
    expect(await page.evaluate(() => window.history.length)).toBe(hostBefore);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('in a sandboxed frame it degrades and nothing throws', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 600 });
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
    });
    const { frame, watch } = await openHost(page, writeHost('#stop=3', { width: 640, height: 400 }, true));
    // It knows before trying that the map's worker cannot run here, and says so in the frame.
    await expect(frame.locator(SELECTORS.mapNotice)).toHaveText(en.mapSandboxed);
    await expect(frame.locator('body')).toHaveAttribute('data-map', 'unavailable');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await expect(frame.locator(SELECTORS.routeBar)).toBeVisible();
    await expect(frame.locator(SELECTORS.panelTitle).first()).toHaveText('Termez');
    await frame.locator(SELECTORS.routeNext).click();
    await expect.poll(() => frame.evaluate(() => window.location.hash)).toContain('stop=4');
    await frame.locator('#open-full').focus();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'tests/artifacts/embed-sandboxed.png' });
    expect(watch.pageErrors, 'page errors').toEqual([]);
    expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    expect(watch.foreign).toEqual([]);
    // No CSP violation, no "Worker failed to load": nothing in the console at all.
    expect(logged, 'console').toEqual([]);
  });

  test('Back inside the frame never goes past the view the article chose', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    const { frame, watch } = await openHost(page, writeHost('#place=termez', { width: 1000, height: 700 }));
    const title = frame.locator(SELECTORS.panelTitle).first();
    await expect(title).toHaveText('Termez');
    await frame.locator('#panel [data-action="select-place"][data-value="hairatan"]').first().click();
    await expect(title).toHaveText('Hairatan');
    await frame.locator('#panel [data-action="back"]').first().click();
    await expect(title).toHaveText('Termez');
    // Once more: at the article's view, Back stays there instead of leaving the frame on the overview.
    await frame.locator('#panel [data-action="back"]').first().click();
    await expect(title).toHaveText('Termez');
    await expect(frame.locator(SELECTORS.panel)).toHaveAttribute('data-view', 'place');
    expect(await frame.evaluate(() => window.location.hash)).toMatch(/^#place=termez(&|$)/);
    expect(watch.pageErrors).toEqual([]);
  });

  test('in a 420 px article column the snippet gives the map and the card room', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body{margin:16px;font:16px sans-serif} main{width:420px}</style></head><body><main><h1>An article</h1>
${buildEmbedCode(`${ATLAS}?embed#place=termez`, 'Partnership Atlas')}</main></body></html>`;
    await page.goto(HOST);
    const iframe = page.locator('iframe');
    const box = await iframe.boundingBox();
    expect(box?.width).toBe(420);
    // Held at 16:10 it was 300 px high: a 120 px strip of map and a card with only a title.
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(480);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(SELECTORS.panelTitle).first()).toHaveText('Termez');
    const map = await frame.locator(SELECTORS.map).boundingBox();
    const panel = await frame.locator(SELECTORS.panel).boundingBox();
    expect(map?.height ?? 0).toBeGreaterThanOrEqual(200);
    expect(panel?.height ?? 0).toBeGreaterThanOrEqual(150);
    await page.screenshot({ path: 'tests/artifacts/embed-420-column.png' });
  });
});
