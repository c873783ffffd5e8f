/**
 * The main views and window sizes a reader meets, shared by the "nothing hidden" checks, the layout
 * screenshots and `npm run shots`.
 */
import type { Page } from '@playwright/test';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

/** Three common desktop windows and a phone held upright. */
export const VIEWPORTS: readonly Viewport[] = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
];

export interface MainView {
  name: string;
  /** The link that opens it. */
  hash: string;
  /** Waits until the view has settled; the map has drawn at least once before this is called. */
  settle: (page: Page) => Promise<void>;
}

const panelView = (kind: string) => async (page: Page) => {
  await page.waitForSelector(`#panel[data-view="${kind}"]`);
};

export const MAIN_VIEWS: readonly MainView[] = [
  { name: 'overview', hash: '', settle: panelView('overview') },
  { name: 'place', hash: '#place=termez', settle: panelView('place') },
  { name: 'event', hash: '#event=joins-pfp', settle: panelView('event') },
  { name: 'programme', hash: '#programme=parp', settle: panelView('programme') },
  {
    name: 'route-stop',
    hash: '#stop=3',
    settle: async (page) => {
      await page.waitForSelector('#route-bar:not([hidden]) .route-progress');
    },
  },
  { name: 'year-2005', hash: '#year=2005', settle: panelView('overview') },
  { name: 'story', hash: '#chapter=andijan', settle: panelView('story') },
];

/** The page of each language, by its path from the site root (English is the root). */
export const LANGUAGE_PAGES = [
  { name: 'en', path: '' },
  { name: 'uz', path: 'uz/' },
  { name: 'ru', path: 'ru/' },
] as const;

/**
 * Opens a view on a fresh page load and waits for the map to draw and the view to settle; `path` is
 * the language's page (`uz/`, `ru/`), the English root by default.
 */
export async function openView(page: Page, view: MainView, path = ''): Promise<void> {
  // A new hash on an open page would fly there from the last view; a reader arriving by link loads it.
  if (page.url().startsWith('http')) await page.goto('about:blank');
  await page.goto(`./${path}${view.hash}`);
  await page.waitForFunction(() => Number(document.getElementById('map')?.dataset.idle ?? 0) >= 1, null, {
    timeout: 60_000,
  });
  await view.settle(page);
  await page.evaluate(() => document.fonts.ready);
}
