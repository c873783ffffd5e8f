/**
 * Composition root: fetch the bundle (validated and measured at build) → index → store → map and panels. Nothing else wires modules
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
import './share.css';
import './embed.css';
import { fetchBundle } from './fetch-data.ts';
import { canRunMapWorker, createReplaceOnlyWindow, detectFraming } from './framing.ts';
import { setContentTexts } from './i18n/content.ts';
import { loadLanguagePack } from './i18n/language-pack.ts';
import { getLanguageOfTag, getMessages, setMessages } from './i18n/locale.ts';
import { canDrawMap, mountMap, prewarmMap } from './map/create-map.ts';
import { measureOverlayPadding } from './map/overlay-padding.ts';
import { getBasemapFile } from './model/basemap.ts';
import type { Dataset } from './model/dataset.ts';
import { buildIndex } from './model/indexes.ts';
import { localizeBundle } from './model/localize-dataset.ts';
import type { SearchAliases } from './model/search-index.ts';
import { buildSearchIndex, listSearchDocuments } from './model/search-index.ts';
import { mountAll } from './mount-all.ts';
import { startOffline } from './offline.ts';
import { mountTourPlayer, mountYearPlayer } from './state/players.ts';
import { createStore } from './state/store.ts';
import { canGoBackInAtlas, mountUrlSync } from './state/url-sync.ts';
import { mountAnnouncer } from './ui/announcer.ts';
import { mountEmbedLink } from './ui/embed-link.ts';
import { formatCountry } from './ui/format.ts';
import { localizeGlossary, setGlossary } from './ui/glossary-marks.ts';
import { mountLanguageSwitch } from './ui/language-switch.ts';
import { mountLegendToggle } from './ui/legend-toggle.ts';
import { mountPanel } from './ui/panel.ts';
import { mountProblemsView } from './ui/problems-view.ts';
import { mountReadingView } from './ui/reading-view.ts';
import { mountRouteControls } from './ui/route-controls.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { getSiteRoot, mountShareControl } from './ui/share-control.ts';
import { mountSheet } from './ui/sheet.ts';
import { mountStoryControls } from './ui/story-controls.ts';
import { mountThemeFilter } from './ui/theme-filter.ts';
import { mountTimeline } from './ui/timeline.ts';

/** Everything the page draws over the map; the panel, route bar, key and timeline sit beside it. */
const MAP_OVERLAYS = '#map .maplibregl-ctrl';

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

/** The data's root: the English page's folder (a translated page lives one level below it). */
function getDataRoot(): string {
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

// Where the page's own script starts to run, for the bench's start-up stages.
performance.mark('atlas-script-start');

const framing = detectFraming(window);
// Before anything is drawn, so the embed layout is the first one a reader sees.
if (framing.embed) document.documentElement.dataset.embed = '';
// What the link sync writes to: in a frame, history that never reaches the host page's.
const linkWindow = framing.framed ? createReplaceOnlyWindow(window) : window;

/** Starts the atlas. Resolves to a function that takes everything down again. */
export async function startAtlas(): Promise<() => void> {
  const panel = getElement('panel');
  const notice = getElement('map-notice');
  const base = getDataRoot();
  // A sandboxed frame cannot run the map's worker: known before trying, so nothing is logged.
  const workable = canRunMapWorker(window);
  const drawable = workable && canDrawMap();
  if (drawable) prewarmMap();
  const language = getLanguageOfTag(document.documentElement.lang);
  // The build validated and measured the data; the page only checks it can read the bundle.
  const [result, pack] = await Promise.all([
    fetchBundle(base),
    loadLanguagePack(language, base),
    loadFonts(),
  ]);
  setMessages(pack.messages);
  setContentTexts(pack.texts);
  setGlossary(localizeGlossary(englishGlossary, pack.texts));
  performance.mark('atlas-data-fetched');
  if (!result.ok || pack.problems) {
    document.body.dataset.state = 'error';
    return mountProblemsView(panel, [...(result.ok ? [] : result.problems), ...(pack.problems ?? [])]);
  }

  const english = result.bundle.dataset;
  // The checks ran on the English; the page shows its own language's texts in their place.
  const { dataset, route, nearby } = localizeBundle(result.bundle, pack.texts);
  const aliases = language === 'en' ? searchAliases : addEnglishNames(searchAliases, english);
  const index = buildIndex(dataset, nearby);
  const showNotice = (text: string | null) => {
    notice.hidden = text === null;
    notice.textContent = text ?? '';
  };
  // A view that throws is reported, not fatal: the store still tells every other view.
  const store = createStore(index, undefined, {
    onListenerError: (error) => {
      console.error(error);
      showNotice(getMessages().listenerFailed);
    },
  });
  const announcer = mountAnnouncer(getElement('announcer'));
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let mapDrawing = drawable;
  const mountMapOrNotice = (): (() => void) => {
    if (!mapDrawing) {
      document.body.dataset.map = 'unavailable';
      showNotice(workable ? getMessages().mapUnavailable : getMessages().mapSandboxed);
      return () => {};
    }
    return mountMap(getElement('map'), store, index, {
      // The page's own world file: its towns are named in the page's language.
      basemapUrl: new URL(getBasemapFile(language), base).href,
      route,
      reducedMotion: () => reducedMotion.matches,
      // What lies over the map (its controls) is measured afresh for every camera move.
      cameraPadding: () => measureOverlayPadding(getElement('map'), document.querySelectorAll(MAP_OVERLAYS)),
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
    () => mountUrlSync(store, index.yearRange.max, linkWindow),
    () => {
      // A link that names nothing to look at opens on the whole region, fitted to the part of the
      // map this window shows: one fixed camera left Andijan past a phone's edge.
      if (store.getState().cameraRequest === null)
        store.dispatch({ type: 'select', selection: null, fly: true });
      return () => {};
    },
    mountMapOrNotice,
    () =>
      mountPanel(panel, store, index, route, {
        announce: announcer.announce,
        // In a frame, Back goes through the frame's own views and stops at the article's.
        goBack: () =>
          framing.framed
            ? linkWindow.history.back()
            : canGoBackInAtlas()
              ? window.history.back()
              : store.dispatch({ type: 'select', selection: null }),
      }),
    () => mountSheet(getElement('app'), getElement<HTMLButtonElement>('sheet-toggle'), store),
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
    () => mountLegendToggle(getElement('legend'), store),
    () =>
      mountShareControl(
        {
          toggle: getElement('share-toggle'),
          panel: getElement('share-panel'),
          link: getElement('share-link'),
          copyLink: getElement('share-copy'),
          native: getElement('share-native'),
          embed: getElement('share-embed'),
          copyEmbed: getElement('share-copy-embed'),
          status: getElement('share-status'),
        },
        store,
        index,
      ),
    () =>
      framing.embed ? mountEmbedLink(getElement('open-full'), store, index, getSiteRoot(window)) : () => {},
    () => mountTourPlayer(store, index, { arriveAtOnce: () => !mapDrawing, input: document }),
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

// Inside another page the atlas is a guest: it keeps nothing for offline visits there.
if (!framing.framed)
  startOffline(document.body, getDataRoot()).catch(() => {
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
