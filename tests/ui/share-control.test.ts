// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store.ts';
import { mountShareControl } from '../../src/ui/share-control.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
let dispose: (() => void) | undefined;

afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function mount() {
  document.body.innerHTML = `<button id="t" aria-expanded="false">Share</button>
    <div id="p" hidden><input id="l" readonly><button id="c">Copy link</button><button id="n" hidden>Share…</button>
    <textarea id="e" readonly></textarea><button id="ce">Copy embed code</button><p id="s"></p></div>`;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const elements = {
    toggle: get<HTMLButtonElement>('t'),
    panel: get('p'),
    link: get<HTMLInputElement>('l'),
    copyLink: get<HTMLButtonElement>('c'),
    native: get<HTMLButtonElement>('n'),
    embed: get<HTMLTextAreaElement>('e'),
    copyEmbed: get<HTMLButtonElement>('ce'),
    status: get('s'),
  };
  const store = createStore(index);
  const place = index.dataset.places[0];
  store.dispatch({ type: 'select', selection: { kind: 'place', id: place?.id ?? '' } });
  dispose = mountShareControl(elements, store, index);
  return { elements, store, place };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Share control', () => {
  it('closes when the view changes (a search, Back, a tour, a timeline mark), not when a theme is picked', () => {
    const { elements, store } = mount();
    const triggers = [
      () => store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' } }),
      () => store.dispatch({ type: 'tour-go', tour: 'route', step: 1 }),
      () => store.dispatch({ type: 'dismiss' }),
    ];
    for (const trigger of triggers) {
      elements.toggle.click();
      store.dispatch({ type: 'set-themes', themes: store.getState().themes.length ? [] : ['framework'] });
      expect(elements.panel.hidden).toBe(false);
      trigger();
      expect(elements.panel.hidden).toBe(true);
      expect(elements.toggle.getAttribute('aria-expanded')).toBe('false');
    }
  });

  it('opens on the view’s page link and copies it with the Clipboard API', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { elements, place } = mount();
    elements.toggle.click();
    expect(elements.panel.hidden).toBe(false);
    expect(elements.toggle.getAttribute('aria-expanded')).toBe('true');
    expect(elements.link.value).toContain(`/place/${place?.id}/#place=${place?.id}`);
    expect(elements.embed.value).toMatch(/^<iframe src="[^"]*\?embed#place=/);
    elements.copyLink.click();
    await flush();
    expect(writeText).toHaveBeenCalledWith(elements.link.value);
    expect(elements.status.textContent).toBe('Link copied.');
    elements.copyEmbed.click();
    await flush();
    expect(writeText).toHaveBeenLastCalledWith(elements.embed.value);
  });

  it('without a clipboard it selects the text for the reader to copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const { elements } = mount();
    elements.toggle.click();
    elements.copyLink.click();
    await flush();
    expect(document.activeElement).toBe(elements.link);
    expect(elements.link.selectionStart).toBe(0);
    expect(elements.link.selectionEnd).toBe(elements.link.value.length);
    expect(elements.status.textContent).toMatch(/Ctrl\+C/);
  });

  it('offers the system share sheet only where there is one, and calls it with the link', async () => {
    const share = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, share });
    const { elements, place } = mount();
    expect(elements.native.hidden).toBe(false);
    elements.toggle.click();
    elements.native.click();
    await flush();
    expect(share).toHaveBeenCalledWith({
      title: `${place?.name} — Partnership Atlas`,
      url: elements.link.value,
    });
    dispose?.();
    vi.unstubAllGlobals();
    const again = mount();
    expect(again.elements.native.hidden).toBe(true);
  });

  it('Escape closes it and gives focus back to the button', () => {
    const { elements } = mount();
    elements.toggle.click();
    elements.link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(elements.panel.hidden).toBe(true);
    expect(document.activeElement).toBe(elements.toggle);
  });
});
