import { LAYER } from '../../src/map/ids.ts';
import { expect, locateOnMap, readPlaces, test, waitForMapIdle } from './support.ts';

const termez = readPlaces().find((p) => p.id === 'termez');
if (!termez) throw new Error('data/places.json has no termez');
const TERMEZ: [number, number] = [termez.coordinates[0], termez.coordinates[1]];

/**
 * How many towns at least the reader sees around Termez. On a phone the story's own names (Termez, its
 * airfield, the bridge, Hairatan, Mazar-i-Sharif, Naibabad) fill most of the map, Balkh and Khulm give way
 * to them, and GeoNames has no Sherobod or Jarqoʻrgʻon: Shorchi and Aibak are left.
 */
const VIEWPORTS = [
  // A phone's Termez view holds Shurchi: the towns without a name in all three languages are left off.
  { name: '390x844', width: 390, height: 844, towns: 1 },
  { name: '1280x720', width: 1280, height: 720, towns: 8 },
] as const;

/** The town names the map drew and the reader sees: on the canvas, nothing over their point. */
async function readSeenTowns(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate((layer) => {
    interface TownMap {
      project(p: [number, number]): { x: number; y: number };
      queryRenderedFeatures(options: {
        layers: string[];
      }): { properties: { name?: string }; geometry: { type: string; coordinates: unknown } }[];
    }
    const map = (window as unknown as { __map: TownMap }).__map;
    const canvas = document.querySelector('#map canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const names = new Set<string>();
    for (const town of map.queryRenderedFeatures({ layers: [layer] })) {
      if (town.geometry.type !== 'Point' || !town.properties.name) continue;
      const at = map.project(town.geometry.coordinates as [number, number]);
      if (document.elementFromPoint(box.left + at.x, box.top + at.y) === canvas)
        names.add(town.properties.name);
    }
    return [...names];
  }, LAYER.townLabels);
}

async function openTermez(page: import('@playwright/test').Page, path: string): Promise<void> {
  // `?bench` exposes the map object, so the test can ask it which names it drew.
  await page.goto(`${path}?bench#place=termez`);
  await waitForMapIdle(page);
  await page.waitForFunction(() => {
    const map = (window as unknown as { __map?: { isMoving(): boolean; loaded(): boolean } }).__map;
    return map !== undefined && !map.isMoving() && map.loaded();
  });
  // Labels fade in over a few hundred milliseconds after placement.
  await page.waitForTimeout(500);
}

test.describe('towns in the page’s language', () => {
  const PAGES = [
    { path: './ru/', letters: /^[А-Яа-я -]+$/, says: 'Cyrillic' },
    { path: './uz/', letters: /^[A-Za-zʻ -]+$/, says: 'Uzbek Latin with ʻ' },
  ] as const;
  for (const language of PAGES)
    test(`the ${language.path} page names the towns around Termez in ${language.says}, none with "Shahri"`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openTermez(page, language.path);
      const seen = await readSeenTowns(page);
      expect(seen.length, `towns seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(8);
      for (const name of seen) {
        expect(name).toMatch(language.letters);
        expect(name).not.toMatch(/(^|\s)(shahri|shaharchasi|shahar)$/i);
      }
    });
});

test.describe('towns on the land', () => {
  for (const viewport of VIEWPORTS)
    test(`at ${viewport.name}, a reader who opens Termez sees it on the map, with the towns around it, without scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openTermez(page, './');
      await expect(page.locator('#panel h2')).toHaveText('Termez');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await locateOnMap(page, TERMEZ)).toMatchObject({ inside: true, hits: true });
      const seen = await readSeenTowns(page);
      expect(seen.length, `towns seen around Termez: ${seen.join(', ')}`).toBeGreaterThanOrEqual(
        viewport.towns,
      );
    });
});
