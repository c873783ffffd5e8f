/**
 * The timeline: labelled milestones above the axis, other events as smaller marks in their own lane,
 * uncertain dates as light bars, programmes as labelled lanes with their pauses, a year slider with a
 * play button, and zoom into a period and back. It reads the store and sends intents; zoom is its own.
 */
import { getMessages } from '../i18n/locale.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { matchesThemes } from '../model/themes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { getTourFrame } from '../state/tours.ts';
import { createElement as el } from './dom.ts';
import { describeProgrammeSpan, formatEventDate } from './format.ts';
import {
  type EventMark,
  layoutEventMarks,
  layoutLabels,
  layoutPauses,
  layoutProgrammeLanes,
  layoutProgrammeSpans,
  placeOnAxis,
} from './timeline-layout.ts';

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

/** Describes a year by its events; counted once, as the slider asks on every step. */
function createYearDescriber(index: AtlasIndex): (year: number) => string {
  const perYear = new Map<number, number>();
  for (const e of index.eventsByDate) perYear.set(e.date.year, (perYear.get(e.date.year) ?? 0) + 1);
  return (year) => {
    let by = 0;
    for (const [y, count] of perYear) if (y <= year) by += count;
    const inYear = perYear.get(year) ?? 0;
    return getMessages().yearSummary(year, inYear, by);
  };
}

/** A timeline narrower than this is on a phone: its marks take a thumb's room (see `TOUCH_PX`). */
const NARROW_PX = 720;
/**
 * On a phone every event and programme open at this zoom (the axis about 1500 px wide, scrolling
 * sideways); the milestones alone open on the whole story, as everywhere.
 */
const NARROW_FULL_ZOOM = 4;
const UNMEASURED_AXIS_PX = 1500;
/** A tap target's least side (WCAG 2.2, 2.5.8): on a phone, marks are this far apart and this large. */
const TOUCH_PX = 24;
/** Room at each end of the axis, so marks at its very start and end are drawn whole. */
const AXIS_INSET_PX = 8;
const ZOOM_STEPS = [1, 2, 4, 8] as const;
/**
 * Rows of milestone labels the compact timeline allows: it always opens on the whole story, and a
 * label that would need a further row is left to its mark's tooltip and name until the reader zooms in.
 */
const COMPACT_LABEL_ROWS = 3;
/** Height of a label row in the compact timeline (its labels are a little smaller). */
const COMPACT_LABEL_ROW_PX = 13;
const TICKS_PX = 16;
const LABEL_ROW_PX = 15;
const MILESTONE_ROW_PX = 17;
const EVENT_ROW_PX = 13;
const LANE_PX = 12;
/** Dots closer than this many pixels would be hard to tell apart and to hit. */
const DOT_GAP_PX = 14;

/**
 * How much the timeline shows: only its year row, the labelled milestones (the default beside a
 * map), or every event with the programme lanes as well.
 */
export type TimelineDetail = 'folded' | 'compact' | 'full';

/** Where the reader's choice of detail is kept between visits. */
export const TIMELINE_DETAIL_KEY = 'atlas.timeline-detail';

/** The detail to start with: the reader's kept choice, else folded on a phone and compact elsewhere. */
export function readTimelineDetail(
  storage: Pick<Storage, 'getItem'> | null,
  narrow: boolean,
): TimelineDetail {
  let kept: string | null = null;
  try {
    kept = storage?.getItem(TIMELINE_DETAIL_KEY) ?? null;
  } catch {
    // Storage can be refused (privacy settings, a sandboxed frame): the default is fine.
  }
  if (kept === 'folded' || kept === 'compact' || kept === 'full') return kept;
  return narrow ? 'folded' : 'compact';
}

/** Keeps the reader's choice of detail, if the browser lets the page keep anything. */
function keepTimelineDetail(storage: Pick<Storage, 'setItem'> | null, detail: TimelineDetail): void {
  try {
    storage?.setItem(TIMELINE_DETAIL_KEY, detail);
  } catch {
    // Refused storage only means the choice is not kept for the next visit.
  }
}

/** The page's local storage, or null where reading it throws. */
function getStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Width a label would take when the page cannot measure it (no layout, e.g. in tests). */
function estimateTextWidth(text: string, pxPerChar: number): number {
  return Math.ceil(text.length * pxPerChar) + 8;
}

/**
 * Keyboard movement through a list of buttons that share one tab stop: arrows step through them in
 * order, Home and End jump to the ends. Returns a setter for the item that holds the tab stop.
 */
function mountRovingFocus(
  group: HTMLElement,
  items: readonly HTMLElement[],
): { setCurrent: (i: number) => void; dispose: () => void } {
  let current = 0;
  const setCurrent = (i: number) => {
    items[current]?.setAttribute('tabindex', '-1');
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current]?.setAttribute('tabindex', '0');
  };
  const onKey = (event: KeyboardEvent) => {
    const at = items.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? at + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    items[current]?.focus();
  };
  const onFocus = (event: FocusEvent) => {
    const at = items.indexOf(event.target as HTMLElement);
    if (at !== -1 && at !== current) setCurrent(at);
  };
  for (const item of items) item.setAttribute('tabindex', '-1');
  setCurrent(0);
  group.addEventListener('keydown', onKey);
  group.addEventListener('focusin', onFocus);
  return {
    setCurrent,
    dispose: () => {
      group.removeEventListener('keydown', onKey);
      group.removeEventListener('focusin', onFocus);
    },
  };
}

/** Mounts the timeline into `container`. Returns `dispose`. */
export function mountTimeline(container: HTMLElement, store: Store, index: AtlasIndex): () => void {
  const { min, max } = index.yearRange;
  // Play and fold carry a symbol beside their words: a phone shows the symbol alone, keeping the row's
  // width for the year slider; the words stay the buttons' names.
  const playText = el('span', { className: 'control-text' }, getMessages().playYears);
  const playIcon = el('span', { className: 'control-icon', 'aria-hidden': 'true' }, '▶');
  const playButton = el(
    'button',
    { type: 'button', className: 'play-button', 'aria-pressed': 'false' },
    playIcon,
    playText,
  );
  const slider = el('input', {
    type: 'range',
    min,
    max,
    step: 1,
    value: store.getState().year,
    className: 'year-slider',
    'aria-label': getMessages().year,
  });
  const output = el('output', { className: 'year-output', 'aria-hidden': 'true' });
  const zoomButton = (kind: string, symbol: string, name: string) =>
    el(
      'button',
      { type: 'button', className: 'zoom-button', 'data-zoom': kind, title: name },
      el('span', { 'aria-hidden': 'true' }, symbol),
      el('span', { className: 'visually-hidden' }, name),
    );
  const zoomOut = zoomButton('out', '−', getMessages().zoomOut);
  const zoomIn = zoomButton('in', '+', getMessages().zoomIn);
  const zoomReset = el(
    'button',
    { type: 'button', className: 'zoom-button zoom-reset', 'data-zoom': 'reset' },
    getMessages().wholeStory,
  );
  const zoomGroup = el('div', {
    className: 'zoom-controls',
    role: 'group',
    'aria-label': getMessages().timelineZoom,
  });
  zoomGroup.append(zoomOut, zoomIn, zoomReset);

  const cursor = el('div', { className: 'year-cursor', 'aria-hidden': 'true' });
  const ticks = el('div', { className: 'ticks', 'aria-hidden': 'true' });
  const tickNodes: [number, HTMLElement][] = [];
  for (let y = min; y <= max; y++) {
    const tick = el('span', { className: 'tick' }, String(y));
    tick.style.left = `${placeOnAxis(y, min, max) * 100}%`;
    tickNodes.push([y, tick]);
    ticks.append(tick);
  }

  // Programme lanes: an acronym that opens the programme, its active spans and its pauses.
  const lanes = el('div', {
    className: 'programme-lanes',
    role: 'group',
    'aria-label': getMessages().programmes,
  });
  const spans = layoutProgrammeSpans(index);
  const pauses = layoutPauses(index);
  const laneLabels = new Map<string, HTMLButtonElement>();
  const laneParts = new Map<string, HTMLElement[]>();
  for (const programme of index.dataset.programmes) {
    const label = el(
      'button',
      {
        type: 'button',
        className: 'lane-label',
        'data-programme-id': programme.id,
        'aria-label': `${programme.acronym}: ${programme.name}, ${describeProgrammeSpan(programme)}`,
        title: programme.name,
      },
      programme.acronym,
    );
    laneLabels.set(programme.id, label);
    laneParts.set(programme.id, [label]);
  }
  for (const [i, span] of spans.entries()) {
    // An end no source gives firmly fades out rather than stopping like a known one.
    const programme = index.programmeById.get(span.id);
    const first = spans[i - 1]?.id !== span.id;
    const last = spans[i + 1]?.id !== span.id;
    const fades = [
      first && programme?.sinceUncertain ? ' fades-start' : '',
      last && programme?.untilUncertain ? ' fades-end' : '',
    ].join('');
    const bar = el('span', {
      className: `programme-span${fades}`,
      'data-programme-id': span.id,
      'aria-hidden': 'true',
    });
    bar.style.left = `${span.start * 100}%`;
    bar.style.width = `${span.width * 100}%`;
    laneParts.get(span.id)?.push(bar);
  }
  for (const band of pauses) {
    const node = el('span', { className: 'era', title: band.label, 'aria-hidden': 'true' }, band.label);
    node.style.left = `${band.start * 100}%`;
    node.style.width = `${band.width * 100}%`;
    laneParts.get(band.id)?.push(node);
  }
  for (const parts of laneParts.values()) lanes.append(...parts.slice(1), parts[0] as HTMLElement);
  const laneRoving = mountRovingFocus(lanes, [...laneLabels.values()]);

  // Event marks: buttons in date order, one tab stop; milestones carry a label and a stem.
  const markLayer = el('div', {
    className: 'marks',
    role: 'group',
    'aria-label': getMessages().eventsOnTimeline,
  });
  const markById = new Map<string, HTMLButtonElement>();
  const describeYear = createYearDescriber(index);
  const labelById = new Map<string, HTMLElement>();
  const stemById = new Map<string, HTMLElement>();
  const barById = new Map<string, HTMLElement>();
  for (const event of index.eventsByDate) {
    const precise = event.date.end === undefined && event.date.approximate !== true;
    const date = formatEventDate(event.date);
    const button = el('button', {
      type: 'button',
      className: `mark${precise ? '' : ' uncertain'}${event.milestone ? ' milestone' : ''}`,
      'data-event-id': event.id,
      // The visible label starts the name, so speech input can say what it sees.
      'aria-label': `${event.milestone && event.shortTitle && event.shortTitle !== event.title ? `${event.shortTitle}: ` : ''}${event.title}, ${date}`,
    });
    if (!precise) {
      // A range that is itself only approximate has soft ends: it fades out on both sides.
      const soft = event.date.approximate === true && event.date.end !== undefined;
      const bar = el('span', {
        className: soft ? 'uncertain-bar fades-start fades-end' : 'uncertain-bar',
        'aria-hidden': 'true',
      });
      barById.set(event.id, bar);
      button.append(bar);
    }
    if (event.milestone) {
      const stem = el('span', { className: 'mark-stem', 'aria-hidden': 'true' });
      const label = el(
        'span',
        { className: 'mark-label', 'aria-hidden': 'true' },
        event.shortTitle ?? event.title,
      );
      stemById.set(event.id, stem);
      labelById.set(event.id, label);
      button.append(stem, label);
    }
    markById.set(event.id, button);
    markLayer.append(button);
  }
  const markButtons = [...markById.values()];
  const milestoneButtons = markButtons.filter((b) => b.classList.contains('milestone'));
  // In the compact timeline only milestones are shown: the arrow keys step through those alone.
  let rovingMarks = markButtons;
  let markRoving = mountRovingFocus(markLayer, rovingMarks);

  const tooltip = el('div', {
    className: 'timeline-tooltip',
    role: 'tooltip',
    hidden: true,
    'aria-hidden': 'true',
  });
  const tooltipTitle = el('strong', { className: 'tooltip-title' });
  const tooltipDate = el('span', { className: 'tooltip-date' });
  tooltip.append(tooltipTitle, tooltipDate);

  // The story chapter's period, shown as a band behind the marks.
  const periodBand = el('div', { className: 'period-band', 'aria-hidden': 'true', hidden: true });
  const track = el('div', { className: 'track' }, periodBand, ticks, markLayer, lanes, cursor);
  const scroller = el('div', { className: 'track-scroller', id: 'timeline-tracks' }, track);
  // The map is the page's main surface: the timeline shows its milestones unless asked for more, and
  // folds to its year row for the reader who wants the map's room back.
  const detailButton = el(
    'button',
    {
      type: 'button',
      className: 'zoom-button timeline-detail',
      'aria-pressed': 'false',
      'aria-controls': 'timeline-tracks',
    },
    getMessages().timelineFull,
  );
  const foldText = el('span', { className: 'control-text' }, getMessages().hideTimeline);
  const foldIcon = el('span', { className: 'control-icon', 'aria-hidden': 'true' }, '▾');
  const foldButton = el(
    'button',
    {
      type: 'button',
      className: 'zoom-button timeline-fold',
      'aria-expanded': 'true',
      'aria-controls': 'timeline-tracks',
    },
    foldIcon,
    foldText,
  );
  const controls = el(
    'div',
    { className: 'timeline-controls' },
    playButton,
    el(
      'label',
      { className: 'year-label' },
      el('span', { className: 'year-label-text' }, getMessages().yearLabel),
      slider,
    ),
    output,
    zoomGroup,
    detailButton,
    foldButton,
  );
  container.append(controls, scroller, tooltip);

  const storage = getStorage();
  let detail: TimelineDetail = readTimelineDetail(
    storage,
    typeof window !== 'undefined' && window.matchMedia?.(`(max-width: ${NARROW_PX}px)`).matches === true,
  );
  let zoom = 1;
  let marks: EventMark[] = [];
  const labelWidths = new Map<string, number>();
  const laneWidths = new Map<string, number>();
  const measure = () => {
    for (const [id, label] of labelById)
      labelWidths.set(id, label.offsetWidth || estimateTextWidth(label.textContent ?? '', 6.4));
    for (const [id, label] of laneLabels)
      laneWidths.set(id, label.offsetWidth || estimateTextWidth(label.textContent ?? '', 6));
  };

  /** Places everything for the current width and zoom; runs on mount, resize and zoom, never per year. */
  const layout = () => {
    // A folded timeline has no width to lay out in; it lays out again when it unfolds.
    if (scroller.hidden) return;
    // Without layout (no page to measure, as in tests) the axis takes a fixed width.
    const measured = scroller.clientWidth;
    const base = measured > 0 ? measured : UNMEASURED_AXIS_PX;
    const touch = measured > 0 && measured < NARROW_PX;
    const compact = detail === 'compact';
    // On a phone marks are a thumb's size apart, in rows a thumb's height apart.
    const dotGap = touch ? TOUCH_PX : DOT_GAP_PX;
    const milestoneRowPx = touch ? TOUCH_PX : MILESTONE_ROW_PX;
    const eventRowPx = touch ? TOUCH_PX : EVENT_ROW_PX;
    const axisWidth = base * zoom - 2 * AXIS_INSET_PX;
    marks = layoutEventMarks(index, dotGap / axisWidth);
    const milestones = marks.filter((m) => m.milestone);
    // The compact timeline keeps its milestone labels to a few rows, leaving the height to the map.
    const labels = layoutLabels(
      milestones.map((m) => ({ id: m.id, x: m.at * axisWidth, width: labelWidths.get(m.id) ?? 0 })),
      axisWidth,
    ).filter((l) => !compact || l.row < COMPACT_LABEL_ROWS);
    track.style.width = `${axisWidth}px`;
    const labelRows = Math.max(0, ...labels.map((l) => l.row + 1));
    const milestoneRows = Math.max(1, ...milestones.map((m) => m.row + 1));
    const eventRows = Math.max(1, ...marks.filter((m) => !m.milestone).map((m) => m.row + 1));
    const labelRowPx = compact ? COMPACT_LABEL_ROW_PX : LABEL_ROW_PX;
    const milestoneTop = TICKS_PX + labelRows * labelRowPx + (touch ? (TOUCH_PX - MILESTONE_ROW_PX) / 2 : 0);
    const eventTop = milestoneTop + milestoneRows * milestoneRowPx;
    const lanesTop = eventTop + eventRows * eventRowPx + 4;
    const labelOf = new Map(labels.map((l) => [l.id, l]));
    for (const mark of marks) {
      const button = markById.get(mark.id);
      if (!button) continue;
      const x = mark.at * axisWidth;
      const y = mark.milestone
        ? milestoneTop + mark.row * milestoneRowPx + milestoneRowPx / 2
        : eventTop + mark.row * eventRowPx + eventRowPx / 2;
      button.style.left = `${x}px`;
      button.style.top = `${y}px`;
      const bar = barById.get(mark.id);
      if (bar) {
        bar.style.left = `${(mark.start - mark.at) * axisWidth}px`;
        bar.style.width = `${Math.max(mark.width * axisWidth, 2)}px`;
      }
      const placed = labelOf.get(mark.id);
      const label = labelById.get(mark.id);
      const stem = stemById.get(mark.id);
      if (label) label.hidden = !placed;
      if (stem) stem.hidden = !placed;
      if (placed && label && stem) {
        const labelTop = milestoneTop - (placed.row + 1) * labelRowPx;
        label.style.left = `${placed.left - x}px`;
        label.style.top = `${labelTop - y}px`;
        stem.style.top = `${labelTop + labelRowPx - 3 - y}px`;
        stem.style.height = `${y - (labelTop + labelRowPx - 3)}px`;
      }
    }
    const packed = layoutProgrammeLanes(spans, laneWidths, axisWidth);
    const laneCount = Math.max(0, ...packed.map((l) => l.row + 1));
    for (const lane of packed) {
      const top = `${lanesTop + lane.row * LANE_PX}px`;
      for (const part of laneParts.get(lane.id) ?? []) part.style.top = top;
      const label = laneLabels.get(lane.id);
      if (label) label.style.left = `${lane.labelLeft}px`;
    }
    track.style.height = compact ? `${eventTop + 2}px` : `${lanesTop + laneCount * LANE_PX + 2}px`;
    // Year ticks thin out so their numbers never touch.
    const perYear = axisWidth / (max + 1 - min);
    const every = perYear >= 36 ? 1 : perYear >= 18 ? 2 : 5;
    for (const [y, tick] of tickNodes) tick.classList.toggle('major', (y - min) % every === 0 || y === max);
    zoomOut.disabled = zoom === ZOOM_STEPS[0];
    // "Whole story" is on offer whenever some of the story is out of the timeline's view.
    zoomReset.disabled = zoom === ZOOM_STEPS[0] && axisWidth <= base;
    zoomIn.disabled = zoom === ZOOM_STEPS[ZOOM_STEPS.length - 1];
  };

  const setZoom = (next: number) => {
    // Keep the middle of what the reader sees in the middle.
    const before = track.offsetWidth || 1;
    const middle = (scroller.scrollLeft + scroller.clientWidth / 2) / before;
    zoom = next;
    layout();
    scroller.scrollLeft = middle * track.offsetWidth - scroller.clientWidth / 2;
  };
  const stepZoom = (direction: 1 | -1) => {
    const at = ZOOM_STEPS.indexOf(zoom as (typeof ZOOM_STEPS)[number]);
    const next = ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + direction))] ?? 1;
    if (next !== zoom) setZoom(next);
  };

  const showTooltip = (button: HTMLElement) => {
    const event = index.eventById.get(button.dataset.eventId ?? '');
    if (!event) return;
    tooltipTitle.textContent = event.title;
    tooltipDate.textContent = formatEventDate(event.date);
    tooltip.hidden = false;
    const r = button.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    tooltip.style.left = `${Math.max(4, Math.min(r.left + r.width / 2 - width / 2, window.innerWidth - width - 4))}px`;
    tooltip.style.top = `${Math.max(4, r.top - tooltip.offsetHeight - 8)}px`;
  };
  const hideTooltip = () => {
    tooltip.hidden = true;
  };

  /** Scrolls the timeline sideways (never the page) so a mark it cannot show is in the middle. */
  const revealMark = (button: HTMLElement | undefined) => {
    const x = Number.parseFloat(button?.style.left ?? '');
    if (!Number.isFinite(x)) return;
    const { scrollLeft, clientWidth } = scroller;
    if (x < scrollLeft + 16 || x > scrollLeft + clientWidth - 16) scroller.scrollLeft = x - clientWidth / 2;
  };

  /** Scrolls a widened axis sideways so the year cursor is in view (the compact axis may be wider). */
  const revealYear = () => {
    const x = Number.parseFloat(cursor.style.left) / 100;
    const width = track.offsetWidth;
    if (!Number.isFinite(x) || width <= scroller.clientWidth) return;
    const at = x * width;
    const { scrollLeft, clientWidth } = scroller;
    if (at < scrollLeft + 16 || at > scrollLeft + clientWidth - 16)
      scroller.scrollLeft = at - clientWidth * 0.75;
  };

  let highlighted = new Set<string>();
  const render = (state: AtlasState, previous: AtlasState | null) => {
    if (!previous || state.year !== previous.year) {
      slider.value = String(state.year);
      slider.setAttribute('aria-valuetext', describeYear(state.year));
      output.textContent = String(state.year);
      cursor.style.left = `${placeOnAxis(state.year + 1, min, max) * 100}%`;
      if (!state.yearPlaying || !previous) revealYear();
      // Only marks whose state changes are touched: with thousands of events most keep theirs.
      const before = previous?.year;
      for (const event of index.eventsByDate) {
        const button = markById.get(event.id);
        if (!button) continue;
        const year = event.date.year;
        const later = year > state.year;
        if (before === undefined || later !== year > before) button.classList.toggle('is-later', later);
        if (before === undefined || year === state.year || year === before)
          button.classList.toggle('in-year', year === state.year);
      }
    }
    if (!previous || state.themes !== previous.themes)
      for (const event of index.eventsByDate)
        markById.get(event.id)?.classList.toggle('is-dimmed', !matchesThemes(event, state.themes));
    if (!previous || state.tour !== previous.tour) {
      const period = getTourFrame(index, state.tour)?.period;
      periodBand.hidden = !period;
      if (period) {
        const from = placeOnAxis(period.from, min, max);
        periodBand.style.left = `${from * 100}%`;
        periodBand.style.width = `${(placeOnAxis(period.to + 1, min, max) - from) * 100}%`;
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
      for (const [id, parts] of laneParts)
        for (const part of parts) part.classList.toggle('is-highlighted', id === programmeId);
      // The selected event holds the tab stop, so Tab lands where the reader is.
      if (state.selection?.kind === 'event') {
        const at = rovingMarks.findIndex((b) => b.dataset.eventId === state.selection?.id);
        if (at !== -1) markRoving.setCurrent(at);
        revealMark(markById.get(state.selection.id));
      }
    }
    if (!previous || state.yearPlaying !== previous.yearPlaying) {
      playButton.setAttribute('aria-pressed', String(state.yearPlaying));
      playText.textContent = state.yearPlaying ? getMessages().pause : getMessages().playYears;
      playIcon.textContent = state.yearPlaying ? '❚❚' : '▶';
    }
  };

  const onInput = () => store.dispatch({ type: 'set-year', year: Number(slider.value) });
  const onPlay = () => store.dispatch({ type: 'play-years', playing: !store.getState().yearPlaying });
  const onMarkClick = (event: MouseEvent) => {
    const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (!id) return;
    store.dispatch({ type: 'select', selection: { kind: 'event', id }, fly: true });
  };
  const onLaneClick = (event: MouseEvent) => {
    const id = (event.target as HTMLElement | null)?.closest<HTMLElement>('.lane-label')?.dataset.programmeId;
    if (!id) return;
    store.dispatch({ type: 'select', selection: { kind: 'programme', id } });
  };
  const onZoomClick = (event: MouseEvent) => {
    const kind = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (kind === 'in') stepZoom(1);
    else if (kind === 'out') stepZoom(-1);
    else if (kind === 'reset') setZoom(1);
  };
  const onTrackKey = (event: KeyboardEvent) => {
    if (event.key === '+' || event.key === '=') stepZoom(1);
    else if (event.key === '-' || event.key === '_') stepZoom(-1);
    else if (event.key === '0') setZoom(1);
    else if (event.key === 'Escape') hideTooltip();
  };
  const markOf = (event: Event) =>
    (event.target as HTMLElement | null)?.closest<HTMLElement>('.mark') ?? null;
  const onOver = (event: Event) => {
    const mark = markOf(event);
    if (mark) showTooltip(mark);
  };
  const onOut = (event: Event) => {
    if (markOf(event) && !markLayer.contains(document.activeElement)) hideTooltip();
  };
  const onFocusOut = () => hideTooltip();
  const onScroll = () => hideTooltip();
  const applyDetail = () => {
    const folded = detail === 'folded';
    scroller.hidden = folded;
    zoomGroup.hidden = folded;
    detailButton.hidden = folded;
    container.classList.toggle('is-compact', detail === 'compact');
    foldButton.setAttribute('aria-expanded', String(!folded));
    foldText.textContent = folded ? getMessages().showTimeline : getMessages().hideTimeline;
    foldIcon.textContent = folded ? '▴' : '▾';
    detailButton.setAttribute('aria-pressed', String(detail === 'full'));
    const next = detail === 'compact' ? milestoneButtons : markButtons;
    if (next !== rovingMarks) {
      const current = markButtons.find((b) => b.getAttribute('tabindex') === '0');
      markRoving.dispose();
      rovingMarks = next;
      markRoving = mountRovingFocus(markLayer, rovingMarks);
      const at = current ? rovingMarks.indexOf(current) : -1;
      if (at !== -1) markRoving.setCurrent(at);
    }
    hideTooltip();
  };
  /** Every event on a phone's whole-story axis would stack in tall columns: they open zoomed in. */
  const zoomForDetail = () => {
    const width = scroller.clientWidth;
    if (detail === 'full' && zoom === ZOOM_STEPS[0] && width > 0 && width < NARROW_PX)
      zoom = NARROW_FULL_ZOOM;
  };
  const setDetail = (next: TimelineDetail) => {
    detail = next;
    applyDetail();
    zoomForDetail();
    keepTimelineDetail(storage, next);
    measure();
    layout();
    revealYear();
  };
  const onFold = () => setDetail(detail === 'folded' ? 'compact' : 'folded');
  const onDetail = () => setDetail(detail === 'full' ? 'compact' : 'full');
  const listeners: [EventTarget, string, EventListener][] = [
    [slider, 'input', onInput],
    [playButton, 'click', onPlay],
    [markLayer, 'click', onMarkClick as EventListener],
    [lanes, 'click', onLaneClick as EventListener],
    [zoomGroup, 'click', onZoomClick as EventListener],
    [foldButton, 'click', onFold],
    [detailButton, 'click', onDetail],
    [scroller, 'keydown', onTrackKey as EventListener],
    [scroller, 'scroll', onScroll],
    [markLayer, 'pointerover', onOver],
    [markLayer, 'pointerout', onOut],
    [markLayer, 'focusin', onOver],
    [markLayer, 'focusout', onFocusOut],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => layout());
  resizeObserver?.observe(scroller);
  applyDetail();
  zoomForDetail();
  measure();
  layout();
  // The selected event, or else the year, is revealed once the page has laid the axis out.
  const revealFirst = () => {
    const selection = store.getState().selection;
    if (selection?.kind === 'event') revealMark(markById.get(selection.id));
    else revealYear();
  };
  const revealOnFirstFrame =
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(revealFirst) : 0;
  // Labels are measured again once the page's fonts are in, as their widths change with them.
  void document.fonts?.ready.then(() => {
    if (!container.contains(scroller)) return;
    measure();
    layout();
  });
  const unsubscribe = store.subscribe((state, previous) => render(state, previous));
  render(store.getState(), null);
  return () => {
    unsubscribe();
    if (revealOnFirstFrame) cancelAnimationFrame(revealOnFirstFrame);
    resizeObserver?.disconnect();
    markRoving.dispose();
    laneRoving.dispose();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    controls.remove();
    scroller.remove();
    tooltip.remove();
  };
}
