// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { ru } from '../../src/i18n/messages-ru.ts';
import { createStore } from '../../src/state/store.ts';
import { parseHash } from '../../src/state/url-hash.ts';
import { buildEmbedCode, describeShareTarget } from '../../src/ui/share-link.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const ROOT = 'https://example.org/atlas/';

function stateAt(hash: string) {
  const store = createStore(index);
  store.dispatch({ type: 'restore', state: parseHash(hash) });
  return store.getState();
}

describe('what the Share control gives', () => {
  afterEach(() => setMessages(en));

  it('a place: its page, with the view in the hash, and an embed of the same view', () => {
    const place = index.dataset.places[0];
    if (!place) throw new Error('no place');
    const target = describeShareTarget(index, stateAt(`#place=${place.id}`), ROOT);
    expect(target.url).toMatch(new RegExp(`^${ROOT}place/${place.id}/#place=${place.id}&map=[0-9./-]+$`));
    expect(target.embedUrl).toBe(`${ROOT}?embed#place=${place.id}`);
    expect(target.title).toBe(`${place.name} — Partnership Atlas`);
    expect(target.embedCode).toContain(`src="${ROOT}?embed#place=${place.id}"`);
    expect(target.embedCode).toContain(`title="${place.name} — Partnership Atlas"`);
  });

  it('a chapter and a route stop: the chapter’s and the route’s pages', () => {
    const chapter = index.dataset.story[0];
    if (!chapter) throw new Error('no chapter');
    expect(describeShareTarget(index, stateAt(`#chapter=${chapter.id}`), ROOT).url).toMatch(
      new RegExp(`^${ROOT}story/${chapter.id}/#.*chapter=${chapter.id}`),
    );
    expect(describeShareTarget(index, stateAt('#stop=2'), ROOT).url).toMatch(
      new RegExp(`^${ROOT}route/#(.*&)?stop=2(&|$)`),
    );
    expect(describeShareTarget(index, stateAt('#stop=2'), ROOT).embedUrl).toMatch(
      new RegExp(`^${ROOT}\\?embed#(.*&)?stop=2(&|$)`),
    );
  });

  it('on a translated page: the title in its language, the link to its language’s view page', () => {
    setMessages(ru);
    const place = index.dataset.places[0];
    if (!place) throw new Error('no place');
    const target = describeShareTarget(index, stateAt(`#place=${place.id}`), `${ROOT}ru/`);
    expect(target.url).toMatch(new RegExp(`^${ROOT}ru/place/${place.id}/#place=${place.id}`));
    expect(target.title).toBe(`${place.name} — ${ru.brand}`);
    expect(target.embedCode).toContain(`title="${place.name} — Атлас партнерства"`);
    expect(describeShareTarget(index, stateAt(''), `${ROOT}ru/`).title).toBe(
      'Атлас партнерства — НАТО и Узбекистан, 1992–2016',
    );
  });

  it('the overview: the atlas itself', () => {
    const target = describeShareTarget(index, stateAt(''), ROOT);
    expect(target.url).toMatch(new RegExp(`^${ROOT}#map=`));
    expect(target.embedUrl).toBe(`${ROOT}?embed`);
  });

  it('the embed code is one iframe with a title and a responsive size, its attributes escaped', () => {
    const code = buildEmbedCode('https://x.test/?embed#a=1&b=2', 'A "quoted" <title>');
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('title')).toBe('A "quoted" <title>');
    expect(frames[0]?.getAttribute('src')).toBe('https://x.test/?embed#a=1&b=2');
    expect(frames[0]?.getAttribute('style')).toMatch(/width:100%.*aspect-ratio/);
  });
});
