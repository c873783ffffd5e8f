// @vitest-environment jsdom
/**
 * Every reader-visible text of the interface comes from the catalogue: with a pseudo catalogue
 * (every text bracketed ⟦…⟧ and padded) and pseudo content (every translatable data text bracketed),
 * the page, each panel view, the timeline, the route bar, the theme filter and the reading document
 * show no text without brackets, except dates, numbers, source titles and keys.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillMessages } from '../../scripts/pages.ts';
import { validateProjectData } from '../../scripts/project-data.ts';
import { readGlossary } from '../../scripts/project-translations.ts';
import { measureRoute } from '../../src/build/route.ts';
import { type ContentTexts, listSourceTexts, localizeDataset } from '../../src/build/translations.ts';
import { setContentTexts } from '../../src/i18n/content.ts';
import { setMessages } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { padText, pseudoLocalize } from '../../src/i18n/pseudo.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createStore } from '../../src/state/store.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import { mountProblemsView } from '../../src/ui/problems-view.ts';
import { renderReadingDocument } from '../../src/ui/reading-document.ts';
import { mountRouteControls } from '../../src/ui/route-controls.ts';
import { mountThemeFilter } from '../../src/ui/theme-filter.ts';
import { mountTimeline } from '../../src/ui/timeline.ts';
import { showUpdateNotice } from '../../src/ui/update-notice.ts';

const root = resolve(import.meta.dirname, '../..');
const project = validateProjectData(root);
if (!project.dataset) throw new Error('the project data is not valid');
const english = project.dataset;

/** Every translatable text of the data, bracketed like the catalogue's. */
function buildPseudoTexts(): ContentTexts {
  const texts: ContentTexts = {};
  for (const { collection, id, field, text } of listSourceTexts(english, readGlossary(root).terms ?? [])) {
    const records = texts[collection] ?? {};
    texts[collection] = records;
    records[id] = { ...records[id], [field]: padText(text) };
  }
  return texts;
}

const MONTHS = /January|February|March|April|May|June|July|August|September|October|November|December/;

/** Texts allowed without brackets: numbers and dates (from Intl), keys, symbols. */
function isExempt(text: string): boolean {
  const bare = text.replace(MONTHS, '').replace(/\b(about|between|and)\b/g, '');
  return !/\p{L}{2,}/u.test(bare) || /^[[\]/NPK]$/.test(text);
}

/** Text nodes and labelling attributes without brackets, outside what the data names as published. */
function findUnpadded(root: Element): string[] {
  const found: string[] = [];
  const skip = (el: Element | null) =>
    el?.closest('.sources, .reading-sources, .source-site, code, time, .chron-when, .event-date, .tick');
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text && !text.includes('⟦') && !isExempt(text) && !skip(node.parentElement)) found.push(text);
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name)?.trim();
      if (value && !value.includes('⟦') && !isExempt(value) && !skip(el)) found.push(`${name}="${value}"`);
    }
  return found;
}

describe('the interface in a pseudo-locale', () => {
  const disposers: (() => void)[] = [];
  beforeAll(() => {
    setMessages(pseudoLocalize(en));
    setContentTexts(buildPseudoTexts());
  });
  afterAll(() => {
    for (const dispose of disposers.reverse()) dispose();
    setMessages(en);
    setContentTexts({});
  });

  it('shows no text that the catalogue or the translated content did not give', () => {
    const html = fillMessages(readFileSync(resolve(root, 'index.html'), 'utf8'), pseudoLocalize(en));
    document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '');
    const dataset = localizeDataset(english, buildPseudoTexts());
    const index = buildIndex(dataset);
    const route = measureRoute(dataset);
    const store = createStore(index);
    const get = (id: string) => document.getElementById(id) as HTMLElement;
    const panel = get('panel');
    disposers.push(
      mountPanel(panel, store, index, route, { goBack: () => {}, announce: () => {} }),
      mountTimeline(get('timeline'), store, index),
      mountRouteControls(
        get('follow-route') as HTMLButtonElement,
        get('route-bar'),
        store,
        route,
        (id) => id,
      ),
      mountThemeFilter(get('theme-filter'), store, index, () => {}),
    );
    const seen: string[] = [...findUnpadded(document.body)];
    const look = () => seen.push(...findUnpadded(panel), ...findUnpadded(get('route-bar')));
    const first = <T>(items: readonly T[]) => items[0] as T;
    for (const kind of ['place', 'event', 'programme'] as const) {
      const id =
        kind === 'place'
          ? first(dataset.places).id
          : kind === 'event'
            ? first(dataset.events).id
            : first(dataset.programmes).id;
      store.dispatch({ type: 'select', selection: { kind, id } });
      look();
    }
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    look();
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    look();
    store.dispatch({ type: 'set-themes', themes: ['framework'] });
    seen.push(...findUnpadded(get('theme-filter')));
    const reading = renderReadingDocument(document, index, { intro: pseudoLocalize(en).readingIntro });
    seen.push(...findUnpadded(reading));
    const problems = document.createElement('div');
    mountProblemsView(problems, [{ file: 'data/events.json', path: '$', rule: 'schema', message: '⟦x⟧' }]);
    seen.push(
      ...findUnpadded(problems).filter((t) => t !== 'data/events.json' && t !== '$' && t !== '(schema)'),
    );
    const host = document.createElement('div');
    showUpdateNotice(host, () => {});
    seen.push(...findUnpadded(host));
    expect([...new Set(seen)]).toEqual([]);
  });
});
