/**
 * The view pages as the build wrote them: every place, event, programme and chapter (and the route)
 * has a page in dist/ with its title and a 1200×630 PNG preview beside it, and no relative address a
 * crawler would reject (the default build has no site address: no alternates, og:image or sitemap)
 * (checked on the files, no browser); a sample opened in the browser reads
 * without script and, with script, opens the atlas at that view. The Share control copies the view's
 * page link, and calls the system share sheet where there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ru } from '../../src/i18n/messages-ru.ts';
import { uz } from '../../src/i18n/messages-uz.ts';
import { expect, readJson, readPlaces, test } from './support.ts';

/** The build the server serves (`ATLAS_DIST`, as in playwright.config.ts). */
const DIST = resolve(import.meta.dirname, '../..', process.env.ATLAS_DIST ?? 'dist');

interface Named {
  id: string;
  title?: string;
  name?: string;
  acronym?: string;
}

const places = readPlaces();
const events = readJson<Named[]>('data/events.json');
const programmes = readJson<Named[]>('data/programmes.json');
const chapters = readJson<Named[]>('data/story.json');
const route = readJson<{ id: string; name: string }>('data/route.json');

/** A translation file: collection → record id → field → entry. */
type Translation = Record<string, Record<string, Record<string, { text: string }>>>;

/** Each language's folder, `<html lang>`, the atlas's name and its translated texts (none for English). */
const LANGUAGES = [
  { prefix: '', lang: 'en', brand: 'Partnership Atlas', texts: {} as Translation },
  { prefix: 'uz/', lang: 'uz-Latn', brand: uz.brand, texts: readJson<Translation>('data/i18n/uz.json') },
  { prefix: 'ru/', lang: 'ru', brand: ru.brand, texts: readJson<Translation>('data/i18n/ru.json') },
];

/** Every page the build must have written in a language, with the name its title must carry. */
function listExpected(texts: Translation): { path: string; name: string }[] {
  const pick = (collection: string, id: string, field: string, english = '') =>
    texts[collection]?.[id]?.[field]?.text ?? english;
  return [
    { path: 'route/', name: pick('route', route.id, 'name', route.name) },
    ...chapters.map((c) => ({ path: `story/${c.id}/`, name: pick('chapters', c.id, 'title', c.title) })),
    ...places.map((p) => ({ path: `place/${p.id}/`, name: pick('places', p.id, 'name', p.name) })),
    ...events.map((e) => ({ path: `event/${e.id}/`, name: pick('events', e.id, 'title', e.title) })),
    ...programmes.map((p) => ({
      path: `programme/${p.id}/`,
      name: `${pick('programmes', p.id, 'acronym', p.acronym)}: ${pick('programmes', p.id, 'name', p.name)}`,
    })),
  ];
}

const EXPECTED = listExpected({});

function readMeta(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1] ?? null;
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

test.describe('the built view pages (files)', () => {
  test('every place, event, programme and chapter has a page in every language, with its title in that language and a 1200×630 preview', () => {
    expect(EXPECTED.length).toBe(1 + chapters.length + places.length + events.length + programmes.length);
    for (const language of LANGUAGES) {
      const expected = listExpected(language.texts);
      if (language.prefix) {
        // The translation is there: most titles differ from the English.
        const translated = expected.filter((e, i) => e.name !== EXPECTED[i]?.name);
        expect(translated.length, language.lang).toBeGreaterThan(expected.length / 2);
      }
      for (const { path: view, name } of expected) {
        const path = `${language.prefix}${view}`;
        const file = join(DIST, path, 'index.html');
        expect(existsSync(file), file).toBe(true);
        const html = readFileSync(file, 'utf8');
        expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''), path).toBe(
          `${name} — ${language.brand}`,
        );
        expect(/<html lang="([^"]*)"/.exec(html)?.[1], path).toBe(language.lang);
        // The default build is given no site address (ATLAS_SITE_URL): it names no address a crawler
        // would reject as relative (tests/scripts/view-pages.test.ts checks them with one).
        expect(html, path).not.toMatch(/<link rel="(alternate|canonical)"/);
        expect(readMeta(html, 'og:image'), path).toBeNull();
        expect(readMeta(html, 'og:url'), path).toBeNull();
        const png = readFileSync(join(DIST, path, 'preview.png'));
        expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      }
    }
  });

  test('without the site’s address the build writes no sitemap (its addresses must be absolute)', () => {
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    for (const language of LANGUAGES) {
      const html = readFileSync(join(DIST, language.prefix, 'index.html'), 'utf8');
      expect(html, language.lang).not.toMatch(/<link rel="(alternate|canonical)"/);
    }
  });
});

test.describe('the view pages in the browser', () => {
  const [, uzbek, russian] = LANGUAGES;
  const SAMPLE: { prefix?: string; path: string; view: string; heading: string; hash: string }[] = [
    { path: 'place/termez/', view: 'place', heading: 'Termez', hash: '#place=termez' },
    {
      prefix: 'uz/',
      path: 'place/termez/',
      view: 'place',
      heading: uzbek?.texts.places?.termez?.name?.text ?? '',
      hash: '#place=termez',
    },
    {
      prefix: 'ru/',
      path: `story/${chapters[2]?.id}/`,
      view: 'story',
      heading: russian?.texts.chapters?.[chapters[2]?.id ?? '']?.title?.text ?? '',
      hash: `#chapter=${chapters[2]?.id}`,
    },
    {
      path: `event/${events[0]?.id}/`,
      view: 'event',
      heading: events[0]?.title ?? '',
      hash: `#event=${events[0]?.id}`,
    },
    {
      path: 'programme/parp/',
      view: 'programme',
      heading: programmes.find((p) => p.id === 'parp')?.name ?? '',
      hash: '#programme=parp',
    },
    {
      path: `story/${chapters[1]?.id}/`,
      view: 'story',
      heading: chapters[1]?.title ?? '',
      hash: `#chapter=${chapters[1]?.id}`,
    },
  ];

  for (const sample of SAMPLE) {
    test(`${sample.prefix ?? ''}${sample.path} opens the atlas at that view, in its language`, async ({
      page,
    }) => {
      const prefix = sample.prefix ?? '';
      expect(sample.heading).not.toBe('');
      await page.goto(`./${prefix}${sample.path}`);
      await page.waitForURL((url) => url.pathname === `/${prefix}` && url.hash === sample.hash);
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        LANGUAGES.find((l) => l.prefix === prefix)?.lang ?? '',
      );
      await expect(page.locator('#panel')).toHaveAttribute('data-view', sample.view);
      await expect(
        page.locator('#panel').getByRole('heading', { name: sample.heading }).first(),
      ).toBeVisible();
    });
  }

  test('the route’s page opens the route at its first stop, and a shared link’s own view wins', async ({
    page,
  }) => {
    await page.goto('./route/');
    await page.waitForURL((url) => url.hash === '#stop=1');
    await expect(page.locator('#route-bar')).toBeVisible();
    await page.goto('./place/termez/#place=termez&year=2005');
    await page.waitForURL((url) => url.pathname === '/' && url.hash === '#place=termez&year=2005');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
  });

  test('without script a page reads on its own, with its picture and a link into the atlas', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}place/termez/`);
    await expect(page.locator('h1')).toHaveText('Termez');
    await expect(page.getByRole('link', { name: 'Open in the map' })).toHaveAttribute(
      'href',
      '../../#place=termez',
    );
    const size = await page
      .locator('img')
      .first()
      .evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      });
    expect(size).toEqual([1200, 630]);
    await page.screenshot({ path: 'tests/artifacts/view-page-termez.png', fullPage: true });
    await context.close();
  });
});

test.describe('the Share control', () => {
  test('copies the view’s page link, and offers the embed code', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#place=termez');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await page.locator('#share-toggle').click();
    await expect(page.locator('#share-panel')).toBeVisible();
    await expect(page.locator('#share-native')).toBeHidden();
    await page.locator('#share-copy').click();
    await expect(page.locator('#share-status')).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${baseURL}place/termez/#place=termez(&map=[0-9./-]+)?$`));
    await expect(page.locator('#share-embed')).toHaveValue(
      new RegExp(`^<iframe src="${baseURL}\\?embed#place=termez" title="Termez — Partnership Atlas"`),
    );
    await page.screenshot({ path: 'tests/artifacts/share-open.png' });
    await page.keyboard.press('Escape');
    await expect(page.locator('#share-panel')).toBeHidden();
    await expect(page.locator('#share-toggle')).toBeFocused();
  });

  test('on the Russian page, copies the Russian view page’s link, and the embed’s title is Russian', async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./ru/#place=termez');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'place');
    await page.locator('#share-toggle').click();
    await page.locator('#share-copy').click();
    await expect(page.locator('#share-status')).toHaveText(ru.shareLinkCopied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${baseURL}ru/place/termez/#place=termez(&map=[0-9./-]+)?$`));
    const target = await request.get(copied);
    expect(target.status()).toBe(200);
    expect(await target.text()).toContain('<html lang="ru"');
    await expect(page.locator('#share-embed')).toHaveValue(
      new RegExp(`^<iframe src="${baseURL}ru/\\?embed#place=termez" title="Термез — Атлас партнерства"`),
    );
  });

  test('with navigator.share present, calls it with the view’s title and link', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = calls;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          calls.push(data);
        },
      });
    });
    await page.goto('./#chapter=andijan');
    await expect(page.locator('#panel')).toHaveAttribute('data-view', 'story');
    await page.locator('#share-toggle').click();
    await page.locator('#share-native').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([
        {
          title: `${chapters.find((c) => c.id === 'andijan')?.title} — Partnership Atlas`,
          url: expect.stringMatching(new RegExp(`^${baseURL}story/andijan/#.*chapter=andijan`)),
        },
      ]);
  });
});
