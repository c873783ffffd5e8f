// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { showUpdateNotice } from '../../src/ui/update-notice.ts';

describe('showUpdateNotice', () => {
  it('tells the reader and reloads only on their word', () => {
    const reload = vi.fn();
    showUpdateNotice(document.body, reload);
    const notice = document.querySelector('.update-notice');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('new version');
    expect(reload).not.toHaveBeenCalled();
    const [reloadButton] = [...(notice?.querySelectorAll('button') ?? [])];
    reloadButton?.click();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadButton?.disabled).toBe(true);
    notice?.remove();
  });

  it('goes away on "Later" without reloading', () => {
    const reload = vi.fn();
    showUpdateNotice(document.body, reload);
    const later = [...document.querySelectorAll('.update-notice button')].find(
      (b) => b.textContent === 'Later',
    );
    (later as HTMLButtonElement | undefined)?.click();
    expect(document.querySelector('.update-notice')).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});
