// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureRoute } from '../../src/build/route.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import { loadFixtureDataset } from '../helpers.ts';

let disposers: (() => void)[] = [];

afterEach(() => {
  for (const dispose of disposers) dispose();
  disposers = [];
  document.body.replaceChildren();
});

function mount(): { container: HTMLElement; store: Store; announce: ReturnType<typeof vi.fn> } {
  const dataset = loadFixtureDataset();
  const index = buildIndex(dataset);
  const store = createStore(index);
  const container = document.createElement('aside');
  document.body.append(container);
  const announce = vi.fn();
  disposers.push(mountPanel(container, store, index, measureRoute(dataset), { goBack: vi.fn(), announce }));
  return { container, store, announce };
}

function focusFirst(container: HTMLElement, selector: string): HTMLElement {
  const target = container.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.focus();
  expect(document.activeElement).toBe(target);
  return target;
}

describe('keyboard focus across a year change', () => {
  it('stays on the same button of an event’s panel', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' }, fly: false });
    const button = focusFirst(container, 'button[data-action="select-place"]');
    const { action, value } = button.dataset;
    store.dispatch({ type: 'set-year', year: 1995 });
    const active = document.activeElement as HTMLElement | null;
    expect(active).not.toBe(document.body);
    expect(active?.isConnected).toBe(true);
    expect(active?.dataset.action).toBe(action);
    expect(active?.dataset.value).toBe(value);
  });

  it('stays in the overview’s year section when its list is replaced', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1994 });
    focusFirst(container, '.year-section button');
    store.dispatch({ type: 'set-year', year: 2002 });
    const active = document.activeElement as HTMLElement | null;
    expect(active).not.toBe(document.body);
    expect(active?.isConnected).toBe(true);
    expect(container.querySelector('.year-section')?.contains(active)).toBe(true);
  });
});
