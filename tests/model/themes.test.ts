import { describe, expect, it } from 'vitest';
import { isSameThemes, isThemeId, matchesThemes, normalizeThemes } from '../../src/model/themes.ts';

describe('theme filter helpers', () => {
  it('knows the theme ids', () => {
    expect(isThemeId('framework')).toBe(true);
    expect(isThemeId('Framework for cooperation')).toBe(false);
  });

  it('normalizes to known ids, once each, in the page’s order', () => {
    expect(
      normalizeThemes(['public-information', 'x', 'security-cooperation', 'public-information']),
    ).toEqual(['security-cooperation', 'public-information']);
    expect(normalizeThemes([''])).toEqual([]);
  });

  it('matches every event when no theme is chosen, else those sharing a chosen theme', () => {
    const event = { themes: ['framework', 'science-environment'] };
    expect(matchesThemes(event, [])).toBe(true);
    expect(matchesThemes(event, ['science-environment'])).toBe(true);
    expect(matchesThemes(event, ['security-cooperation', 'framework'])).toBe(true);
    expect(matchesThemes(event, ['security-cooperation'])).toBe(false);
  });

  it('compares lists by order and content', () => {
    expect(isSameThemes(['framework'], ['framework'])).toBe(true);
    expect(isSameThemes([], ['framework'])).toBe(false);
    expect(isSameThemes(['framework', 'defence-reform'], ['defence-reform', 'framework'])).toBe(false);
  });
});
