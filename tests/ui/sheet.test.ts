// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { getDraggedSheetState, mountSheet, SHEET_DRAG_PX } from '../../src/ui/sheet.ts';

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
});
