// @vitest-environment jsdom
/**
 * A tour is one spec and one view: a throwaway "programmes" tour, added here to the spec table and
 * the tour views and nowhere else, gets its link field, its reducer moves, its panel action, its keys
 * and its player from them. Everything else is imported only after the tour is added, as it would be
 * had the entry been written in `tours.ts`.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOUR_IDS, TOURS, type TourId, type TourSpec } from '../../src/state/tours.ts';

const PROGRAMMES = 'programmes' as TourId;

const programmesTour: TourSpec = {
  link: { key: 'programmes', names: 'id' },
  camera: { follow: 'fit', maxZoom: 5 },
  reached: 'camera',
  controls: { keys: { next: '.', prev: ',', play: 'k' }, goAction: 'programmes-go' },
  countSteps: (index) => index.dataset.programmes.length,
  selectionAt: (index, step) => {
    const programme = index.dataset.programmes[step];
    return programme ? { kind: 'programme', id: programme.id } : null;
  },
  stepId: (index, step) => index.dataset.programmes[step]?.id ?? null,
  stepText: (index, step) => {
    const programme = index.dataset.programmes[step];
    return programme ? `${programme.name}. ${programme.summary}` : '';
  },
};

beforeAll(async () => {
  (TOUR_IDS as unknown as string[]).push(PROGRAMMES);
  (TOURS as Record<string, TourSpec>)[PROGRAMMES] = programmesTour;
  const { TOUR_VIEWS } = await import('../../src/ui/views/choose-view.ts');
  (TOUR_VIEWS as unknown as unknown[]).unshift({
    name: 'programmes-tour',
    match: (state: { tour: { id: string | null } }) => state.tour.id === PROGRAMMES,
    subject: (state: { tour: { step: number | null } }) => `programme-step:${state.tour.step}`,
    render(ctx: import('../../src/ui/views/view.ts').ViewContext) {
      const step = ctx.state.tour.step ?? 0;
      const programme = ctx.index.dataset.programmes[step];
      return {
        nodes: [
          ctx.el('h2', { className: 'panel-title', tabindex: -1 }, programme?.name ?? ''),
          ctx.action('Next programme', 'programmes-go', String(step + 1)),
        ],
        announcement: programme?.name ?? '',
      };
    },
  });
});

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.reverse()) dispose();
  disposers = [];
  document.body.replaceChildren();
  vi.useRealTimers();
});

async function setUp() {
  const { buildIndex } = await import('../../src/model/indexes.ts');
  const { measureRoute } = await import('../../src/build/route.ts');
  const { createStore } = await import('../../src/state/store.ts');
  const { loadFixtureDataset } = await import('../helpers.ts');
  const dataset = loadFixtureDataset();
  const index = buildIndex(dataset);
  return { dataset, index, route: measureRoute(dataset), store: createStore(index) };
}

describe('a tour made of one spec entry and one view', () => {
  it('goes to a step: selects what the spec says and fits its places, waiting for the camera', async () => {
    const { store } = await setUp();
    store.dispatch({ type: 'tour-go', tour: PROGRAMMES, step: 1 });
    const state = store.getState();
    expect(state.tour).toMatchObject({ id: PROGRAMMES, step: 1, stepId: 'parp', arrived: false });
    expect(state.selection).toEqual({ kind: 'programme', id: 'parp' });
    expect(state.cameraRequest).toMatchObject({
      kind: 'fit',
      maxZoom: 5,
      arrival: { tour: PROGRAMMES, step: 1 },
    });
    store.dispatch({ type: 'tour-arrived', step: 1 });
    expect(store.getState().tour.arrived).toBe(true);
  });

  it('has a link field under its key that writes, reads and restores the step', async () => {
    const { store, index } = await setUp();
    const { toRestorable } = await import('../../src/state/url-sync.ts');
    const { parseHash, serializeHash } = await import('../../src/state/url-hash.ts');
    store.dispatch({ type: 'tour-go', tour: PROGRAMMES, step: 1 });
    const hash = serializeHash(toRestorable(store.getState()), index.yearRange.max);
    expect(hash).toMatch(/(^#|&)programmes=parp(&|$)/);
    const fresh = (await setUp()).store;
    fresh.dispatch({ type: 'restore', state: parseHash(hash) });
    expect(fresh.getState().tour).toMatchObject({ id: PROGRAMMES, step: 1 });
  });

  it('shows its view in the panel, whose step button goes to the next step', async () => {
    const { store, index, route } = await setUp();
    const { mountPanel } = await import('../../src/ui/panel.ts');
    const container = document.createElement('aside');
    document.body.append(container);
    disposers.push(mountPanel(container, store, index, route, { goBack: () => {}, announce: () => {} }));
    store.dispatch({ type: 'tour-go', tour: PROGRAMMES, step: 0 });
    expect(container.dataset.view).toBe('programmes-tour');
    expect(container.querySelector('h2')?.textContent).toBe('Partnership for Peace');
    container.querySelector<HTMLButtonElement>('[data-action="programmes-go"]')?.click();
    expect(store.getState().tour).toMatchObject({ id: PROGRAMMES, step: 1 });
  });

  it('answers its own keys while it is followed', async () => {
    const { store } = await setUp();
    const { mountTourKeys } = await import('../../src/ui/tour-keys.ts');
    disposers.push(mountTourKeys(document, store, PROGRAMMES));
    const press = (key: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press('.');
    expect(store.getState().tour.id).toBeNull();
    store.dispatch({ type: 'tour-go', tour: PROGRAMMES, step: 0 });
    press('.');
    expect(store.getState().tour.step).toBe(1);
    press(',');
    expect(store.getState().tour.step).toBe(0);
    press('Escape');
    expect(store.getState().tour.id).toBeNull();
  });

  it('plays at the reading pace of each step’s text', async () => {
    const { store, index } = await setUp();
    const { mountTourPlayer } = await import('../../src/state/players.ts');
    const { getStepDwellMs } = await import('../../src/state/tours.ts');
    vi.useFakeTimers();
    disposers.push(mountTourPlayer(store, index, { arriveAtOnce: () => true }));
    store.dispatch({ type: 'tour-play', tour: PROGRAMMES, playing: true });
    expect(store.getState().tour).toMatchObject({ id: PROGRAMMES, step: 0, playing: true, arrived: true });
    vi.advanceTimersByTime(getStepDwellMs(index, PROGRAMMES, 0, 1) - 1);
    expect(store.getState().tour.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().tour.step).toBe(1);
  });
});
