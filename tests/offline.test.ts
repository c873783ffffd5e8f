// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_MS, watchForUpdates } from '../src/offline.ts';

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

afterEach(() => {
  vi.useRealTimers();
  visibility = 'visible';
});

describe('watchForUpdates', () => {
  it('checks when the tab becomes visible again and once an hour while it is, until disposed', () => {
    vi.useFakeTimers();
    const update = vi.fn(() => Promise.resolve(undefined as never));
    const dispose = watchForUpdates({ update }, document);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(update).not.toHaveBeenCalled();
    // Hidden for an hour: nothing is fetched for a tab nobody looks at.
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).not.toHaveBeenCalled();
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(2);
    dispose();
    vi.advanceTimersByTime(UPDATE_CHECK_MS * 3);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('shrugs off a failed check (offline)', async () => {
    const update = vi.fn(() => Promise.reject(new Error('offline')));
    const dispose = watchForUpdates({ update }, document);
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(update).toHaveBeenCalledTimes(1);
    dispose();
  });
});
