/**
 * Composition root: fetch → validate → index → store → map and panels. Nothing else wires modules
 * together.
 */
import englishGlossary from 'virtual:glossary';
import searchAliases from 'virtual:search-aliases';
import './fonts.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import './styles.css';
import './reading.css';
import { fetchDataFiles } from './fetch-data.ts';
import { setContentTexts } from './i18n/content.ts';
import { loadLanguagePack } from './i18n/language-pack.ts';
import { getLanguageOfTag, getMessages, setMessages } from './i18n/locale.ts';
import { canDrawMap, mountMap, prewarmMap } from './map/create-map.ts';
import { BASEMAP_FILE } from './model/basemap.ts';
import { buildIndex } from './model/indexes.ts';
import { type Dataset, loadDataset } from './model/load.ts';
import { measureRoute } from './model/route.ts';
import type { SearchAliases } from './model/search-index.ts';
import { buildSearchIndex, listSearchDocuments } from './model/search-index.ts';
import { localizeDataset } from './model/translations.ts';
import { mountAll } from './mount-all.ts';
import { startOffline } from './offline.ts';
import { mountTourPlayer, mountYearPlayer } from './state/players.ts';
import { createStore } from './state/store.ts';
import { canGoBackInAtlas, mountUrlSync } from './state/url-sync.ts';
import { mountAnnouncer } from './ui/announcer.ts';
import { formatCountry } from './ui/format.ts';
import { localizeGlossary, setGlossary } from './ui/glossary-marks.ts';
import { mountLanguageSwitch } from './ui/language-switch.ts';
import { mountPanel } from './ui/panel.ts';
import { mountProblemsView } from './ui/problems-view.ts';
import { mountReadingView } from './ui/reading-view.ts';
import { mountRouteControls } from './ui/route-controls.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { mountStoryControls } from './ui/story-controls.ts';
import { mountThemeFilter } from './ui/theme-filter.ts';
import { mountTimeline } from './ui/timeline.ts';

function getElement<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

async function loadFonts(): Promise<void> {
  // MapLibre draws labels from the page's fonts: every subset must be ready before it asks.
  try {
    await Promise.all([
      document.fonts.load('16px "Noto Sans"', 'Tashkent'),
      document.fonts.load('16px "Noto Sans"', 'Тошкент'),
      document.fonts.load('16px "Noto Sans"', 'Самарқанд'),
    ]);
  } catch {
    // Labels fall back to another font; the map still works.
  }
}

/** The site root: the English page's folder (a translated page lives one level below it). */
function getSiteRoot(): string {
  return new URL(document.documentElement.dataset.root ?? './', window.location.href).href;
}

/** The page's names in English beside the translated aliases, so English names find on every page. */
function addEnglishNames(aliases: SearchAliases, english: Dataset): SearchAliases {
  const withNames = (kind: 'place' | 'event' | 'programme', names: [string, string[]][]) => {
    const byId: Record<string, readonly string[]> = { ...aliases[kind] };
    for (const [id, list] of names) byId[id] = [...(byId[id] ?? []), ...list];
    return byId;
  };
  return {
    place: withNames(
      'place',
      english.places.map((p) => [p.id, [p.name]]),
    ),
    event: withNames(
      'event',
      english.events.map((e) => [e.id, [e.title]]),
    ),
    programme: withNames(
      'programme',
      english.programmes.map((p) => [p.id, [p.acronym, p.name]]),
    ),
  };
}

/** Starts the atlas. Resolves to a function that takes everything down again. */
export async function startAtlas(): Promise<() => void> {
  const panel = getElement('panel');
  const notice = getElement('map-notice');
  const base = getSiteRoot();
  const drawable = canDrawMap();
  if (drawable) prewarmMap();
  const language = getLanguageOfTag(document.documentElement.lang);
  const [{ files, problems }, pack] = await Promise.all([
    fetchDataFiles(base),
    loadLanguagePack(language),
    loadFonts(),
  ]);
  setMessages(pack.messages);
  setContentTexts(pack.texts);
  setGlossary(localizeGlossary(englishGlossary, pack.texts));
  performance.mark('atlas-data-fetched');
  const result = problems.length > 0 ? { ok: false as const, problems } : loadDataset(files);
  performance.mark('atlas-data-validated');
  if (!result.ok) {
    document.body.dataset.state = 'error';
    return mountProblemsView(panel, result.problems);
  }

  // The checks ran on the English; the page shows its own language's texts in their place.
  const dataset = language === 'en' ? result.dataset : localizeDataset(result.dataset, pack.texts);
  const aliases = language === 'en' ? searchAliases : addEnglishNames(searchAliases, result.dataset);
  const index = buildIndex(dataset);
  const route = measureRoute(dataset);
  const store = createStore(index);
  const announcer = mountAnnouncer(getElement('announcer'));
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let mapDrawing = drawable;
  const showNotice = (text: string | null) => {
    notice.hidden = text === null;
    notice.textContent = text ?? '';
  };
  const mountMapOrNotice = (): (() => void) => {
    if (!mapDrawing) {
      document.body.dataset.map = 'unavailable';
      showNotice(getMessages().mapUnavailable);
      return () => {};
    }
    return mountMap(getElement('map'), store, index, {
      basemapUrl: new URL(BASEMAP_FILE, base).href,
      route,
      reducedMotion: () => reducedMotion.matches,
      onAvailabilityChange: (available, reason) => {
        mapDrawing = available;
        showNotice(available ? null : (reason ?? null));
      },
      onLoadError: showNotice,
      countryName: language === 'en' ? undefined : formatCountry,
    });
  };

  const dispose = mountAll([
    () => announcer.dispose,
    () => mountUrlSync(store, index.yearRange.max),
    mountMapOrNotice,
    () =>
      mountPanel(panel, store, index, route, {
        announce: announcer.announce,
        goBack: () =>
          canGoBackInAtlas() ? window.history.back() : store.dispatch({ type: 'select', selection: null }),
      }),
    () => mountTimeline(getElement('timeline'), store, index),
    () =>
      mountRouteControls(
        getElement('follow-route'),
        getElement('route-bar'),
        store,
        route,
        (id) => index.placeById.get(id)?.name ?? id,
      ),
    () => mountStoryControls(getElement('read-story'), store),
    () => mountLanguageSwitch(getElement('language-switch')),
    () =>
      mountSearchBox(
        {
          input: getElement<HTMLInputElement>('search-input'),
          listbox: getElement('search-results'),
          empty: getElement('search-empty'),
          landing: panel,
        },
        store,
        buildSearchIndex(listSearchDocuments(dataset, aliases)),
        announcer.announce,
      ),
    () => mountThemeFilter(getElement('theme-filter'), store, index, announcer.announce),
    () => mountTourPlayer(store, { arriveAtOnce: () => !mapDrawing }),
    () => mountYearPlayer(store, index.yearRange.max),
    () =>
      mountReadingView(
        {
          root: getElement('reading'),
          opener: getElement<HTMLAnchorElement>('open-reading'),
          covered: getElement('app'),
        },
        store,
      ),
  ]);
  document.body.dataset.state = 'ready';
  return dispose;
}

startOffline(document.body, getSiteRoot()).catch(() => {
  // Without a service worker the atlas still works; it is only not kept for offline visits.
});

startAtlas().catch((error: unknown) => {
  document.body.dataset.state = 'error';
  mountProblemsView(getElement('panel'), [
    {
      file: 'page',
      path: '$',
      rule: 'start',
      message: error instanceof Error ? error.message : String(error),
    },
  ]);
});
