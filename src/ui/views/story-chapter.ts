/**
 * The guided story in the panel. Beside the map (a wide window) every chapter follows the one before
 * in the panel's scroll, under a sticky header with the progress and the buttons, and the chapter
 * crossing the reading line is the one in view (`story-scroll.ts`). Below the map (a phone) one
 * chapter shows at a time. Each chapter names its events and places (each opens with one click).
 */
import { getMessages } from '../../i18n/locale.ts';
import type { Chapter } from '../../model/dataset.ts';
import { TOURS } from '../../state/tours.ts';
import { isWideWindow, mountChapterScroller, WIDE_QUERY } from '../story-scroll.ts';
import { renderEventList, renderPlaceButtons, updateLaterMarks } from './parts.ts';
import { compact, type PanelView, type ViewContext } from './view.ts';

/** A period as people write it: one year, or the first and last joined by an en dash. */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

function describeProgress(ctx: ViewContext, step: number): string {
  const chapters = ctx.index.dataset.story;
  const chapter = chapters[step];
  return getMessages().chapterProgress(
    step + 1,
    chapters.length,
    chapter ? formatPeriod(chapter.period) : '',
  );
}

function describeChapter(ctx: ViewContext, step: number): string {
  const chapters = ctx.index.dataset.story;
  const chapter = chapters[step];
  if (!chapter) return '';
  return getMessages().chapterAnnouncement(
    step + 1,
    chapters.length,
    chapter.title,
    formatPeriod(chapter.period),
  );
}

function renderNavigation(
  { action, el, index }: ViewContext,
  step: number,
  where: 'top' | 'bottom',
): HTMLElement {
  const m = getMessages();
  const last = index.dataset.story.length - 1;
  return el(
    'div',
    { className: 'panel-nav story-nav', role: 'group', 'aria-label': m.chaptersGroup(where) },
    action(m.previousChapter, TOURS.story.controls.goAction, String(step - 1), {
      className: 'nav-button',
      disabled: step === 0,
      'aria-keyshortcuts': '[',
      'data-delta': '-1',
    }),
    action(m.nextChapter, TOURS.story.controls.goAction, String(step + 1), {
      className: 'nav-button',
      disabled: step === last,
      'aria-keyshortcuts': ']',
      'data-delta': '1',
    }),
    // Plays the chapters as a presentation at a reading pace; any other input pauses it.
    action(m.storyPlay, 'tour-play', '', {
      className: 'nav-button',
      'aria-keyshortcuts': 'K',
      'aria-pressed': 'false',
      'data-tour-play': '',
      title: m.storyPlayTitle,
    }),
    action(m.leaveStory, 'tour-leave', '', { className: 'nav-button', 'aria-keyshortcuts': 'Escape' }),
  );
}

/** One chapter: its heading, period, text, the route offer and its events and places. */
function renderChapter(ctx: ViewContext, chapter: Chapter, step: number, withPeriod: boolean): HTMLElement {
  const { el, action, index } = ctx;
  const m = getMessages();
  const current = step === ctx.state.tour.step;
  const events = chapter.eventIds.flatMap((id) => index.eventById.get(id) ?? []);
  const places = chapter.placeIds.flatMap((id) => index.placeById.get(id) ?? []);
  const headingId = `chapter-title-${chapter.id}`;
  return el(
    'section',
    {
      className: current ? 'story-chapter is-current' : 'story-chapter',
      'data-step': String(step),
      'aria-labelledby': headingId,
    },
    ...compact([
      withPeriod
        ? el('p', { className: 'chapter-period' }, m.chapterPeriod(step + 1, formatPeriod(chapter.period)))
        : null,
      el(
        'h2',
        { tabindex: -1, className: 'panel-title', id: headingId, 'data-chapter-id': chapter.id },
        chapter.title,
      ),
      ...chapter.text.map((paragraph) => el('p', { className: 'story-text' }, paragraph)),
      chapter.route
        ? el(
            'p',
            {},
            action(m.followRouteFromHere, TOURS.route.controls.goAction, '0', { className: 'link-button' }),
          )
        : null,
      events.length > 0 ? el('h3', {}, m.eventsInChapter) : null,
      events.length > 0 ? renderEventList(ctx, events, m.eventsOfChapter(chapter.title)) : null,
      places.length > 0 ? el('h3', {}, m.placesInChapter) : null,
      places.length > 0 ? renderPlaceButtons(ctx, places, m.placesOfChapter(chapter.title)) : null,
    ]),
  );
}

function renderChapterList(ctx: ViewContext, step: number): HTMLElement[] {
  const { el, action, index } = ctx;
  const m = getMessages();
  const { keys } = TOURS.story.controls;
  return [
    el('h3', {}, m.allChapters),
    el(
      'ol',
      { className: 'stop-list chapter-list', 'aria-label': m.chaptersOfStory },
      ...index.dataset.story.map((c, i) =>
        el(
          'li',
          {},
          action(c.title, TOURS.story.controls.goAction, String(i), {
            className: 'link-button',
            'aria-current': i === step ? 'step' : null,
          }),
          el('span', { className: 'muted' }, ` ${formatPeriod(c.period)}`),
        ),
      ),
    ),
    el('p', { className: 'muted' }, m.storyKeys(keys.prev, keys.next, keys.play.toUpperCase())),
  ];
}

/** Brings the progress, the buttons and the current marks to the state's chapter, rebuilding nothing. */
function markCurrentChapter(ctx: ViewContext, body: HTMLElement): void {
  const step = ctx.state.tour.step ?? 0;
  const last = ctx.index.dataset.story.length - 1;
  const kicker = body.querySelector('.panel-kicker');
  if (kicker) kicker.textContent = describeProgress(ctx, step);
  for (const button of body.querySelectorAll<HTMLButtonElement>('.story-nav [data-delta]')) {
    const target = step + Number(button.dataset.delta);
    button.dataset.value = String(target);
    button.disabled = target < 0 || target > last;
  }
  for (const section of body.querySelectorAll<HTMLElement>('.story-chapter'))
    section.classList.toggle('is-current', section.dataset.step === String(step));
  for (const button of body.querySelectorAll<HTMLElement>(
    `.chapter-list [data-action="${TOURS.story.controls.goAction}"]`,
  )) {
    if (button.dataset.value === String(step)) button.setAttribute('aria-current', 'step');
    else button.removeAttribute('aria-current');
  }
}

export const storyChapterView: PanelView = {
  name: 'story',
  match: (state) => state.tour.id === 'story' && state.tour.step !== null,
  subject: (state) => (state.tour.step === null ? '' : `chapter:${state.tour.step}`),
  focusHeading: 'keyboard',
  render(ctx) {
    const { el, index, state } = ctx;
    const chapters = index.dataset.story;
    const step = state.tour.step ?? 0;
    const chapter = chapters[step];
    if (!chapter) return { nodes: [], announcement: '' };
    const announcement = describeChapter(ctx, step);
    if (isWideWindow(ctx.doc)) {
      const nodes = [
        el(
          'div',
          { className: 'story-header' },
          renderNavigation(ctx, step, 'top'),
          el('p', { className: 'panel-kicker' }, describeProgress(ctx, step)),
        ),
        el('div', { className: 'story-chapters' }, ...chapters.map((c, i) => renderChapter(ctx, c, i, true))),
        ...renderChapterList(ctx, step),
      ];
      return { nodes, announcement };
    }
    const nodes = [
      renderNavigation(ctx, step, 'top'),
      el('p', { className: 'panel-kicker' }, describeProgress(ctx, step)),
      renderChapter(ctx, chapter, step, false),
      renderNavigation(ctx, step, 'bottom'),
      ...renderChapterList(ctx, step),
    ];
    return { nodes, announcement };
  },
  update(ctx, body) {
    updateLaterMarks(ctx, body);
  },
  live(ctx, body, container, host) {
    const win = ctx.doc.defaultView;
    const wide = win?.matchMedia?.(WIDE_QUERY);
    const scrolling = body.querySelector('.story-chapters') !== null;
    // Crossing the width where the panel moves beside or below the map changes the layout.
    const onWidth = () => host.refresh();
    wide?.addEventListener('change', onWidth);
    const scroller = scrolling
      ? mountChapterScroller(
          container,
          body.querySelector<HTMLElement>('.story-header'),
          [...body.querySelectorAll<HTMLElement>('.story-chapter')],
          ctx.state.tour.step ?? 0,
          host.dispatch,
        )
      : null;
    return {
      follow(next) {
        const step = next.state.tour.step;
        if (!scroller || step === null) return null;
        const moved = scroller.show(step);
        markCurrentChapter(next, body);
        return { moved, announcement: describeChapter(next, step) };
      },
      dispose() {
        wide?.removeEventListener('change', onWidth);
        scroller?.dispose();
      },
    };
  },
};
