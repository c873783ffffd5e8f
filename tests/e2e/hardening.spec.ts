import { join } from 'node:path';
import { readDataFiles } from '../../scripts/project-data.ts';
import { loadDataset } from '../../src/build/load.ts';
import { BUNDLE_FILE } from '../../src/model/bundle.ts';
import { expect, test, waitForMapIdle, withoutWebGL } from './support.ts';

const NASTY_HASHES = [
  '#%',
  '#%E0%A4%A',
  '#place=__proto__',
  '#__proto__[polluted]=1&constructor=x',
  '#place=<script>alert(1)</script>',
  '#event="><img src=x onerror=alert(1)>',
  '#programme=javascript:alert(1)',
  '#place=nowhere&year=abc&stop=-4&map=NaN/NaN/NaN',
  '#year=1e309&stop=99999999999&map=99/999/999/0/0',
  '#map=5/41/69/0/0/9/9/9',
  `#place=${'a'.repeat(5000)}`,
  '#year=2009&year=1900&place=termez&place=kabul',
];

test.describe('hostile links', () => {
  for (const hash of NASTY_HASHES) {
    test(`ignores what it cannot read: ${hash.slice(0, 60)}`, async ({ page }) => {
      await page.goto(`./${hash}`);
      await waitForMapIdle(page);
      await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('#panel h2')).toBeVisible();
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
      expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    });
  }
});

test.describe('bad data reaching the page', () => {
  test('a bundle the page cannot read shows what failed instead of a blank page', async ({ page }) => {
    await page.route(`**/${BUNDLE_FILE}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 1, "dataset": {' }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The atlas cannot show its data');
    await expect(alert).toContainText(BUNDLE_FILE);
    await expect(alert).toContainText('not valid JSON');
    await expect(page.locator('body')).toHaveAttribute('data-state', 'error');
  });

  test('problems the data checks found (as the development server sends them) are named with their path', async ({
    page,
  }) => {
    const { files } = readDataFiles(join(import.meta.dirname, '../..'));
    const events = JSON.parse(files.events) as { placeIds: string[] }[];
    const first = events[0];
    if (first) first.placeIds = ['atlantis'];
    const result = loadDataset({ ...files, events: JSON.stringify(events) });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    await page.route(`**/${BUNDLE_FILE}`, (route) => route.fulfill({ json: { problems } }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('$[0].placeIds[0]');
    await expect(page.getByRole('alert')).toContainText('no place has id "atlantis"');
  });
});

test.describe('text stays text', () => {
  test('markup in the data is shown literally', async ({ page }) => {
    await page.route(`**/${BUNDLE_FILE}`, async (route) => {
      const bundle = (await (await route.fetch()).json()) as {
        dataset: { places: { id: string; name: string; summary: string }[] };
      };
      const first = bundle.dataset.places.find((p) => p.id === 'tashkent');
      if (!first) throw new Error('no Tashkent');
      first.name = '<img src=x onerror="window.__xss=1">Tashkent';
      first.summary = '<script>window.__xss=2</script>';
      await route.fulfill({ json: bundle });
    });
    await page.goto('./#place=tashkent');
    await waitForMapIdle(page);
    await expect(page.locator('#panel h2')).toHaveText('<img src=x onerror="window.__xss=1">Tashkent');
    await expect(page.locator('#panel')).toContainText('<script>window.__xss=2</script>');
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});

test.describe('without WebGL', () => {
  test('the page says so and still offers panels and timeline', async ({ page }) => {
    await withoutWebGL(page);
    await page.goto('./');
    await expect(page.locator('#map-notice')).toContainText('cannot draw the map');
    await page.locator('#panel [data-place-id="termez"]').click();
    await expect(page.locator('#panel h2')).toHaveText('Termez');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/year=/);
    await page.locator('#follow-route').click();
    await expect(page.locator('.route-progress')).toHaveText(/^Stop 1 of/);
    await page.locator('[data-route="next"]').click();
    await expect(page.locator('.route-progress')).toHaveText(/^Stop 2 of/);
  });

  test('a lost context is announced and the map comes back', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: unknown }).__lose = ext;
      ext?.loseContext();
    });
    await expect(page.locator('#map-notice')).toContainText('context was lost');
    await page.evaluate(() =>
      (window as unknown as { __lose: { restoreContext(): void } }).__lose.restoreContext(),
    );
    await expect(page.locator('#map-notice')).toBeHidden();
  });
});

test.describe('content security policy', () => {
  test('the page forbids requests to any other origin', async ({ page, watch }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(event.effectiveDirective);
      document.addEventListener('securitypolicyviolation', onViolation);
      let fetched = 'allowed';
      try {
        await fetch('http://192.0.2.1/track.gif');
      } catch {
        fetched = 'blocked';
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      document.removeEventListener('securitypolicyviolation', onViolation);
      // This test provokes the violation on purpose; keep it out of the page's own record.
      (window as unknown as { __csp?: string[] }).__csp = [];
      return { fetched, violations };
    });
    expect(outcome).toEqual({ fetched: 'blocked', violations: ['connect-src'] });
    // The browser reports the provoked block in the console too; only that report is expected.
    await page.waitForTimeout(200);
    const provoked = watch.consoleErrors.filter((text) => text.includes('192.0.2.1'));
    expect(provoked.length).toBeGreaterThan(0);
    watch.consoleErrors.splice(
      0,
      watch.consoleErrors.length,
      ...watch.consoleErrors.filter((t) => !t.includes('192.0.2.1')),
    );
  });
});

test.describe('a basemap that cannot be loaded', () => {
  test('says so over the map instead of leaving it blank, and the rest still works', async ({ page }) => {
    await page.route('**/basemap/**', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"type": "Topology",' }),
    );
    await page.goto('./');
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('#map-notice')).toBeVisible();
    await expect(page.locator('#map-notice')).toContainText('could not be loaded');
    await page.locator('#panel [data-place-id="termez"]').click();
    await expect(page.locator('#panel h2')).toHaveText('Termez');
  });
});
