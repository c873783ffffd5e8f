// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { matchesThemes } from '../../src/model/themes.ts';
import { createStore } from '../../src/state/store.ts';
import { describeThemeFilter, mountThemeFilter } from '../../src/ui/theme-filter.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
let dispose: (() => void) | undefined;

function mount() {
  const container = document.createElement('div');
  container.innerHTML =
    '<button aria-expanded="false">Themes</button><div hidden><fieldset><legend>Show</legend></fieldset><p></p><button>Show all</button></div>';
  document.body.append(container);
  const store = createStore(index);
  const said: string[] = [];
  dispose = mountThemeFilter(container, store, index, (t) => said.push(t));
  const [toggle, panel] = [...container.children] as HTMLElement[];
  const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return { store, said, toggle: toggle as HTMLElement, panel: panel as HTMLElement, boxes };
}

afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.replaceChildren();
});

describe('describeThemeFilter', () => {
  it('counts the events shown against all of them', () => {
    const total = index.eventsByDate.length;
    const shown = index.eventsByDate.filter((e) => matchesThemes(e, ['framework'])).length;
    expect(describeThemeFilter(index, [])).toBe(`Showing all ${total} events`);
    expect(describeThemeFilter(index, ['framework'])).toBe(
      `Showing ${shown} of ${total} events: Framework for cooperation`,
    );
  });
});

describe('mountThemeFilter', () => {
  it('closes when the view changes, and stays open while its own boxes change the filter', () => {
    const { store, toggle, panel, boxes } = mount();
    toggle.click();
    boxes[0]?.click();
    expect(panel.hidden).toBe(false);
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' } });
    expect(panel.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    expect(panel.hidden).toBe(true);
  });

  it('opens, filters by several themes, announces, and shows the count on the button', () => {
    const { store, said, toggle, panel, boxes } = mount();
    toggle.click();
    expect(panel.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const count = index.eventsByDate.filter((e) => e.themes.includes('framework')).length;
    expect(boxes.find((b) => b.value === 'framework')?.parentElement?.textContent).toContain(`(${count})`);
    for (const id of ['framework', 'defence-reform']) {
      const box = boxes.find((b) => b.value === id);
      box?.click();
    }
    expect(store.getState().themes).toEqual(['defence-reform', 'framework']);
    expect(toggle.textContent).toBe('Themes (2)');
    expect(said.at(-1)).toBe(describeThemeFilter(index, ['defence-reform', 'framework']));
  });

  it('follows a restored link, clears with Show all, and closes on Escape', () => {
    const { store, toggle, panel, boxes } = mount();
    store.dispatch({ type: 'set-themes', themes: ['science-environment'] });
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).toEqual(['science-environment']);
    toggle.click();
    panel.querySelector<HTMLButtonElement>('button')?.click();
    expect(store.getState().themes).toEqual([]);
    expect(toggle.textContent).toBe('Themes');
    boxes[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });
});
