// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store.ts';
import { getDraggedSheetState, mountSheet, SHEET_DRAG_PX } from '../../src/ui/sheet.ts';
import { loadFixtureIndex } from '../helpers.ts';

describe('the sheet', () => {
  it('is pulled up by a drag upwards and let down by a drag downwards; a short drag is a tap', () => {
    expect(getDraggedSheetState(-SHEET_DRAG_PX - 1)).toBe('full');
    expect(getDraggedSheetState(SHEET_DRAG_PX + 1)).toBe('peek');
    expect(getDraggedSheetState(3)).toBeNull();
  });

  it('toggles by its button, saying which way it goes, and undoes itself on dispose', () => {
    const app = document.createElement('div');
    const toggle = document.createElement('button');
    toggle.innerHTML = '<span class="sheet-toggle-text"></span>';
    app.append(toggle);
    const dispose = mountSheet(app, toggle);
    expect(app.dataset.sheet).toBe('peek');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(app.dataset.sheet).toBe('full');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show more of the map');
    toggle.click();
    expect(app.dataset.sheet).toBe('peek');
    dispose();
    expect(app.dataset.sheet).toBeUndefined();
    toggle.click();
    expect(app.dataset.sheet).toBeUndefined();
  });

  it('opens when the story starts playing, so the chapter being read is there to read', () => {
    const app = document.createElement('div');
    const toggle = document.createElement('button');
    app.append(toggle);
    const store = createStore(loadFixtureIndex());
    const dispose = mountSheet(app, toggle, store);
    expect(app.dataset.sheet).toBe('peek');
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    expect(app.dataset.sheet, 'the route is watched on the map').toBe('peek');
    store.dispatch({ type: 'tour-leave' });
    store.dispatch({ type: 'tour-play', tour: 'story', playing: true });
    expect(app.dataset.sheet).toBe('full');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // Let down by the reader while it plays, it stays down.
    toggle.click();
    store.dispatch({ type: 'tour-step', tour: 'story', delta: 1 });
    expect(app.dataset.sheet).toBe('peek');
    dispose();
  });
});
