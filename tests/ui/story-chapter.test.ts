// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureRoute } from '../../src/build/route.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import { mountStoryControls } from '../../src/ui/story-controls.ts';
import { formatPeriod } from '../../src/ui/views/story-chapter.ts';
import { loadFixtureDataset } from '../helpers.ts';

interface Mounted {
  container: HTMLElement;
  read: HTMLButtonElement;
  store: Store;
  announce: ReturnType<typeof vi.fn>;
  dispose: () => void;
}

let mounted: Mounted | undefined;

function mount(): Mounted {
  const dataset = loadFixtureDataset();
  const index = buildIndex(dataset);
  const store = createStore(index);
  const container = document.createElement('aside');
  const read = document.createElement('button');
  document.body.append(read, container);
  const announce = vi.fn();
  const disposePanel = mountPanel(container, store, index, measureRoute(dataset), {
    goBack: vi.fn(),
    announce,
  });
  const disposeControls = mountStoryControls(read, store);
  mounted = {
    container,
    read,
    store,
    announce,
    dispose: () => {
      disposeControls();
      disposePanel();
    },
  };
  return mounted;
}

afterEach(() => {
  mounted?.dispose();
  mounted?.container.remove();
  mounted?.read.remove();
  mounted = undefined;
});

function click(container: HTMLElement, selector: string): void {
  const found = container.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  found.click();
}

const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('the story chapter view', () => {
  it('opens from the overview and shows the progress, title, period, text, events and places', () => {
    const { container, store } = mount();
    click(container, 'button[data-action="story-go"][data-value="0"]');
    expect(store.getState().tour).toMatchObject({ id: 'story', step: 0 });
    expect(container.dataset.view).toBe('story');
    expect(container.querySelector('.panel-kicker')?.textContent).toBe('Chapter 1 of 2 · 1994–1996');
    expect(container.querySelector('h2')?.textContent).toBe('Beginnings');
    expect(container.querySelector('.story-text')?.textContent).toMatch(/^In 1994 the country joins/);
    const events = [...container.querySelectorAll('.event-list [data-action="select-event"]')];
    expect(events.map((b) => (b as HTMLElement).dataset.value)).toEqual(['joins-pfp', 'security-agreement']);
    const places = [...container.querySelectorAll('.chip-list [data-action="select-place"]')];
    expect(places.map((b) => b.textContent)).toEqual(['Tashkent', 'Samarkand']);
  });

  it('steps with the buttons, offers the route where a chapter tells of it, and announces each chapter', () => {
    const { container, store, announce } = mount();
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    expect(
      container.querySelector('[data-action="story-go"][data-value="-1"]')?.hasAttribute('disabled'),
    ).toBe(true);
    expect(container.querySelector('[data-action="route-go"]')).toBeNull();
    click(container, '.story-nav [data-action="story-go"][data-value="1"]');
    expect(store.getState().tour.step).toBe(1);
    expect(announce).toHaveBeenLastCalledWith('Chapter 2 of 2: Planning, 2002');
    expect(
      container.querySelector('[data-action="story-go"][data-value="2"]')?.hasAttribute('disabled'),
    ).toBe(true);
    expect(container.querySelector('.chapter-list [aria-current="step"]')?.textContent).toBe('Planning');
    click(container, '[data-action="route-go"]');
    expect(store.getState().tour).toMatchObject({ id: 'route', step: 0 });
  });

  it('moves focus to the heading after a key, not after a click', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    click(container, '.story-nav [data-action="story-go"][data-value="1"]');
    expect(document.activeElement?.tagName).not.toBe('H2');
    press('[');
    expect(store.getState().tour.step).toBe(0);
    expect(document.activeElement?.textContent).toBe('Beginnings');
  });

  it('steps with ] and [ and leaves with Escape or the button, back to the overview', () => {
    const { container, store, read } = mount();
    read.click();
    expect(read.getAttribute('aria-pressed')).toBe('true');
    press(']');
    expect(store.getState().tour.stepId).toBe('planning');
    press('Escape');
    expect(store.getState().tour.id).toBeNull();
    expect(container.dataset.view).toBe('overview');
    expect(read.textContent).toBe('Read the story');
    read.click();
    click(container, '[data-action="tour-leave"]');
    expect(store.getState().tour.id).toBeNull();
  });

  it('the view a chapter’s link opens offers Back to the story, from the state alone', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'story', step: 1 });
    click(container, '.story-chapter.is-current [data-action="select-event"]');
    expect(container.dataset.view).toBe('event');
    click(container, '[data-action="story-return"]');
    expect(store.getState().tour).toMatchObject({ id: 'story', step: 1 });
    expect(container.dataset.view).toBe('story');
    // Opened from the overview, the same event offers no way back to the story.
    store.dispatch({ type: 'tour-leave' });
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(container.dataset.view).toBe('event');
    expect(container.querySelector('[data-action="story-return"]')).toBeNull();
  });

  it('writes periods as one year or a range', () => {
    expect(formatPeriod({ from: 2005, to: 2005 })).toBe('2005');
    expect(formatPeriod({ from: 2009, to: 2012 })).toBe('2009–2012');
  });
});

describe('the story when the window narrows past the wide layout', () => {
  it('switches from every chapter to one chapter at a time, quietly', () => {
    const listeners = new Set<() => void>();
    const query = { matches: true };
    const original = window.matchMedia;
    const originalObserver = globalThis.IntersectionObserver;
    window.matchMedia = ((text: string) => ({
      get matches() {
        return text.includes('min-width') ? query.matches : false;
      },
      media: text,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    })) as unknown as typeof window.matchMedia;
    globalThis.IntersectionObserver = class {
      observe() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    Element.prototype.scrollTo ??= () => {};
    try {
      const { container, store, announce } = mount();
      store.dispatch({ type: 'tour-go', tour: 'story', step: 1 });
      expect(container.querySelectorAll('.story-chapter')).toHaveLength(2);
      const announced = announce.mock.calls.length;
      query.matches = false;
      for (const listener of [...listeners]) listener();
      expect(container.querySelectorAll('.story-chapter')).toHaveLength(1);
      expect(container.querySelector('.story-chapter h2')?.textContent).toBe(
        container.querySelector('.story-chapter.is-current h2')?.textContent,
      );
      expect(announce.mock.calls.length).toBe(announced);
    } finally {
      window.matchMedia = original;
      globalThis.IntersectionObserver = originalObserver;
    }
  });
});
