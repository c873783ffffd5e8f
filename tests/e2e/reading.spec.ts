/**
 * The reading document: complete with no script, taken over (not rendered again) by the script,
 * printable, and its downloads hold the whole dataset.
 */
import AxeBuilder from './axe.ts';
import { expect, readEventsWithSourceUrls, readJson, readPlaces, test, waitForMapIdle } from './support.ts';

interface EventRecord {
  id: string;
  title: string;
  placeIds: string[];
  sources: { source: string }[];
}
const events = readEventsWithSourceUrls<EventRecord>();
const programmes = readJson<{ id: string; acronym: string }[]>('data/programmes.json');
const places = readPlaces();

/** Elements by id (`event=…` is not a valid bare CSS selector). */
const byId = (id: string) => `[id="${id}"]`;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page reads as the intro and the full chronology, and plain links reach every entry', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Partnership Atlas' })).toBeVisible();
    await expect(page.locator('.reading-intro')).toContainText('NATO and Uzbekistan');
    // Without script the map's box holds its picture (no live map), above the chronology.
    await expect(page.locator('#map .map-picture-image')).toBeVisible();
    await expect(page.locator('#map canvas')).toHaveCount(0);
    await expect(page.locator('#follow-route')).toBeHidden();
    for (const event of events) {
      const item = page.locator(`#chronology ${byId(`event=${event.id}`)}`);
      await expect(item).toHaveCount(1);
      await expect(item.locator('.chron-title')).toHaveText(event.title);
      await expect(item.locator('.chron-when')).toContainText(/date[ :]/);
      for (const placeId of event.placeIds)
        await expect(item.locator(`a[href="#place=${placeId}"]`)).toHaveCount(1);
      // A source links the section it names (a text fragment after the address).
      for (const source of event.sources)
        if (source.url) await expect(item.locator(`a[href^="${source.url}"]`).first()).toBeVisible();
    }
    for (const place of places) await expect(page.locator(byId(`place=${place.id}`))).toBeVisible();
    for (const programme of programmes)
      await expect(page.locator(byId(`programme=${programme.id}`))).toBeVisible();
    await page.screenshot({ path: 'tests/artifacts/reading-no-script.png' });

    const target = places.find((p) => p.id === 'termez') ?? places[0];
    await page.goto(`./#place=${target?.id}`);
    await expect(page.locator(byId(`place=${target?.id}`))).toBeInViewport();
  });
});

test.describe('the panel before the script', () => {
  test('the page as served already holds the overview; the script takes it over, once', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('./')).text();
    const panel = html.slice(html.indexOf('<aside id="panel"'), html.indexOf('</aside>'));
    expect(panel).toContain('class="panel-body"');
    expect(panel).toContain('NATO and Uzbekistan, 1992–2016');
    for (const place of places) expect(panel).toContain(`data-value="${place.id}"`);

    await page.goto('./');
    await waitForMapIdle(page);
    await expect(page.locator('#panel .panel-body')).toHaveCount(1);
    await expect(page.locator('#panel h2')).toHaveText('NATO and Uzbekistan, 1992–2016');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the prerendered panel stays out of the way of the chronology', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('#panel')).toBeHidden();
    });
  });
});

test.describe('with JavaScript on', () => {
  test('the header opens the same chronology over the map; its links show the map', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./');
    await waitForMapIdle(page);
    const reading = page.locator('#reading');
    await expect(reading).toBeHidden();
    // Taken over, not rendered again: one copy of each entry.
    for (const event of events) await expect(page.locator(byId(`event=${event.id}`))).toHaveCount(1);

    const opener = page.getByRole('link', { name: 'Chronology and data' });
    await opener.click();
    await expect(reading).toBeVisible();
    await expect(reading).toBeFocused();
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#app')).toHaveJSProperty('inert', true);
    const violations = await new AxeBuilder(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/reading-1280.png' });
    await page.keyboard.press('Escape');
    await expect(reading).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    const place = places.find((p) => p.id === 'termez') ?? places[0];
    await reading.locator(`a[href="#place=${place?.id}"]`).first().click();
    await expect(reading).toBeHidden();
    await expect(page.locator('#panel h2')).toHaveText(place?.name ?? '');
    await expect(page).toHaveURL(new RegExp(`place=${place?.id}`));
  });

  test('on a phone the chronology scrolls in its own container and its bar stays in reach', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('link', { name: 'Chronology and data' }).click();
    const reading = page.locator('#reading');
    await expect(reading).toBeVisible();
    const sizes = await reading.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    await page.screenshot({ path: 'tests/artifacts/reading-390.png' });
    const last = events.at(-1);
    await reading.locator(byId(`event=${last?.id}`)).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Back to the map' })).toBeInViewport();
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect(reading).toBeHidden();
  });

  test('a link to #reading opens it on load', async ({ page }) => {
    await page.goto('./#reading');
    await waitForMapIdle(page);
    await expect(page.locator('#reading')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chronology and data' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect(page.locator('#reading')).toBeHidden();
  });
});

test.describe('print', () => {
  test('the print button prints, and print media shows the chronology alone with printed addresses', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('link', { name: 'Chronology and data' }).click();
    await page.getByRole('button', { name: 'Print chronology' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    for (const hidden of ['#map', '#panel', '#timeline', '#follow-route', '.reading-bar'])
      await expect(page.locator(hidden)).toBeHidden();
    for (const event of events)
      await expect(page.locator(`${byId(`event=${event.id}`)} .chron-title`)).toBeVisible();
    const printed = await page
      .locator('#chronology a.external')
      .first()
      .evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
    expect(printed.after).toContain(printed.href);
    // Nothing runs off the paper's edge.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(3);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      const [width, height] = format === 'A4' ? [595.3, 841.9] : [612, 792];
      expect(Number(box?.[1])).toBeCloseTo(width, -0.5);
      expect(Number(box?.[2])).toBeCloseTo(height, -0.5);
      if (format === 'A4') {
        const { writeFileSync } = await import('node:fs');
        writeFileSync('tests/artifacts/chronology-a4.pdf', pdf);
      }
    }
  });
});

test.describe('print without empty pages', () => {
  test('the printout takes no more pages than its text fills (no half-empty page before a long event)', async ({
    page,
  }) => {
    // A4 less the print margins (16 mm top and bottom, 15 mm each side), in CSS pixels.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor((210 - 30) * mm), height: 900 });
    await page.goto('./');
    await page.waitForSelector('#reading .chron-event', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const filled = Math.ceil(height / ((297 - 32) * mm));
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    console.log(`printout: ${pages} A4 pages for ${filled} pages of text`);
    // Kept whole, an event with many sources went to the next page and left half of this one empty:
    // 40 pages for 35 of text. A few part-filled pages (a year's heading kept with its first event)
    // are fine; a page in ten is not.
    expect(pages).toBeLessThanOrEqual(Math.ceil(filled * 1.05));
  });
});

test.describe('downloads', () => {
  test('the CSV and GeoJSON the page offers hold every event and place', async ({ page, request }) => {
    await page.goto('./');
    const links = page.locator('#download a[download]');
    await expect(links).toHaveCount(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const csvHref = hrefs.find((h) => h.endsWith('.csv'));
    const geoHref = hrefs.find((h) => h.endsWith('.geojson'));
    const csv = await (await request.get(`./${csvHref}`)).text();
    for (const event of events) expect(csv).toContain(`\r\n${event.id},`);
    const geo = (await (await request.get(`./${geoHref}`)).json()) as {
      features: { properties: { id: string; events: { id: string }[] } }[];
    };
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual(places.map((p) => p.id).sort());
    const inGeo = new Set(geo.features.flatMap((f) => f.properties.events.map((e) => e.id)));
    expect([...inGeo].sort()).toEqual(events.map((e) => e.id).sort());
    await expect(page.locator('#download')).toContainText('Licence');
  });
});

test.describe('downloads and the chronology’s map in the reader’s language', () => {
  test('the Russian page offers files with Russian texts beside the English, and a map naming places in Russian', async ({
    page,
    request,
  }) => {
    await page.goto('./ru/');
    const hrefs = await page
      .locator('#download a[download]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const csvHref = hrefs.find((h) => h.endsWith('.csv')) ?? '';
    const geoHref = hrefs.find((h) => h.endsWith('.geojson')) ?? '';
    const csv = await (await request.get(csvHref)).text();
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual(expect.arrayContaining(['title', 'title_ru', 'summary_ru', 'place_names_ru']));
    expect(csv).toContain('Ташкент');
    const geo = (await (await request.get(geoHref)).json()) as {
      features: { properties: { id: string; name: string; name_ru?: string } }[];
    };
    expect(geo.features.find((f) => f.properties.id === 'tashkent')?.properties).toMatchObject({
      name: 'Tashkent',
      name_ru: 'Ташкент',
    });
    const image = await page.locator('.reading-figure img').evaluate((img) => (img as HTMLImageElement).src);
    const svg = await (await request.get(image)).text();
    expect(svg).toContain('>Ташкент<');
    expect(svg).not.toContain('>Tashkent<');
  });
});
