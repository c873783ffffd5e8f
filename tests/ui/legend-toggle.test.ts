// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store.ts';
import { mountLegendToggle } from '../../src/ui/legend-toggle.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();

let dispose: (() => void) | undefined;

function mount() {
  const container = document.createElement('section');
  container.innerHTML =
    '<button type="button" aria-expanded="false">Key</button><div><p>Transit route</p></div>';
  const outside = document.createElement('button');
  document.body.append(container, outside);
  const store = createStore(index);
  dispose = mountLegendToggle(container, store);
  const toggle = container.querySelector('button') as HTMLButtonElement;
  return { container, toggle, outside, store };
}

afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.replaceChildren();
});

describe('mountLegendToggle', () => {
  it('closes when the view changes: a place opened, the route followed, Back to the overview', () => {
    const { toggle, store } = mount();
    for (const intent of [
      { type: 'select', selection: { kind: 'place', id: 'termez' } },
      { type: 'tour-go', tour: 'route', step: 1 },
      { type: 'select', selection: null, fly: true },
    ] as const) {
      toggle.click();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      store.dispatch(intent);
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('opens and closes the key with its button', () => {
    const { toggle } = mount();
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape, keeps the Escape from the page and gives focus back to the button', () => {
    const { container, toggle } = mount();
    let reachedPage = false;
    const onPage = () => {
      reachedPage = true;
    };
    document.addEventListener('keydown', onPage);
    toggle.click();
    container
      .querySelector('p')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', onPage);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(reachedPage).toBe(false);
    expect(document.activeElement).toBe(toggle);
  });

  it('lets Escape through to the page when the key is closed', () => {
    const { toggle } = mount();
    let reachedPage = false;
    const onPage = () => {
      reachedPage = true;
    };
    document.addEventListener('keydown', onPage);
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', onPage);
    expect(reachedPage).toBe(true);
  });

  it('closes on a press elsewhere, and dispose removes its listeners', () => {
    const { toggle, outside } = mount();
    toggle.click();
    outside.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    dispose?.();
    dispose = undefined;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
