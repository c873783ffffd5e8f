/**
 * The timeline strip: a mark for every event (hollow spans where the date is uncertain), programme
 * spans, a year slider and a play button. It reads the store and sends intents.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { getTourFrame } from '../state/tours.ts';
import { createElement as el } from './dom.ts';
import { formatEventDate } from './format.ts';
import { layoutEventMarks, layoutPauses, layoutProgrammeSpans, placeOnAxis } from './timeline-layout.ts';

/** Events that the selection or the story's chapter points to, to raise on the timeline. */
export function getHighlightedEventIds(
  index: AtlasIndex,
  state: Pick<AtlasState, 'selection'> & Partial<Pick<AtlasState, 'tour'>>,
): Set<string> {
  const s = state.selection;
  const ids = new Set(s ? index.kinds[s.kind].events(s.id).map((e) => e.id) : []);
  for (const id of (state.tour && getTourFrame(index, state.tour)?.eventIds) ?? []) ids.add(id);
  return ids;
}

function describeYear(index: AtlasIndex, year: number): string {
  const by = index.eventsByDate.filter((e) => e.date.year <= year).length;
  const inYear = index.eventsByDate.filter((e) => e.date.year === year).length;
  return `${year}: ${inYear} event${inYear === 1 ? '' : 's'} this year, ${by} by then`;
}

/** Mounts the timeline into `container`. Returns `dispose`. */
export function mountTimeline(container: HTMLElement, store: Store, index: AtlasIndex): () => void {
  const { min, max } = index.yearRange;
  const marks = layoutEventMarks(index);
  const rows = Math.max(1, ...marks.map((m) => m.row + 1));
  const playButton = el(
    'button',
    { type: 'button', className: 'play-button', 'aria-pressed': 'false' },
    'Play years',
  );
  const slider = el('input', {
    type: 'range',
    min,
    max,
    step: 1,
    value: store.getState().year,
    className: 'year-slider',
    'aria-label': 'Year',
  });
  const output = el('output', { className: 'year-output', 'aria-hidden': 'true' });
  const cursor = el('div', { className: 'year-cursor', 'aria-hidden': 'true' });
  const ticks = el('div', { className: 'ticks', 'aria-hidden': 'true' });
  for (let y = min; y <= max; y++) {
    const tick = el(
      'span',
      { className: y % 5 === 0 || y === min || y === max ? 'tick major' : 'tick' },
      String(y),
    );
    tick.style.left = `${placeOnAxis(y + 0.5, min, max) * 100}%`;
    ticks.append(tick);
  }
  const spans = el('div', { className: 'programme-spans', 'aria-hidden': 'true' });
  const rowOf = new Map(index.dataset.programmes.map((p, i) => [p.id, i]));
  for (const span of layoutProgrammeSpans(index)) {
    const bar = el('span', { className: 'programme-span', 'data-programme-id': span.id, title: span.label });
    bar.style.left = `${span.start * 100}%`;
    bar.style.width = `${span.width * 100}%`;
    bar.style.top = `${(rowOf.get(span.id) ?? 0) * 3}px`;
    spans.append(bar);
  }
  spans.style.height = `${index.dataset.programmes.length * 3 + 2}px`;
  const eras = el('div', { className: 'eras', 'aria-hidden': 'true' });
  for (const band of layoutPauses(index)) {
    const node = el('span', { className: 'era' }, band.label);
    node.style.left = `${band.start * 100}%`;
    node.style.width = `${band.width * 100}%`;
    eras.append(node);
  }
  const markLayer = el('div', { className: 'marks', role: 'group', 'aria-label': 'Events on the timeline' });
  markLayer.style.height = `${rows * 14 + 6}px`;
  const markById = new Map<string, HTMLButtonElement>();
  for (const mark of marks) {
    const event = index.eventById.get(mark.id);
    if (!event) continue;
    const button = el('button', {
      type: 'button',
      tabindex: -1,
      className: `mark${mark.precise ? '' : ' uncertain'}${mark.milestone ? ' milestone' : ''}`,
      'data-event-id': mark.id,
      'aria-label': `${event.title}, ${formatEventDate(event.date)}`,
      title: `${formatEventDate(event.date)} — ${event.title}`,
    });
    button.style.left = `${mark.start * 100}%`;
    if (mark.width > 0) button.style.width = `${mark.width * 100}%`;
    button.style.top = `${mark.row * 14 + 3}px`;
    markById.set(mark.id, button);
    markLayer.append(button);
  }
  // The story chapter's period, shown as a band behind the marks.
  const periodBand = el('div', { className: 'period-band', 'aria-hidden': 'true', hidden: true });
  const track = el('div', { className: 'track' }, eras, periodBand, ticks, spans, markLayer, cursor);
  const scroller = el('div', { className: 'track-scroller' }, track);
  const controls = el(
    'div',
    { className: 'timeline-controls' },
    playButton,
    el('label', { className: 'year-label' }, 'Year ', slider),
    output,
  );
  container.append(controls, scroller);

  let highlighted = new Set<string>();
  const render = (state: AtlasState, previous: AtlasState | null) => {
    if (!previous || state.year !== previous.year) {
      slider.value = String(state.year);
      slider.setAttribute('aria-valuetext', describeYear(index, state.year));
      output.textContent = String(state.year);
      cursor.style.left = `${placeOnAxis(state.year + 1, min, max) * 100}%`;
      // Only marks whose state changes are touched: with thousands of events most keep theirs.
      const before = previous?.year;
      for (const mark of marks) {
        const button = markById.get(mark.id);
        if (!button) continue;
        const later = mark.year > state.year;
        if (before === undefined || later !== mark.year > before) button.classList.toggle('is-later', later);
        if (before === undefined || mark.year === state.year || mark.year === before)
          button.classList.toggle('in-year', mark.year === state.year);
      }
    }
    if (!previous || state.tour !== previous.tour) {
      const period = getTourFrame(index, state.tour)?.period;
      periodBand.hidden = !period;
      if (period) {
        periodBand.style.left = `${placeOnAxis(period.from, min, max) * 100}%`;
        periodBand.style.width = `${(placeOnAxis(period.to + 1, min, max) - placeOnAxis(period.from, min, max)) * 100}%`;
        periodBand.dataset.from = String(period.from);
        periodBand.dataset.to = String(period.to);
      }
    }
    if (!previous || state.selection !== previous.selection || state.tour !== previous.tour) {
      const next = getHighlightedEventIds(index, state);
      for (const id of highlighted) if (!next.has(id)) markById.get(id)?.classList.remove('is-highlighted');
      for (const id of next) markById.get(id)?.classList.add('is-highlighted');
      highlighted = next;
      const programmeId = state.selection?.kind === 'programme' ? state.selection.id : null;
      for (const bar of spans.children)
        bar.classList.toggle('is-highlighted', (bar as HTMLElement).dataset.programmeId === programmeId);
    }
    if (!previous || state.yearPlaying !== previous.yearPlaying) {
      playButton.setAttribute('aria-pressed', String(state.yearPlaying));
      playButton.textContent = state.yearPlaying ? 'Pause' : 'Play years';
    }
  };

  const onInput = () => store.dispatch({ type: 'set-year', year: Number(slider.value) });
  const onPlay = () => store.dispatch({ type: 'play-years', playing: !store.getState().yearPlaying });
  const onMarkClick = (event: MouseEvent) => {
    const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (!id) return;
    store.dispatch({ type: 'select', selection: { kind: 'event', id }, fly: true });
  };
  slider.addEventListener('input', onInput);
  playButton.addEventListener('click', onPlay);
  markLayer.addEventListener('click', onMarkClick);
  const unsubscribe = store.subscribe((state, previous) => render(state, previous));
  render(store.getState(), null);
  return () => {
    unsubscribe();
    slider.removeEventListener('input', onInput);
    playButton.removeEventListener('click', onPlay);
    markLayer.removeEventListener('click', onMarkClick);
    controls.remove();
    scroller.remove();
  };
}
