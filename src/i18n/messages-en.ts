/**
 * The interface's English texts: the catalogue every other language must match key for key
 * (`Messages`). Content texts (events, places, …) are not here: they come from the data and its
 * translation files.
 */
import { formatCount, type PluralForms } from './plural.ts';

const TAG = 'en-GB';
const count = (n: number, forms: PluralForms) => formatCount(TAG, n, forms);

/**
 * A language's own date forms, used instead of `Intl`'s whenever given: Uzbek writes "1994-yil 13-iyul"
 * in its texts, while CLDR gives "13-iyul, 1994" and Chromium, which ships no Uzbek date names,
 * "1994 M07 13". One form everywhere the page, the reading document and the view pages write a date.
 */
export interface DateFallback {
  /** January first, lower-case, as the language writes them. */
  months: readonly string[];
  day: (day: number, month: string, year: number) => string;
  month: (month: string, year: number) => string;
  /** Days of one month: "2010-yil 23–27-may". */
  dayRange: (first: number, last: number, month: string, year: number) => string;
}

export const en = {
  /** BCP 47 tag for `<html lang>`. */
  lang: 'en',
  /** Tag given to `Intl` for dates, numbers, lists and plurals. */
  intl: TAG,
  languageName: 'English',
  /** Only for a language some browsers' `Intl` lacks. */
  dateFallback: null as DateFallback | null,
  /** Country names where a browser's `Intl.DisplayNames` may lack the language; else Intl's. */
  countryNames: {} as Readonly<Record<string, string>>,
  appName: 'Partnership Atlas — NATO and Uzbekistan, 1992–2016',
  appShortName: 'Partnership Atlas',
  appDescription:
    'An interactive, offline map of NATO–Uzbekistan relations, 1992–2016: places, events, programmes, the Afghanistan transit route and a timeline.',
  brand: 'Partnership Atlas',
  tagline: 'NATO and Uzbekistan, 1992–2016',
  skipToPanel: 'Skip to the panel',
  languages: 'Language',
  readStory: 'Read the story',
  readingStory: 'Reading the story',
  openReading: 'Chronology and data',
  followRoute: 'Follow the transit route',
  followingRoute: 'Following the route',
  searchLabel: 'Search places, events and programmes',
  // The `/` key is shown beside the box where there is a keyboard (the `kbd` in index.html).
  searchPlaceholder: 'Search places, events…',
  /** The placeholder where the search box is narrow (a phone): the long one would be cut. */
  searchPlaceholderShort: 'Search…',
  searchResults: 'Search results',
  searchNoMatch: (query: string) => `No place, event or programme matches “${query}”`,
  searchGroups: { place: 'Places', event: 'Events', programme: 'Programmes' },
  searchCount: (n: number) => count(n, { one: '# result', other: '# results' }),
  themes: 'Themes',
  themesOn: (n: number) => `Themes (${n})`,
  themesLegend: 'Show events of these themes',
  themesShowAll: 'Show all',
  themesAll: (total: number) => `Showing all ${count(total, { one: '# event', other: '# events' })}`,
  themesSome: (shown: number, total: number, labels: string) =>
    `Showing ${shown} of ${count(total, { one: '# event', other: '# events' })}: ${labels}`,
  mapLabel: 'Map',
  mapAria: 'Map of Central Asia and Afghanistan. Arrow keys pan, plus and minus zoom.',
  mapUnavailable:
    'This browser cannot draw the map (WebGL is not available). The places, events, programmes, route stops and timeline are all in the panel and the timeline below.',
  mapSandboxed:
    'The page this map is set in does not let it draw here. The places, events, programmes and route stops are all in the panel; “Open in Partnership Atlas” shows the map.',
  mapLoadFailed: (basemap: boolean, reason: string | undefined) =>
    `${basemap ? 'The base map' : 'Part of the map'} could not be loaded (${reason ?? 'unknown error'}). The panel and the timeline still work; reload to try again.`,
  mapContextLost: 'The map’s graphics context was lost; it will come back when the browser allows.',
  routeControls: 'Transit route controls',
  legend: 'Legend',
  legendKey: 'Key',
  legendTitle: 'Transit route',
  legendRail: 'Rail',
  legendRoad: 'Road',
  legendBridge: 'Bridge',
  panelLabel: 'Details',
  timelineLabel: 'Timeline',
  noscript: 'The map, its panel and the timeline need JavaScript. Everything they show is below as text.',
  // Panel
  openFull: 'Open in Partnership Atlas',
  share: 'Share',
  shareLegend: 'Share this view',
  shareLink: 'Link to this view',
  shareCopyLink: 'Copy link',
  shareNative: 'Share…',
  shareEmbed: 'Embed this view in a page',
  shareCopyEmbed: 'Copy embed code',
  shareSelected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  shareLinkCopied: 'Link copied.',
  shareEmbedCopied: 'Embed code copied.',
  sheetMore: 'Show more of the panel',
  sheetLess: 'Show more of the map',
  timelineFull: 'All events and programmes',
  back: '← Back',
  overview: 'Overview',
  backToStory: 'Back to the story',
  later: 'later',
  laterThan: (year: number) => `later than ${year}`,
  milestone: 'milestone',
  source: 'source',
  sourceFor: (title: string, source: string) => `Source for “${title}”: ${source}`,
  showAllOf: (n: number, noun: 'events' | 'places') =>
    noun === 'events'
      ? `Show all ${count(n, { one: '# event', other: '# events' })}`
      : `Show all ${count(n, { one: '# place', other: '# places' })}`,
  placeKinds: {
    country: 'Country',
    region: 'Region',
    city: 'City',
    bridge: 'Bridge',
    airfield: 'Airfield',
    institution: 'Institution',
    site: 'Site',
    headquarters: 'Headquarters',
  } as Record<string, string>,
  nationWide: 'Nation-wide',
  /** Over markers that overlap at this zoom: which place the click meant. */
  placeChooserTitle: (n: number) => `${count(n, { one: '# place', other: '# places' })} here — which one?`,
  eventCount: (n: number) => count(n, { one: '# event', other: '# events' }),
  overviewTitle: 'NATO and Uzbekistan, 1992–2016',
  overviewIntro:
    'A map of how Uzbekistan and NATO worked together: the places where it happened, the programmes it ran through, and the transit route to Afghanistan. Everything here is drawn from NATO’s page “Relations with Uzbekistan” (updated March 2016).',
  overviewAim:
    'The page ties the partnership to Uzbekistan’s foreign policy, which promotes peace and stability in Central Asia, with preventing wars and armed conflicts among its key priorities.',
  /** Empty in English; on a translated page, that it is a translation and NATO's English page is the source. */
  translationNote: '',
  readStoryYears: 'Read the story, 1992–2016',
  howToUse: 'How to use',
  howTo: [
    'Choose a place on the map or in the list below to read what happened there.',
    'Follow links between events, programmes and places; Back returns, Escape closes.',
    'Press “Follow the transit route” to travel from Tashkent to Kabul stop by stop.',
    'Press / to search places, events and programmes; “Themes” dims the events of other themes.',
    'Move the year on the timeline to see the story as it stood then; the link in the address bar reopens this view.',
  ],
  inYear: (year: number) => `In ${year}`,
  happenedBy: (by: number, total: number, year: number) =>
    `${by} of ${count(total, { one: '# event', other: '# events' })} had happened by the end of ${year}.`,
  noEventInYear: (year: number) => `No dated event falls in ${year}.`,
  eventsInYear: (year: number) => `Events in ${year}`,
  placesCount: (n: number) => `Places (${n})`,
  programmesCount: (n: number) => `Programmes (${n})`,
  eventsCount: (n: number) => `Events (${n})`,
  places: 'Places',
  programmes: 'Programmes',
  sources: 'Sources',
  sinceYear: (year: number) => `since ${year}`,
  natoSourceTitle: 'NATO: Relations with Uzbekistan (updated 3 March 2016)',
  natoSourceUrl: 'https://www.nato.int/cps/en/natohq/topics_22839.htm',
  basemapSource: 'Country outlines: Natural Earth, public domain, via the world-atlas package',
  announceOverview: 'Overview',
  // Event
  where: 'Where',
  placesOfEvent: 'Places of this event',
  programmesOfEvent: 'Programmes of this event',
  oneSource: 'one source',
  oneSourceNote: ' What this event takes from outside the NATO page rests on one source only.',
  announceEvent: (title: string) => `Event: ${title}`,
  dateBasis: {
    seed: 'date from the NATO page',
    external: 'date from another source',
    ordinal: 'date inferred from the order of NATO’s page',
    bounds: 'date given by no source: shown across the years the NATO page leaves open',
  },
  /** A date's parts, each with how it is known ("year stated on NATO's page; day from another source"). */
  datePartNames: { year: 'year', month: 'month', day: 'day', end: 'end of the range' },
  datePartsBasis: (parts: string, basis: 'seed' | 'external' | 'ordinal' | 'bounds') =>
    `${parts} ${
      {
        seed: "stated on NATO's page",
        external: 'from another source',
        ordinal: 'from the order of the page',
        bounds: 'given by no source: shown across the years the page leaves open',
      }[basis]
    }`,
  mixedDateBasis: (parts: string) => `date: ${parts}`,
  endedBy: (year: number) => `ended by ${year}, exact end unknown`,
  archivedCopy: (date: string | null) => (date ? `archived copy, ${date}` : 'archived copy'),
  nearestArchivedCopy: (date: string | null) =>
    date ? `nearest archived copy, ${date}` : 'nearest archived copy',
  inLanguage: (language: string) => `in ${language}`,
  about: (date: string) => `about ${date}`,
  between: (a: string, b: string) => `between ${a} and ${b}`,
  /** A pointer at the map's edge to a place outside it; `side` is the edge it stands at. */
  edgePointerLabel: (name: string, side: 'left' | 'right' | 'top' | 'bottom') =>
    `${name}, off the map to the ${{ left: 'west', right: 'east', top: 'north', bottom: 'south' }[side]}: open it`,
  // Place
  partOf: 'Part of ',
  /** Words after the parent's name, for a language that puts them there ("Toshkent tarkibida"). */
  partOfAfter: '',
  eventsHere: (n: number) => `Events here (${n})`,
  eventsAt: (name: string) => `Events at ${name}`,
  atPart: (name: string, n: number) => `At ${name} (${n})`,
  parts: 'Parts',
  partsOf: (name: string) => `Parts of ${name}`,
  nearby: 'Nearby',
  placesNear: (name: string) => `Places near ${name}`,
  nearbyItem: (name: string, km: string, direction: string) => `${name}, ${km} ${direction}`,
  directions: {
    N: 'N',
    NE: 'NE',
    E: 'E',
    SE: 'SE',
    S: 'S',
    SW: 'SW',
    W: 'W',
    NW: 'NW',
  } as Record<string, string>,
  programmesAt: (name: string) => `Programmes at ${name}`,
  linkedPlaces: 'Linked places',
  placesLinkedTo: (name: string) => `Places linked to ${name}`,
  announcePlace: (name: string, n: number) => `${name}, ${count(n, { one: '# event', other: '# events' })}`,
  km: (km: number) => `${new Intl.NumberFormat(TAG, { maximumFractionDigits: 0 }).format(km)} km`,
  // Programme
  programme: 'Programme',
  includes: 'Includes',
  programmesWithin: 'Programmes within this one',
  eventsOf: (acronym: string) => `Events of ${acronym}`,
  placesOf: (acronym: string) => `Places of ${acronym}`,
  announceProgramme: (acronym: string) => `Programme: ${acronym}`,
  startUncertain: 'start uncertain',
  endUnknown: 'end unknown',
  // Route
  leaveRoute: 'Leave the route',
  theStart: 'the start',
  stopKicker: (route: string, stop: number, stops: number, km: string, start: string) =>
    `${route} · stop ${stop} of ${stops} · ${km} from ${start}`,
  whatHappenedHere: 'What happened here',
  eventsAtStop: (stop: number) => `Events at stop ${stop}`,
  moreAbout: (name: string) => `More about ${name}`,
  allStops: 'All stops',
  stopsOfRoute: 'Stops of the transit route',
  announceStop: (stop: number, stops: number, name: string) => `Stop ${stop} of ${stops}: ${name}`,
  routePrevious: '◀ Previous',
  routePlay: 'Play',
  routePause: 'Pause',
  routeNext: 'Next ▶',
  routeSpeed: 'Speed',
  routeLeave: 'Leave',
  routeEnd: 'The end of the route.',
  distanceTravelled: 'Distance travelled',
  routeProgress: (stop: number, stops: number, name: string, km: string, total: string) =>
    `Stop ${stop} of ${stops}: ${name} · ${km} of ${total}`,
  kmOf: (km: string, total: string) => `${km} of ${total}`,
  // Story
  chapterProgress: (step: number, chapters: number, period: string) =>
    `Chapter ${step} of ${chapters} · ${period}`,
  chapterAnnouncement: (step: number, chapters: number, title: string, period: string) =>
    `Chapter ${step} of ${chapters}: ${title}, ${period}`,
  chapterPeriod: (step: number, period: string) => `Chapter ${step} · ${period}`,
  chaptersGroup: (where: 'top' | 'bottom') => `Chapters (${where === 'top' ? 'top' : 'bottom'})`,
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  leaveStory: 'Leave the story',
  followRouteFromHere: 'Follow the transit route from here',
  eventsInChapter: 'Events in this chapter',
  placesInChapter: 'Places in this chapter',
  eventsOfChapter: (title: string) => `Events of “${title}”`,
  placesOfChapter: (title: string) => `Places of “${title}”`,
  allChapters: 'All chapters',
  chaptersOfStory: 'Chapters of the story',
  storyKeys: (prev: string, next: string, play: string) =>
    `Keys: ${prev} previous chapter, ${next} next chapter, ${play} plays or pauses, Escape leaves the story.`,
  storyPlay: 'Play',
  storyPlayTitle: 'Play the chapters at a reading pace (K)',
  listenerFailed:
    'Part of the page failed to update; the map and panel may be out of step. Reload to be sure.',
  // Timeline
  playYears: 'Play years',
  pause: 'Pause',
  year: 'Year',
  yearLabel: 'Year ',
  zoomOut: 'Zoom out of the timeline',
  zoomIn: 'Zoom into the timeline',
  wholeStory: 'Whole story',
  timelineZoom: 'Timeline zoom',
  eventsOnTimeline: 'Events on the timeline',
  hideTimeline: 'Hide timeline',
  yearSummary: (year: number, inYear: number, by: number) =>
    `${year}: ${inYear === 0 ? 'no events' : count(inYear, { one: '# event', other: '# events' })} this year, ${by} by then`,
  showTimeline: 'Show timeline',
  laneLabel: (acronym: string, name: string, since: number, until: number | undefined) =>
    `${acronym}: ${name}, from ${since}${until ? ` to ${until}` : ''}`,
  // Reading document
  readingTitle: (first: number, last: number) => `Chronology and data, ${first}–${last}`,
  readingIntro:
    'Partnership Atlas maps relations between NATO and Uzbekistan from 1992 to 2016: where things happened, when, within which programmes, and the rail and road corridor the atlas draws from Tashkent into Afghanistan. Below is every event by date, with its places, its programmes, how its date is known and its sources.',
  regionAlt:
    'Outline map of Central Asia and Afghanistan: Uzbekistan and Afghanistan shaded, the transit route from Tashkent to Kabul in orange, and the places of the atlas as dots.',
  printChronology: 'Print chronology',
  backToMap: 'Back to the map',
  contents: 'Contents',
  chronology: 'Chronology',
  chronologyIntro:
    'Every event by the earliest date it may have happened: where only a span is known, the event is listed at its start. Beside each date is how that date is known.',
  aboutTheDate: (note: string) => `About the date: ${note}`,
  placeTerm: (n: number): string => (n > 1 ? 'Places' : 'Place'),
  programmeTerm: (n: number): string => (n > 1 ? 'Programmes' : 'Programme'),
  sourceTerm: (n: number): string => (n > 1 ? 'Sources' : 'Source'),
  programmesLead: 'Programmes: ',
  partOfLower: ' · part of ',
  downloadData: 'Download data',
  eventsCsv: 'Events (CSV)',
  eventsCsvNote: (n: number) =>
    ` — ${count(n, { one: '# event', other: '# events' })}, one a row: dates as ISO 8601 to the precision known, how each date is known, places, programmes and sources. UTF-8 with a byte-order mark, so spreadsheet programs keep the accents; comma-separated.`,
  placesGeoJson: 'Places with their events (GeoJSON)',
  placesGeoJsonNote: (n: number) =>
    ` — ${count(n, { one: '# place', other: '# places' })} as points (longitude, latitude; WGS 84), each with its events.`,
  licenceCredit: (attribution: string) => `. Please credit “${attribution}” and the sources below.`,
  readingCounts: (events: number, places: number, programmes: number) =>
    `${count(events, { one: '# event', other: '# events' })} at ${count(places, { one: '# place', other: '# places' })}, in ${count(programmes, { one: '# programme', other: '# programmes' })}.`,
  readingHowto:
    ' Every entry has its own link. Print this page for a clean copy, or download the data at the end.',
  licenceName: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  licence: 'Licence: ',
  sourcesLead: 'The facts come from these sources; each event names its own:',
  glossary: 'Glossary',
  /** Latitude and longitude, already written with the language's decimal sign. */
  coordinates: (lat: string, lon: string) => `${lat}° N, ${lon}° E`,
  // Problems
  problemsTitle: 'The atlas cannot show its data',
  problemsFound: (n: number) =>
    `${count(n, { one: '# problem was', other: '# problems were' })} found in the data files. Nothing has been changed; fix the files and reload.`,
  problemAt: ' at ',
  problemsMore: (n: number) => `…and ${n} more.`,
  // Update notice
  updateReady: 'A new version of the atlas is ready. Reload to use it.',
  reload: 'Reload',
  laterButton: 'Later',
  // View pages: one page per view, written at build, read by link previews and without script
  pageRouteKicker: (stops: number) => `Transit route · ${count(stops, { one: '# stop', other: '# stops' })}`,
  pageChapterKicker: (step: number, chapters: number, period: string) =>
    `Story, chapter ${step} of ${chapters} · ${period}`,
  pagePlaceKicker: (where: string) => `Place · ${where}`,
  pageEventKicker: (date: string) => `Event · ${date}`,
  pageProgrammeKicker: (span: string) => `Programme · ${span}`,
  pageStops: 'Stops',
  pageEvents: 'Events',
  pageOpenInMap: 'Open in the map',
  pagePreviewAlt: (title: string, kicker: string, places: number) =>
    `${title}: ${kicker}. Map of Central Asia and Afghanistan with ${places === 1 ? 'the place' : 'the places'} marked.`,
  /** On a preview picture: the view's places beyond the drawn region. */
  pageAlso: (names: string) => `Also: ${names}`,
  /** Empty in English; on a translated page, the link to the English page it translates. */
  pageOriginal: '',
  // The map's own controls, given to MapLibre as its `locale` (its string ids), and the credits
  mapControls: {
    'AttributionControl.ToggleAttribution': 'Show or hide the credits',
    'AttributionControl.MapFeedback': 'Map feedback',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Drag to turn the map, click to face north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
  creditsBasemap: 'Natural Earth (public domain)',
  creditsTowns: 'Towns: GeoNames (CC BY 4.0)',
  creditsOsm: '© OpenStreetMap contributors (ODbL)',
  creditsStory: 'Story: NATO, “Relations with Uzbekistan” (3 March 2016)',
};

/** The shape every language's catalogue has: a key missing in one is a type error. */
export type Messages = typeof en;
