/**
 * Writes one view's page: a small document that reads without script (title, kind, description,
 * preview picture, text, links to the neighbouring views' pages) and carries what link previews read
 * (description, canonical link, Open Graph and Twitter card tags). With script, `view-page.js` opens
 * the atlas at the view. The language is a parameter: each language's pages live under its own folder.
 */
import { LANGUAGE_TABLE, type Language } from '../../src/i18n/languages.ts';
import type { Messages } from '../../src/i18n/messages-en.ts';
import { bindElementBuilder } from '../../src/ui/dom.ts';
import { CATALOGUES } from '../pages.ts';
import type { PageLink, ViewDescription } from './describe-view.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-svg.ts';

/** A language the pages are written in, as the atlas's own page in it is. */
export interface PageLanguage {
  language: Language;
  /** `<html lang>` and `hreflang`: `uz-Latn`. */
  code: string;
  /** Its folder, as its atlas page's: '' for English, `uz/`, `ru/`. */
  prefix: string;
  /** Open Graph's form of the locale: `uz_UZ`. */
  ogLocale: string;
  messages: Messages;
}

/** Every language the atlas has, English first, from its row in the language table. */
export const PAGE_LANGUAGES: readonly PageLanguage[] = LANGUAGE_TABLE.map((row) => ({
  language: row.id,
  code: row.tag,
  prefix: row.path,
  ogLocale: row.ogLocale,
  messages: CATALOGUES[row.id],
}));

/** Static files every view page uses, site-relative. */
export const VIEW_PAGE_SCRIPT = 'view-page.js';
export const VIEW_PAGE_STYLES = 'view-page.css';

/** The preview picture beside each page's `index.html`. */
export const PREVIEW_FILE = 'preview.png';

/** What writing pages needs beyond the data. */
export interface PageOptions {
  language: PageLanguage;
  /**
   * The site's public address, ending in `/` (`ATLAS_SITE_URL` at build). With it, canonical links,
   * `og:url`, `og:image`, the hreflang alternates and the sitemap are absolute as previews and
   * crawlers require; without it they are left out.
   */
  siteUrl: string | null;
}

/** Only the site's own origin; the page needs no more. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `target` (site-relative, or absolute) as seen from a page at `from` (site-relative directory). */
export function relativeTo(from: string, target: string): string {
  if (/^[a-z]+:/i.test(target)) return target;
  const depth = from.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${target}` || './';
}

/** The page's HTML. `path` is its site-relative directory without the language prefix. */
export function writeViewPage(
  doc: Document,
  view: ViewDescription,
  page: { path: string; hash: string },
  options: PageOptions,
): string {
  const { language } = options;
  const m = language.messages;
  const here = `${language.prefix}${page.path}`;
  const el = bindElementBuilder(doc);
  const title = `${view.title} — ${m.brand}`;
  const atlasRoot = relativeTo(here, language.prefix) || './';
  // Previews, crawlers and search engines take only absolute addresses: without the site's address
  // the page names none (no canonical, og:url, picture or alternates) rather than relative ones.
  const site = options.siteUrl;
  const absolute = (target: string) => (site ? new URL(target, site).href : '');
  const image = absolute(`${here}${PREVIEW_FILE}`);
  // The alt text ends the kicker with its own full stop; a date ending in "г." has one already.
  const imageAlt = m.pagePreviewAlt(view.title, view.kicker.replace(/\.$/, ''), view.placeIds.length);
  // The same view's page in every language; search engines take English where none fits.
  const alternates = site
    ? [...PAGE_LANGUAGES, { ...PAGE_LANGUAGES[0], code: 'x-default' } as PageLanguage].map((other) =>
        el('link', { rel: 'alternate', hreflang: other.code, href: absolute(`${other.prefix}${page.path}`) }),
      )
    : [];
  const english = PAGE_LANGUAGES.find((l) => l.language === 'en');
  // A translated page says it is one, and links the English page it translates.
  const translationNote =
    language.language !== 'en' && english
      ? el(
          'p',
          { className: 'translation-note' },
          `${m.translationNote} `,
          el(
            'a',
            { href: relativeTo(here, `${english.prefix}${page.path}`), hreflang: english.code },
            m.pageOriginal,
          ),
        )
      : null;
  const link = (l: PageLink) =>
    el(
      'li',
      {},
      l.before ? el('span', { className: 'date' }, l.before) : null,
      l.before ? ' ' : null,
      el(
        'a',
        /^[a-z]+:/i.test(l.href)
          ? { href: l.href, rel: 'noopener noreferrer' }
          : { href: relativeTo(here, `${language.prefix}${l.href}`) },
        l.text,
      ),
      l.after ?? null,
    );

  const html = doc.documentElement;
  html.setAttribute('lang', language.code);
  html.dataset.atlasRoot = atlasRoot;
  html.dataset.atlasLink = page.hash;
  const meta = (attributes: Record<string, string>) => el('meta', attributes);
  doc.head.replaceChildren(
    meta({ charset: 'utf-8' }),
    meta({ 'http-equiv': 'Content-Security-Policy', content: PAGE_POLICY }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('title', {}, title),
    meta({ name: 'description', content: view.description }),
    ...(site ? [el('link', { rel: 'canonical', href: absolute(here) })] : []),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:site_name', content: m.brand }),
    meta({ property: 'og:title', content: view.title }),
    meta({ property: 'og:description', content: view.description }),
    ...(site ? [meta({ property: 'og:url', content: absolute(here) })] : []),
    meta({ property: 'og:locale', content: language.ogLocale }),
    ...PAGE_LANGUAGES.filter((l) => l !== language).map((l) =>
      meta({ property: 'og:locale:alternate', content: l.ogLocale }),
    ),
    ...(site
      ? [
          meta({ property: 'og:image', content: image }),
          meta({ property: 'og:image:type', content: 'image/png' }),
          meta({ property: 'og:image:width', content: String(PREVIEW_WIDTH) }),
          meta({ property: 'og:image:height', content: String(PREVIEW_HEIGHT) }),
          meta({ property: 'og:image:alt', content: imageAlt }),
        ]
      : []),
    meta({ name: 'twitter:card', content: site ? 'summary_large_image' : 'summary' }),
    meta({ name: 'twitter:title', content: view.title }),
    meta({ name: 'twitter:description', content: view.description }),
    ...(site
      ? [
          meta({ name: 'twitter:image', content: image }),
          meta({ name: 'twitter:image:alt', content: imageAlt }),
        ]
      : []),
    ...alternates,
    el('link', { rel: 'icon', href: relativeTo(here, 'icons/icon-192.png'), type: 'image/png' }),
    el('link', { rel: 'stylesheet', href: relativeTo(here, VIEW_PAGE_STYLES) }),
    // A classic script in the head: the atlas opens before this page paints.
    el('script', { src: relativeTo(here, VIEW_PAGE_SCRIPT) }),
  );
  const blocks = view.blocks.map((block) =>
    block.type === 'paragraphs'
      ? el('div', {}, ...block.texts.map((t) => el('p', {}, t)))
      : el(
          'section',
          {},
          el('h2', {}, block.heading),
          el(block.ordered ? 'ol' : 'ul', {}, ...block.links.map(link)),
        ),
  );
  doc.body.replaceChildren(
    el(
      'main',
      { className: 'view-page' },
      el('p', { className: 'site' }, el('a', { href: atlasRoot }, m.brand)),
      el('p', { className: 'kicker' }, view.kicker),
      el('h1', {}, view.title),
      translationNote,
      el('p', { className: 'open' }, el('a', { href: `${atlasRoot}#${page.hash}` }, m.pageOpenInMap)),
      el('img', {
        src: PREVIEW_FILE,
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT,
        alt: imageAlt,
      }),
      ...blocks,
    ),
  );
  return `<!doctype html>\n${html.outerHTML}\n`;
}

/** Opens the atlas at the page's view; a link's own hash (a shared view with its year and camera) wins. */
export const VIEW_PAGE_SCRIPT_SOURCE = `(function () {
  var root = document.documentElement;
  var target = new URL(root.getAttribute('data-atlas-root') || './', location.href);
  target.search = location.search;
  target.hash = location.hash.length > 1 ? location.hash : '#' + root.getAttribute('data-atlas-link');
  location.replace(target.href);
})();
`;

export const VIEW_PAGE_STYLES_SOURCE = `:root { color-scheme: light; }
body { margin: 0; font: 1.05rem/1.55 "Noto Sans", system-ui, sans-serif; color: #1b1b1b; background: #fff; }
.view-page { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.site a { font-weight: 600; color: #1b1b1b; }
.kicker { color: #4a4a4a; margin: 1rem 0 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
img { display: block; max-width: 100%; height: auto; border: 1px solid #ccc; margin: 1rem 0; }
a { color: #8a3408; }
.date { color: #4a4a4a; }
.open a { font-weight: 600; }
.translation-note { font-size: 0.95rem; color: #4a4a4a; border-left: 3px solid #b8470b; padding-left: 0.75rem; }
`;
