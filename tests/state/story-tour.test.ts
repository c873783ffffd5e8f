import { describe, expect, it } from 'vitest';
import { SELECTION_KINDS } from '../../src/model/kinds.ts';
import { classifyChange } from '../../src/state/link-fields.ts';
import {
  type AtlasState,
  type Camera,
  createInitialState,
  type Intent,
  reduce,
} from '../../src/state/store.ts';
import { FRAME_MAX_ZOOM, isChapterLink } from '../../src/state/tour-moves.ts';
import { getTourFrame } from '../../src/state/tours.ts';
import { parseHash, serializeHash } from '../../src/state/url-hash.ts';
import { toRestorable } from '../../src/state/url-sync.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const initial = createInitialState(index);
const DEFAULT_YEAR = index.yearRange.max;
const READER_CAMERA: Camera = { center: [69.1, 41.3], zoom: 7.5, bearing: 0, pitch: 0 };

function run(state: AtlasState, ...intents: Intent[]): AtlasState {
  return intents.reduce((s, intent) => reduce(index, s, intent), state);
}

/** A reader looking at Termez in 1996 with the camera moved. */
const reading = run(
  initial,
  { type: 'select', selection: { kind: 'place', id: 'termez' }, fly: false },
  { type: 'set-year', year: 1996 },
  { type: 'camera-moved', camera: READER_CAMERA },
);

describe('the story tour', () => {
  it('enters at a chapter: selects nothing, sets the year to its end and fits its places', () => {
    const state = run(reading, { type: 'tour-go', tour: 'story', step: 1 });
    expect(state.tour).toMatchObject({ id: 'story', step: 1, stepId: 'planning' });
    expect(state.selection).toBeNull();
    expect(state.year).toBe(2002);
    expect(state.cameraRequest).toEqual({
      seq: 1,
      kind: 'fit',
      bounds: [
        [67.2783, 34.5281],
        [69.1723, 37.2242],
      ],
      maxZoom: FRAME_MAX_ZOOM,
      // The chapter counts as reached when this move comes to rest.
      arrival: { tour: 'story', step: 1 },
    });
    expect(state.tour.arrived).toBe(false);
    expect(getTourFrame(index, state.tour)).toMatchObject({
      placeIds: ['termez', 'kabul'],
      eventIds: ['joins-parp'],
      period: { from: 2002, to: 2002 },
    });
  });

  it('steps between chapters and stops at either end', () => {
    const first = run(reading, { type: 'tour-step', tour: 'story', delta: 1 });
    expect(first.tour.stepId).toBe('beginnings');
    expect(first.year).toBe(1996);
    const second = run(first, { type: 'tour-step', tour: 'story', delta: 1 });
    expect(second.tour.stepId).toBe('planning');
    expect(run(second, { type: 'tour-step', tour: 'story', delta: 1 }).tour.stepId).toBe('planning');
    expect(run(second, { type: 'tour-step', tour: 'story', delta: -1 }).tour.stepId).toBe('beginnings');
  });

  it('gives back the selection, year and camera of before the story when left', () => {
    const inStory = run(
      reading,
      { type: 'tour-go', tour: 'story', step: 0 },
      { type: 'tour-step', tour: 'story', delta: 1 },
    );
    for (const leave of [{ type: 'tour-leave' }, { type: 'dismiss' }] as const) {
      const left = run(inStory, leave);
      expect(left.tour.id).toBeNull();
      expect(left.tourReturn).toBeNull();
      expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
      expect(left.year).toBe(1996);
      expect(left.cameraRequest).toMatchObject({ kind: 'view', camera: READER_CAMERA });
    }
  });

  it('opening an event from a chapter leaves the story without going back', () => {
    const inStory = run(reading, { type: 'tour-go', tour: 'story', step: 1 });
    const opened = run(inStory, { type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(opened.tour.id).toBeNull();
    expect(opened.selection).toEqual({ kind: 'event', id: 'joins-parp' });
    expect(opened.year).toBe(2002);
  });

  it('restores a chapter from a link, and a link without one leaves the story', () => {
    const link = parseHash('#chapter=planning');
    expect(link.chapter).toBe('planning');
    const opened = run(initial, { type: 'restore', state: link });
    expect(opened.tour).toMatchObject({ id: 'story', step: 1, stepId: 'planning' });
    expect(opened.year).toBe(2002);
    expect(opened.cameraRequest?.kind).toBe('fit');
    const back = run(opened, { type: 'restore', state: parseHash('#year=1996') });
    expect(back.tour.id).toBeNull();
    expect(back.year).toBe(1996);
    expect(run(initial, { type: 'restore', state: parseHash('#chapter=atlantis') }).tour.id).toBeNull();
  });

  it('round-trips a chapter through the link', () => {
    const state = run(initial, { type: 'tour-go', tour: 'story', step: 0 });
    const hash = serializeHash(toRestorable(state), DEFAULT_YEAR);
    expect(hash).toContain('chapter=beginnings');
    const restored = run(initial, { type: 'restore', state: parseHash(hash) });
    expect(toRestorable(restored)).toEqual(toRestorable(state));
  });
  it('entering the story by Forward keeps the view the reader had, so Leave returns there', () => {
    const readingLink = toRestorable(reading);
    const inStory = run(reading, { type: 'tour-go', tour: 'story', step: 1 });
    const storyLink = toRestorable(inStory);
    // Back out of the story to the place, then Forward into it again.
    const back = run(inStory, { type: 'restore', state: readingLink });
    expect(back.selection).toEqual({ kind: 'place', id: 'termez' });
    const forward = run(back, { type: 'restore', state: storyLink });
    expect(forward.tour.stepId).toBe('planning');
    expect(forward.tourReturn?.selection).toEqual({ kind: 'place', id: 'termez' });
    const left = run(forward, { type: 'tour-leave' });
    expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
    expect(left.year).toBe(1996);
  });
  it('scrolling on from a chapter only passed through joins its history entry; a chapter read pushes', () => {
    const first = run(initial, { type: 'tour-go', tour: 'story', step: 0 });
    const passed = run(first, { type: 'tour-go', tour: 'story', step: 1, passing: true });
    expect(passed.tour.passing).toBe(true);
    expect(classifyChange(passed, first)?.mode).toBe('merge');
    const read = run(first, { type: 'tour-go', tour: 'story', step: 1 });
    expect(read.tour.passing).toBe(false);
    expect(classifyChange(read, first)?.mode).toBe('push');
    // A later change that is not a step (the reader moves the year) pushes as before.
    expect(classifyChange(run(passed, { type: 'set-year', year: 1995 }), passed)?.mode).toBe('push');
  });
});

describe('back to the story', () => {
  const inStory = run(reading, { type: 'tour-go', tour: 'story', step: 1 });
  const opened = run(inStory, { type: 'select', selection: { kind: 'event', id: 'joins-parp' } });

  it('a chapter’s link offers the way back to that chapter, which keeps the view to give back', () => {
    expect(opened.storyReturn).toMatchObject({ step: 1, selection: { kind: 'event', id: 'joins-parp' } });
    const back = run(opened, { type: 'story-return' });
    expect(back.tour).toMatchObject({ id: 'story', step: 1, stepId: 'planning' });
    expect(back.storyReturn).toBeNull();
    const left = run(back, { type: 'tour-leave' });
    expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
    expect(left.year).toBe(1996);
  });

  it('places and programmes of the chapter offer it too, other places do not', () => {
    const place = run(inStory, { type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(place.storyReturn?.step).toBe(1);
    const programme = run(inStory, { type: 'select', selection: { kind: 'programme', id: 'parp' } });
    expect(programme.storyReturn?.step).toBe(1);
    const elsewhere = run(inStory, { type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(elsewhere.storyReturn).toBeNull();
    expect(
      run(initial, { type: 'select', selection: { kind: 'place', id: 'kabul' } }).storyReturn,
    ).toBeNull();
  });

  it('ends once the reader goes elsewhere, presses Escape or leaves by history', () => {
    const other = run(opened, { type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(other.storyReturn).toBeNull();
    expect(run(opened, { type: 'dismiss' }).storyReturn).toBeNull();
    expect(run(opened, { type: 'restore', state: parseHash('#year=1996') }).storyReturn).toBeNull();
    expect(run(opened, { type: 'set-year', year: 1999 }).storyReturn).not.toBeNull();
    expect(run(other, { type: 'story-return' })).toBe(other);
  });

  it('Back from the link to the chapter still gives back the view of before the story', () => {
    const back = run(opened, { type: 'restore', state: toRestorable(inStory) });
    expect(back.tour.stepId).toBe('planning');
    const left = run(back, { type: 'tour-leave' });
    expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
  });
});

describe('Back from a chapter to a route stop', () => {
  it('forgets the story’s view to give back, so leaving the route later stays where the reader is', () => {
    const ROUTE_CAMERA: Camera = { center: [66.9, 39.6], zoom: 7.5, bearing: 20, pitch: 30 };
    const NEXT_CAMERA: Camera = { center: [67.3, 37.2], zoom: 7.5, bearing: 10, pitch: 30 };
    const onRoute = run(
      reading,
      { type: 'tour-go', tour: 'route', step: 1 },
      { type: 'camera-moved', camera: ROUTE_CAMERA },
    );
    const inStory = run(onRoute, { type: 'tour-go', tour: 'story', step: 0 });
    expect(inStory.tourReturn?.camera).toEqual(ROUTE_CAMERA);
    const back = run(inStory, { type: 'restore', state: toRestorable(onRoute) });
    expect(back.tour).toMatchObject({ id: 'route', step: 1 });
    expect(back.tourReturn).toBeNull();
    const moved = run(
      back,
      { type: 'tour-step', tour: 'route', delta: 1 },
      { type: 'camera-moved', camera: NEXT_CAMERA },
      { type: 'set-year', year: 1996 },
    );
    const left = run(moved, { type: 'tour-leave' });
    expect(left.tour.id).toBeNull();
    expect(left.year).toBe(1996);
    const asked = left.cameraRequest === moved.cameraRequest ? null : left.cameraRequest;
    expect(asked?.kind === 'view' ? asked.camera : null).not.toEqual(ROUTE_CAMERA);
  });
});

describe('chapter links come from the kind table', () => {
  it('counts a chapter’s places, its events and the programmes of its events, and nothing else', () => {
    const inChapter = run(initial, { type: 'tour-go', tour: 'story', step: 1 });
    const frame = getTourFrame(index, inChapter.tour);
    if (!frame) throw new Error('the chapter frames nothing');
    for (const kind of SELECTION_KINDS) {
      const linked = kind === 'place' ? frame.placeIds : kind === 'event' ? frame.eventIds : ['parp'];
      for (const id of linked) expect(isChapterLink(index, inChapter, { kind, id })).toBe(true);
    }
    expect(isChapterLink(index, inChapter, { kind: 'place', id: 'samarkand' })).toBe(false);
    expect(isChapterLink(index, inChapter, { kind: 'programme', id: 'pfp' })).toBe(false);
    expect(isChapterLink(index, initial, { kind: 'place', id: 'termez' })).toBe(false);
  });
});
