/**
 * The atlas as a document: a short introduction, every event by date, the places and programmes, and the
 * data downloads. Built into the page before any script runs (and printable), so it takes the document
 * it writes into. Every event, place and programme carries an `id` equal to its link in the atlas
 * (`event=…`, `place=…`, `programme=…`): the same plain link reaches it with or without script.
 */
import { getLanguageOfTag, getMessages } from '../i18n/locale.ts';
import type { AtlasEvent, GlossaryTerm, Place, Programme, SourceLike } from '../model/dataset.ts';
import { DATA_LICENCE, formatIsoDate, getDownloadFiles } from '../model/export.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { SelectionKind } from '../model/kinds.ts';
import { resolveCitation } from '../model/resolve-sources.ts';
import { type Attributes, type Child, createElementIn } from './dom.ts';
import {
  describeEventDateBasis,
  describeProgrammeSpan,
  formatCoordinates,
  formatCountry,
  formatEventDate,
} from './format.ts';
import { markGlossaryTerms } from './glossary-marks.ts';
import { renderSource } from './render-source.ts';
import { describePlaceKind } from './views/parts.ts';

/** Element ids the page and its script rely on. */
export const READING_IDS = {
  root: 'reading',
  title: 'reading-title',
  chronology: 'chronology',
  places: 'places',
  programmes: 'programmes',
  download: 'download',
  glossary: 'glossary',
} as const;

/** The anchor (and atlas link) of anything a reader can select. */
export function getAnchorId(kind: SelectionKind, id: string): string {
  return `${kind}=${id}`;
}

type Build = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

function joinWith(items: readonly Node[], separator: string): (Node | string)[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** A source as the panel shows it, with links that open in place (the document is printable). */
function renderReadingSource(el: Build, source: SourceLike): HTMLElement {
  return renderSource(el, source, { newTab: false });
}

function renderPlaceLinks(el: Build, index: AtlasIndex, ids: readonly string[]): (Node | string)[] {
  const links = ids.map((id) =>
    el('a', { href: `#${getAnchorId('place', id)}` }, index.placeById.get(id)?.name ?? id),
  );
  return joinWith(links, ', ');
}

function renderProgrammeLinks(el: Build, programmes: readonly Programme[]): (Node | string)[] {
  const links = programmes.map((p) =>
    el('a', { href: `#${getAnchorId('programme', p.id)}`, title: p.name }, `${p.acronym} (${p.name})`),
  );
  return joinWith(links, ', ');
}

function renderEventLinks(el: Build, events: readonly AtlasEvent[]): HTMLElement {
  return el(
    'ul',
    { className: 'reading-links' },
    ...events.map((e) =>
      el(
        'li',
        {},
        el('span', { className: 'reading-date' }, formatEventDate(e.date)),
        ' ',
        el('a', { href: `#${getAnchorId('event', e.id)}` }, e.title),
      ),
    ),
  );
}

function renderEvent(el: Build, index: AtlasIndex, event: AtlasEvent): HTMLElement {
  const precise = !event.date.end && !event.date.approximate;
  const programmes = event.programmeIds.flatMap((id) => index.programmeById.get(id) ?? []);
  const anchor = getAnchorId('event', event.id);
  return el(
    'li',
    {
      id: anchor,
      // The reading view shows only the events a theme filter keeps: it reads their themes here.
      'data-themes': event.themes.join(' '),
      className: `chron-event${event.milestone ? ' is-milestone' : ''}${event.date.approximate ? ' is-uncertain' : ''}`,
    },
    el(
      'p',
      { className: 'chron-when' },
      precise
        ? el('time', { datetime: formatIsoDate(event.date) }, formatEventDate(event.date))
        : formatEventDate(event.date),
      el('span', { className: 'chron-basis' }, ` · ${describeEventDateBasis(event)}`),
      event.milestone ? ' ' : null,
      event.milestone ? el('span', { className: 'badge badge-milestone' }, getMessages().milestone) : null,
    ),
    el('h4', { className: 'chron-title' }, el('a', { href: `#${anchor}` }, event.title)),
    el('p', { className: 'chron-summary' }, event.summary),
    event.dateNote ? el('p', { className: 'chron-note' }, getMessages().aboutTheDate(event.dateNote)) : null,
    el(
      'dl',
      { className: 'chron-facts' },
      el('dt', {}, getMessages().placeTerm(event.placeIds.length)),
      el('dd', {}, ...renderPlaceLinks(el, index, event.placeIds)),
      programmes.length > 0 ? el('dt', {}, getMessages().programmeTerm(programmes.length)) : null,
      programmes.length > 0 ? el('dd', {}, ...renderProgrammeLinks(el, programmes)) : null,
      el('dt', {}, getMessages().sourceTerm(event.sources.length)),
      el(
        'dd',
        {},
        el('ul', { className: 'reading-sources' }, ...event.sources.map((s) => renderReadingSource(el, s))),
      ),
    ),
  );
}

function renderChronology(el: Build, index: AtlasIndex): HTMLElement {
  const years = new Map<number, AtlasEvent[]>();
  for (const event of index.eventsByDate) {
    const list = years.get(event.date.year);
    if (list) list.push(event);
    else years.set(event.date.year, [event]);
  }
  return el(
    'section',
    { id: READING_IDS.chronology, className: 'reading-part', 'aria-labelledby': 'chronology-title' },
    el('h2', { id: 'chronology-title' }, getMessages().chronology),
    el('p', { className: 'reading-lead' }, getMessages().chronologyIntro),
    ...[...years].map(([year, events]) =>
      el(
        'section',
        { className: 'chron-year', 'aria-labelledby': `year-${year}` },
        el('h3', { id: `year-${year}` }, String(year)),
        el('ol', { className: 'chron-list' }, ...events.map((e) => renderEvent(el, index, e))),
      ),
    ),
  );
}

function renderPlace(el: Build, index: AtlasIndex, place: Place): HTMLElement {
  const programmes = index.programmesByPlace.get(place.id) ?? [];
  return el(
    'li',
    { id: getAnchorId('place', place.id), className: 'reading-entry' },
    el('h3', {}, place.localName ? `${place.name} (${place.localName})` : place.name),
    el(
      'p',
      { className: 'reading-meta' },
      `${describePlaceKind(place)} · ${formatCountry(place.country)} · ${formatCoordinates(place.coordinates)}`,
    ),
    el('p', {}, place.summary),
    programmes.length > 0
      ? el('p', {}, getMessages().programmesLead, ...renderProgrammeLinks(el, programmes))
      : null,
    renderEventLinks(el, index.eventsByPlace.get(place.id) ?? []),
  );
}

function renderProgramme(el: Build, index: AtlasIndex, programme: Programme): HTMLElement {
  const parent = programme.parentId ? index.programmeById.get(programme.parentId) : undefined;
  const uncertain = programme.sinceUncertain === true || programme.untilUncertain === true;
  return el(
    'li',
    {
      id: getAnchorId('programme', programme.id),
      className: uncertain ? 'reading-entry is-uncertain' : 'reading-entry',
    },
    el('h3', {}, `${programme.acronym} — ${programme.name}`),
    el(
      'p',
      { className: 'reading-meta' },
      describeProgrammeSpan(programme),
      ...(programme.pauses ?? []).map((p) => ` · ${p.label} (${p.from}–${p.to})`),
      parent ? getMessages().partOfLower : null,
      parent ? el('a', { href: `#${getAnchorId('programme', parent.id)}` }, parent.acronym) : null,
      parent && getMessages().partOfAfter ? getMessages().partOfAfter : null,
    ),
    el('p', {}, programme.summary),
    renderEventLinks(el, index.eventsByProgramme.get(programme.id) ?? []),
    el('ul', { className: 'reading-sources' }, ...programme.sources.map((s) => renderReadingSource(el, s))),
  );
}

function renderDownloads(el: Build, index: AtlasIndex): HTMLElement {
  const m = getMessages();
  // A translated page offers the files that carry its language beside the English.
  const files = getDownloadFiles(getLanguageOfTag(m.lang));
  return el(
    'section',
    {
      id: READING_IDS.download,
      className: 'reading-part reading-download',
      'aria-labelledby': 'download-title',
    },
    el('h2', { id: 'download-title' }, m.downloadData),
    el(
      'ul',
      { className: 'download-list' },
      el(
        'li',
        {},
        el('a', { href: files.eventsCsv, download: '' }, m.eventsCsv),
        m.eventsCsvNote(index.dataset.events.length),
      ),
      el(
        'li',
        {},
        el('a', { href: files.placesGeoJson, download: '' }, m.placesGeoJson),
        m.placesGeoJsonNote(index.dataset.places.length),
      ),
    ),
    el(
      'p',
      {},
      m.licence,
      el(
        'a',
        { href: DATA_LICENCE.url, className: 'external', rel: 'license noopener noreferrer' },
        m.licenceName,
      ),
      m.licenceCredit(DATA_LICENCE.attribution),
    ),
    el('p', {}, m.sourcesLead),
    el(
      'ul',
      { className: 'reading-sources' },
      ...index.dataset.sources.map((s) => renderReadingSource(el, resolveCitation({ source: s.id }, s))),
    ),
  );
}

/** The glossary: each term with its expansion and a sentence or two for a new reader. */
function renderGlossary(el: Build, glossary: readonly GlossaryTerm[]): HTMLElement {
  const m = getMessages();
  return el(
    'section',
    {
      id: READING_IDS.glossary,
      className: 'reading-part reading-glossary',
      'aria-labelledby': 'glossary-title',
    },
    el('h2', { id: 'glossary-title' }, m.glossary),
    el(
      'dl',
      { className: 'glossary-list' },
      ...glossary.flatMap((t) => [
        el('dt', { id: `term-${t.id}` }, el('abbr', { title: t.expansion }, t.term), ` — ${t.expansion}`),
        el('dd', {}, t.explanation),
      ]),
    ),
  );
}

/** Text the build supplies. */
export interface ReadingDocumentOptions {
  /** What the atlas is, in a sentence or two (the page's title stays in the page header). */
  intro: string;
  /** The terms to explain, in the page's language: a glossary section, and marks where each is first met. */
  glossary?: readonly GlossaryTerm[];
  /** A static outline of the region, when the build made one. */
  regionImage?: { src: string; alt: string; width: number; height: number };
}

/** Builds the whole reading document into `doc`. Data goes in as text only. */
export function renderReadingDocument(
  doc: Document,
  index: AtlasIndex,
  options: ReadingDocumentOptions,
): HTMLElement {
  const el: Build = (tag, attributes, ...children) => createElementIn(doc, tag, attributes, ...children);
  const { events, places, programmes } = index.dataset;
  const m = getMessages();
  const first = index.yearRange.min;
  const last = index.yearRange.max;
  const root = el(
    'section',
    { id: READING_IDS.root, className: 'reading', 'aria-labelledby': READING_IDS.title, tabindex: -1 },
    el(
      'div',
      { className: 'reading-bar' },
      el('p', { className: 'reading-bar-title' }, m.brand),
      el('button', { type: 'button', className: 'nav-button', 'data-reading': 'print' }, m.printChronology),
      el('button', { type: 'button', className: 'nav-button', 'data-reading': 'close' }, m.backToMap),
    ),
    el(
      'div',
      { className: 'reading-body' },
      el(
        'header',
        { className: 'reading-intro' },
        el('h2', { id: READING_IDS.title }, m.readingTitle(first, last)),
        m.translationNote ? el('p', { className: 'translation-note' }, m.translationNote) : null,
        el('p', {}, options.intro),
        options.regionImage
          ? el('figure', { className: 'reading-figure' }, el('img', { ...options.regionImage }))
          : null,
        el(
          'p',
          {},
          m.readingCounts(events.length, places.length, programmes.length),
          el('span', { className: 'reading-howto' }, m.readingHowto),
        ),
        el(
          'nav',
          { className: 'reading-toc', 'aria-label': m.contents },
          el(
            'ul',
            {},
            el('li', {}, el('a', { href: `#${READING_IDS.chronology}` }, m.chronology)),
            el('li', {}, el('a', { href: `#${READING_IDS.places}` }, m.places)),
            el('li', {}, el('a', { href: `#${READING_IDS.programmes}` }, m.programmes)),
            options.glossary?.length
              ? el('li', {}, el('a', { href: `#${READING_IDS.glossary}` }, m.glossary))
              : null,
            el('li', {}, el('a', { href: `#${READING_IDS.download}` }, m.downloadData)),
          ),
        ),
      ),
      renderChronology(el, index),
      el(
        'section',
        { id: READING_IDS.places, className: 'reading-part', 'aria-labelledby': 'places-title' },
        el('h2', { id: 'places-title' }, m.places),
        el(
          'ul',
          { className: 'reading-entries' },
          ...[...places]
            .sort((a, b) => a.name.localeCompare(b.name, m.intl))
            .map((p) => renderPlace(el, index, p)),
        ),
      ),
      el(
        'section',
        { id: READING_IDS.programmes, className: 'reading-part', 'aria-labelledby': 'programmes-title' },
        el('h2', { id: 'programmes-title' }, m.programmes),
        el('ul', { className: 'reading-entries' }, ...programmes.map((p) => renderProgramme(el, index, p))),
      ),
      options.glossary?.length ? renderGlossary(el, options.glossary) : null,
      renderDownloads(el, index),
    ),
  );
  // Each term explained where the document first uses it, beside the glossary itself.
  if (options.glossary) markGlossaryTerms(root, options.glossary);
  return root;
}
