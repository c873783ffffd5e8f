/**
 * "Back to the chapter" returns to the framing tour that offered it. A second framing tour (the story's
 * chapters under another link key) is added to the spec table, as a contributor would add one; opening
 * one of its step's links and going back must land on that tour, not on the story.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TOUR_IDS, TOURS, type TourId, type TourSpec } from '../../src/state/tours.ts';
import { loadFixtureIndex } from '../helpers.ts';

const CHAPTERS = 'chapters' as TourId;

beforeAll(() => {
  (TOUR_IDS as unknown as string[]).push(CHAPTERS);
  (TOURS as Record<string, TourSpec>)[CHAPTERS] = {
    ...TOURS.story,
    link: { key: 'part', names: 'id' },
    controls: { keys: { next: '.', prev: ',', play: 'k' }, goAction: 'chapters-go' },
  };
});

describe('back to the chapter', () => {
  it('goes back to the framing tour whose link the reader followed', async () => {
    const { createInitialState, reduce } = await import('../../src/state/store.ts');
    const index = loadFixtureIndex();
    let state = createInitialState(index);
    for (const intent of [
      { type: 'tour-go', tour: CHAPTERS, step: 1 },
      { type: 'select', selection: { kind: 'event', id: 'joins-parp' } },
    ] as const)
      state = reduce(index, state, intent);
    expect(state.storyReturn).toMatchObject({ step: 1, selection: { kind: 'event', id: 'joins-parp' } });
    const back = reduce(index, state, { type: 'story-return' });
    expect(back.tour).toMatchObject({ id: CHAPTERS, step: 1, stepId: 'planning' });
    expect(back.storyReturn).toBeNull();
  });
});
