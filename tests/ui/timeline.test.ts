// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/state/store.ts';
import {
  getHighlightedEventIds,
  mountTimeline,
  readTimelineDetail,
  TIMELINE_DETAIL_KEY,
} from '../../src/ui/timeline.ts';
import { at, loadFixtureIndex, programmesOf } from '../helpers.ts';

const index = loadFixtureIndex();

interface Mounted {
  container: HTMLElement;
  store: Store;
  dispose: () => void;
}

let mounted: Mounted | undefined;

function mount(): Mounted {
  const store = createStore(index);
  const container = document.createElement('div');
  document.body.append(container);
  const dispose = mountTimeline(container, store, index);
  mounted = { container, store, dispose };
  return mounted;
}

afterEach(() => {
  mounted?.dispose();
  mounted?.container.remove();
  mounted = undefined;
});

const marks = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('.mark')];
const slider = (container: HTMLElement) => container.querySelector('input[type="range"]') as HTMLInputElement;

function mark(container: HTMLElement, id: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`.mark[data-event-id="${id}"]`);
  if (!found) throw new Error(`no mark for ${id}`);
  return found;
}

const highlighted = (container: HTMLElement) =>
  marks(container)
    .filter((m) => m.classList.contains('is-highlighted'))
    .map((m) => m.dataset.eventId)
    .sort();

describe('mountTimeline', () => {
  it('draws one mark per event', () => {
    const { container } = mount();
    expect(marks(container).map((m) => m.dataset.eventId)).toEqual(index.eventsByDate.map((e) => e.id));
    expect(marks(container)).toHaveLength(index.dataset.events.length);
  });

  it('marks uncertain dates as such', () => {
    const { container } = mount();
    expect(mark(container, 'security-agreement').classList.contains('uncertain')).toBe(true);
    expect(mark(container, 'joins-pfp').classList.contains('uncertain')).toBe(false);
    expect(mark(container, 'joins-parp').classList.contains('uncertain')).toBe(false);
    // An uncertain date is drawn as a light bar over its range; a known one stays a point.
    const bar = mark(container, 'security-agreement').querySelector<HTMLElement>('.uncertain-bar');
    expect(bar?.style.width).not.toBe('');
    expect(mark(container, 'joins-pfp').querySelector('.uncertain-bar')).toBeNull();
  });

  it('labels marks with title and date', () => {
    const { container } = mount();
    // A milestone's name starts with its visible short label.
    expect(mark(container, 'joins-pfp').getAttribute('aria-label')).toBe(
      'Joins PfP: Joins the Partnership for Peace, 13 July 1994',
    );
  });

  it('sets the slider to the years of the data and the current year', () => {
    const { container } = mount();
    const input = slider(container);
    expect(input.min).toBe(String(index.yearRange.min));
    expect(input.max).toBe(String(index.yearRange.max));
    expect(input.value).toBe('2002');
  });

  it('sends set-year when the slider moves', () => {
    const { container, store } = mount();
    const input = slider(container);
    input.value = '1996';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.getState().year).toBe(1996);
    expect(container.querySelector('output')?.textContent).toBe('1996');
  });

  it('describes the year and its counts for screen readers', () => {
    const { container, store } = mount();
    expect(slider(container).getAttribute('aria-valuetext')).toBe('2002: 1 event this year, 3 by then');
    store.dispatch({ type: 'set-year', year: 1994 });
    expect(slider(container).getAttribute('aria-valuetext')).toBe('1994: 2 events this year, 2 by then');
    store.dispatch({ type: 'set-year', year: 1999 });
    expect(slider(container).getAttribute('aria-valuetext')).toBe('1999: no events this year, 2 by then');
    expect(slider(container).value).toBe('1999');
  });

  it('marks events after the year as later and those in the year as such', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1994 });
    expect(mark(container, 'joins-parp').classList.contains('is-later')).toBe(true);
    expect(mark(container, 'joins-pfp').classList.contains('is-later')).toBe(false);
    expect(mark(container, 'joins-pfp').classList.contains('in-year')).toBe(true);
    store.dispatch({ type: 'set-year', year: 2002 });
    expect(mark(container, 'joins-parp').classList.contains('is-later')).toBe(false);
    expect(mark(container, 'joins-pfp').classList.contains('in-year')).toBe(false);
  });

  it('selects an event when its mark is clicked', () => {
    const { container, store } = mount();
    mark(container, 'joins-parp').click();
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'joins-parp' });
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'fit' });
  });

  it('leaves the route before selecting an event', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    mark(container, 'joins-pfp').click();
    expect(store.getState().tour.step).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'joins-pfp' });
  });

  it("highlights a selected place's events and moves the highlight with the selection", () => {
    const { container, store } = mount();
    expect(highlighted(container)).toEqual([]);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(highlighted(container)).toEqual(['joins-pfp', 'security-agreement']);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(highlighted(container)).toEqual(['joins-parp']);
    store.dispatch({ type: 'select', selection: null });
    expect(highlighted(container)).toEqual([]);
  });

  it('highlights the span of a selected programme', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'programme', id: 'parp' } });
    const spans = [...container.querySelectorAll<HTMLElement>('.programme-span.is-highlighted')];
    expect(spans.map((s) => s.dataset.programmeId)).toEqual(['parp']);
    expect(highlighted(container)).toEqual(['joins-parp']);
  });

  /** A button's words as a screen reader says them: its symbols are hidden from it. */
  const spokenText = (button: Element) =>
    [...button.childNodes]
      .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('');

  it('toggles year playback with the play button', () => {
    const { container, store } = mount();
    const play = container.querySelector('.play-button') as HTMLButtonElement;
    play.click();
    expect(store.getState().yearPlaying).toBe(true);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(spokenText(play)).toBe('Pause');
    play.click();
    expect(store.getState().yearPlaying).toBe(false);
    expect(spokenText(play)).toBe('Play years');
  });

  it('folds to the year row and unfolds again, saying which it is', () => {
    const { container, store } = mount();
    const fold = container.querySelector('.timeline-fold') as HTMLButtonElement;
    const tracks = container.querySelector('.track-scroller') as HTMLElement;
    const zoom = container.querySelector('.zoom-controls') as HTMLElement;
    expect(fold.getAttribute('aria-controls')).toBe(tracks.id);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.click();
    expect(tracks.hidden).toBe(true);
    expect(zoom.hidden).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(spokenText(fold)).toBe('Show timeline');
    // The year row still works while folded.
    const input = slider(container);
    input.value = '1996';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.getState().year).toBe(1996);
    fold.click();
    expect(tracks.hidden).toBe(false);
    expect(zoom.hidden).toBe(false);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(spokenText(fold)).toBe('Hide timeline');
  });

  it('is compact by default, opens every event and the programmes on demand, and keeps that choice', () => {
    localStorage.removeItem(TIMELINE_DETAIL_KEY);
    const first = mount();
    const detail = first.container.querySelector('.timeline-detail') as HTMLButtonElement;
    expect(first.container.classList.contains('is-compact')).toBe(true);
    expect(detail.getAttribute('aria-pressed')).toBe('false');
    detail.click();
    expect(first.container.classList.contains('is-compact')).toBe(false);
    expect(detail.getAttribute('aria-pressed')).toBe('true');
    first.dispose();
    first.container.remove();
    const again = mount();
    expect(again.container.classList.contains('is-compact')).toBe(false);
    (again.container.querySelector('.timeline-detail') as HTMLButtonElement).click();
    expect(localStorage.getItem(TIMELINE_DETAIL_KEY)).toBe('compact');
  });

  it('starts folded on a phone and compact elsewhere, whatever storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('storage refused');
      },
    };
    expect(readTimelineDetail(refusing, true)).toBe('folded');
    expect(readTimelineDetail(refusing, false)).toBe('compact');
    expect(readTimelineDetail(null, false)).toBe('compact');
    expect(readTimelineDetail({ getItem: () => 'full' }, true)).toBe('full');
    expect(readTimelineDetail({ getItem: () => 'nonsense' }, false)).toBe('compact');
  });

  it('removes itself and its listeners on dispose', () => {
    const { container, store, dispose } = mount();
    const input = slider(container);
    const first = mark(container, 'joins-pfp');
    dispose();
    expect(container.children).toHaveLength(0);
    input.value = '1996';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    first.click();
    expect(store.getState().year).toBe(2002);
    expect(store.getState().selection).toBeNull();
  });
});

describe('mountTimeline, redesigned', () => {
  it('labels each milestone with its short title and leaves other events unlabelled', () => {
    const { container } = mount();
    for (const event of index.eventsByDate) {
      const label = mark(container, event.id).querySelector('.mark-label');
      if (event.milestone) expect(label?.textContent).toBe(event.shortTitle ?? event.title);
      else expect(label).toBeNull();
    }
  });

  it('makes the marks one tab stop that arrows, Home and End move in date order', () => {
    const { container } = mount();
    const all = marks(container);
    expect(all.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    at(all, 0).focus();
    const press = (key: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    expect(document.activeElement).toBe(at(all, 1));
    press('End');
    expect(document.activeElement).toBe(at(all, all.length - 1));
    press('Home');
    expect(document.activeElement).toBe(at(all, 0));
    press('ArrowLeft');
    expect(document.activeElement).toBe(at(all, 0));
    expect(all.filter((m) => m.tabIndex === 0)).toEqual([at(all, 0)]);
  });

  it('shows a tooltip with the title and full date on focus, and hides it when focus leaves', () => {
    const { container } = mount();
    const tooltip = container.querySelector<HTMLElement>('.timeline-tooltip');
    expect(tooltip?.hidden).toBe(true);
    mark(container, 'joins-pfp').focus();
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toBe(`${index.eventById.get('joins-pfp')?.title}13 July 1994`);
    mark(container, 'joins-pfp').blur();
    expect(tooltip?.hidden).toBe(true);
  });

  it('gives the tab stop to the selected event', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(mark(container, 'joins-parp').tabIndex).toBe(0);
  });

  it('zooms in and back to the whole story, keeping the year and the selection', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1996 });
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' } });
    const year = store.getState().year;
    const button = (kind: string) => container.querySelector(`[data-zoom="${kind}"]`) as HTMLButtonElement;
    const track = container.querySelector('.track') as HTMLElement;
    const whole = Number.parseFloat(track.style.width);
    expect(button('reset').disabled).toBe(true);
    button('in').click();
    expect(Number.parseFloat(track.style.width)).toBeGreaterThanOrEqual(whole * 2);
    expect(button('reset').disabled).toBe(false);
    button('in').click();
    button('reset').click();
    expect(Number.parseFloat(track.style.width)).toBe(whole);
    expect(store.getState().year).toBe(year);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'joins-pfp' });
    expect(mark(container, 'joins-pfp').classList.contains('is-highlighted')).toBe(true);
  });

  it('opens a programme from its lane label', () => {
    const { container, store } = mount();
    (container.querySelector('.lane-label[data-programme-id="parp"]') as HTMLButtonElement).click();
    expect(store.getState().selection).toEqual({ kind: 'programme', id: 'parp' });
    expect(container.querySelector('.lane-label[data-programme-id="parp"]')?.classList).toContain(
      'is-highlighted',
    );
  });
});

describe('getHighlightedEventIds', () => {
  it('follows the kind of selection', () => {
    const ids = (selection: Parameters<typeof getHighlightedEventIds>[1]['selection']) =>
      [...getHighlightedEventIds(index, { selection })].sort();
    expect(ids(null)).toEqual([]);
    expect(ids({ kind: 'event', id: 'joins-pfp' })).toEqual(['joins-pfp']);
    expect(ids({ kind: 'place', id: 'tashkent' })).toEqual(['joins-pfp', 'security-agreement']);
    expect(ids({ kind: 'programme', id: 'pfp' })).toEqual(['joins-pfp']);
    expect(ids({ kind: 'place', id: 'atlantis' })).toEqual([]);
  });
});

describe('mountTimeline with a programme pause', () => {
  it('draws the pause as a labelled band and breaks the programme span', () => {
    const paused = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).pauses = [{ from: 1996, to: 1999, label: 'A pause' }];
    });
    const container = document.createElement('div');
    document.body.append(container);
    const dispose = mountTimeline(container, createStore(paused), paused);
    try {
      expect([...container.querySelectorAll('.era')].map((e) => e.textContent)).toEqual(['A pause']);
      expect(container.querySelectorAll('.programme-span[data-programme-id="pfp"]')).toHaveLength(2);
      expect(container.querySelectorAll('.programme-span[data-programme-id="parp"]')).toHaveLength(1);
    } finally {
      dispose();
      container.remove();
    }
  });
});

describe('mountTimeline with uncertain years', () => {
  function mountIndex(changed: ReturnType<typeof loadFixtureIndex>) {
    const container = document.createElement('div');
    document.body.append(container);
    const dispose = mountTimeline(container, createStore(changed), changed);
    return { container, dispose };
  }
  const classesOf = (container: HTMLElement, id: string) =>
    [...container.querySelectorAll<HTMLElement>(`.programme-span[data-programme-id="${id}"]`)].map((bar) =>
      ['fades-start', 'fades-end'].filter((c) => bar.classList.contains(c)),
    );

  it('fades the end of a programme bar whose start or end is not known, and only that end', () => {
    const changed = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).sinceUncertain = true;
      at(programmesOf(f), 0).pauses = [{ from: 1996, to: 1999, label: 'A pause' }];
      at(programmesOf(f), 1).untilUncertain = true;
    });
    const { container, dispose } = mountIndex(changed);
    try {
      // PfP: its uncertain start fades, the pause's edges stay sharp, its open end is the page's date.
      expect(classesOf(container, 'pfp')).toEqual([['fades-start'], []]);
      expect(classesOf(container, 'parp')).toEqual([['fades-end']]);
    } finally {
      dispose();
      container.remove();
    }
  });

  it('draws firm years as a plain bar', () => {
    const { container } = mount();
    expect(classesOf(container, 'pfp')).toEqual([[]]);
    expect(classesOf(container, 'parp')).toEqual([[]]);
  });

  it('fades both ends of an event range that is only approximate', () => {
    const { container } = mount();
    const bar = mark(container, 'security-agreement').querySelector('.uncertain-bar');
    expect([...(bar?.classList ?? [])]).toEqual(['uncertain-bar', 'fades-start', 'fades-end']);
  });
});

describe('mountTimeline during the story', () => {
  it('shows the chapter period as a band and raises its events, and hides both when the story is left', () => {
    const { container, store } = mount();
    const band = container.querySelector<HTMLElement>('.period-band');
    expect(band?.hidden).toBe(true);
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    expect(band?.hidden).toBe(false);
    expect([band?.dataset.from, band?.dataset.to]).toEqual(['1994', '1996']);
    expect(Number.parseFloat(band?.style.width ?? '0')).toBeGreaterThan(0);
    expect(mark(container, 'joins-pfp').classList.contains('is-highlighted')).toBe(true);
    expect(mark(container, 'joins-parp').classList.contains('is-highlighted')).toBe(false);
    store.dispatch({ type: 'tour-leave' });
    expect(band?.hidden).toBe(true);
    expect(mark(container, 'joins-pfp').classList.contains('is-highlighted')).toBe(false);
    expect([...getHighlightedEventIds(index, store.getState())]).toEqual([]);
  });

  it('dims the marks of events outside the chosen themes, and only those', () => {
    const { container, store } = mount();
    const dimmed = () =>
      marks(container)
        .filter((m) => m.classList.contains('is-dimmed'))
        .map((m) => m.dataset.eventId);
    expect(dimmed()).toEqual([]);
    store.dispatch({ type: 'set-themes', themes: ['defence-reform'] });
    const outside = index.eventsByDate.filter((e) => !e.themes.includes('defence-reform')).map((e) => e.id);
    expect(outside.length).toBeGreaterThan(0);
    expect(dimmed()).toEqual(outside);
    store.dispatch({ type: 'set-themes', themes: [] });
    expect(dimmed()).toEqual([]);
  });
});
