/**
 * A chapter of the guided story: where it is in the story, its period and text, the events and places
 * it is about (each opens with one click), and the way to the previous, next or any chapter, or out.
 */
import { renderEventList, renderPlaceButtons, updateLaterMarks } from './parts.ts';
import { compact, type PanelView } from './view.ts';

/** A period as people write it: one year, or the first and last joined by an en dash. */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

export const storyChapterView: PanelView = {
  name: 'story',
  match: (state) => state.tour.id === 'story' && state.tour.step !== null,
  subject: (state) => `chapter:${state.tour.step ?? ''}`,
  focusHeading: 'keyboard',
  render(ctx) {
    const { el, action, index, state } = ctx;
    const chapters = index.dataset.story;
    const step = state.tour.step ?? 0;
    const chapter = chapters[step];
    if (!chapter) return { nodes: [], announcement: '' };
    const events = chapter.eventIds.flatMap((id) => index.eventById.get(id) ?? []);
    const places = chapter.placeIds.flatMap((id) => index.placeById.get(id) ?? []);
    const period = formatPeriod(chapter.period);
    const navigation = (where: string) =>
      el(
        'div',
        { className: 'panel-nav story-nav', role: 'group', 'aria-label': `Chapters (${where})` },
        action('Previous chapter', 'story-go', String(step - 1), {
          className: 'nav-button',
          disabled: step === 0,
          'aria-keyshortcuts': '[',
        }),
        action('Next chapter', 'story-go', String(step + 1), {
          className: 'nav-button',
          disabled: step === chapters.length - 1,
          'aria-keyshortcuts': ']',
        }),
        action('Leave the story', 'tour-leave', '', {
          className: 'nav-button',
          'aria-keyshortcuts': 'Escape',
        }),
      );
    const nodes = compact([
      navigation('top'),
      el('p', { className: 'panel-kicker' }, `Chapter ${step + 1} of ${chapters.length} · ${period}`),
      el('h2', { tabindex: -1, className: 'panel-title', 'data-chapter-id': chapter.id }, chapter.title),
      ...chapter.text.map((paragraph) => el('p', { className: 'story-text' }, paragraph)),
      chapter.route
        ? el(
            'p',
            {},
            action('Follow the transit route from here', 'route-go', '0', { className: 'link-button' }),
          )
        : null,
      events.length > 0 ? el('h3', {}, 'Events in this chapter') : null,
      events.length > 0 ? renderEventList(ctx, events, `Events of “${chapter.title}”`) : null,
      places.length > 0 ? el('h3', {}, 'Places in this chapter') : null,
      places.length > 0 ? renderPlaceButtons(ctx, places, `Places of “${chapter.title}”`) : null,
      navigation('bottom'),
      el('h3', {}, 'All chapters'),
      el(
        'ol',
        { className: 'stop-list chapter-list', 'aria-label': 'Chapters of the story' },
        ...chapters.map((c, i) =>
          el(
            'li',
            {},
            action(c.title, 'story-go', String(i), {
              className: 'link-button',
              'aria-current': i === step ? 'step' : null,
            }),
            el('span', { className: 'muted' }, ` ${formatPeriod(c.period)}`),
          ),
        ),
      ),
      el('p', { className: 'muted' }, 'Keys: [ previous chapter, ] next chapter, Escape leaves the story.'),
    ]);
    return { nodes, announcement: `Chapter ${step + 1} of ${chapters.length}: ${chapter.title}, ${period}` };
  },
  update: updateLaterMarks,
};
