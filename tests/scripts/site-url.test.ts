import { describe, expect, it } from 'vitest';
import { readSiteUrl, SITE_URL_MISSING } from '../../scripts/site-url.ts';

describe('readSiteUrl', () => {
  it('reads the address, ending it in a slash', () => {
    expect(readSiteUrl({ ATLAS_SITE_URL: ' https://example.org/atlas ' })).toBe('https://example.org/atlas/');
    expect(readSiteUrl({ ATLAS_SITE_URL: 'http://example.org/' })).toBe('http://example.org/');
  });

  it('is null when the setting is missing or blank', () => {
    expect(readSiteUrl({})).toBeNull();
    expect(readSiteUrl({ ATLAS_SITE_URL: '  ' })).toBeNull();
  });

  it('refuses a relative or non-web address, naming the setting and the value', () => {
    expect(() => readSiteUrl({ ATLAS_SITE_URL: './atlas/' })).toThrow(
      'ATLAS_SITE_URL is not an absolute address: "./atlas/"',
    );
    expect(() => readSiteUrl({ ATLAS_SITE_URL: 'ftp://example.org/' })).toThrow(
      'ATLAS_SITE_URL must be an http(s) address',
    );
  });

  it('names what a build without it leaves out', () => {
    for (const word of ['ATLAS_SITE_URL', 'hreflang', 'canonical', 'og:url', 'og:image', 'sitemap.xml'])
      expect(SITE_URL_MISSING).toContain(word);
  });
});
