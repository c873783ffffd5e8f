/**
 * The site's public address: the one setting (`ATLAS_SITE_URL`, e.g. `https://example.org/atlas/`)
 * every absolute address the build writes comes from — the pages' hreflang alternates and canonical
 * links, the view pages' `og:url` and `og:image`, and the sitemap. Crawlers and link previews reject
 * relative ones, so without the setting the build writes none of them (and no sitemap) and says so once.
 */

/** The build's one line when the address is not set. */
export const SITE_URL_MISSING =
  'ATLAS_SITE_URL is not set: the pages carry no hreflang, canonical, og:url or og:image addresses and no sitemap.xml is written (set it to the public address, e.g. https://example.org/atlas/).';

/**
 * The address in `env.ATLAS_SITE_URL`, ending in `/`, or null when it is unset or blank. An address
 * that is not absolute http(s) fails, naming the variable and the value.
 */
export function readSiteUrl(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.ATLAS_SITE_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.endsWith('/') ? value : `${value}/`);
  } catch {
    throw new Error(`ATLAS_SITE_URL is not an absolute address: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`ATLAS_SITE_URL must be an http(s) address: "${value}"`);
  return url.href;
}
