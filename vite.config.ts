import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildBasemapFiles } from './scripts/build-basemap.ts';
import { MAP_PICTURE_FILE, renderMapPictureSvg } from './scripts/map-picture.ts';
import {
  buildLanguagePage,
  buildLanguagePages,
  buildPseudoTexts,
  readContentTexts,
} from './scripts/pages.ts';
import { buildGeneratedFiles, PANEL_PLACEHOLDER, READING_PLACEHOLDER } from './scripts/prerender.ts';
import { readCountryShapes, validateProjectData } from './scripts/project-data.ts';
import {
  buildSearchAliasesModule,
  listContentTextsFiles,
  readGlossary,
} from './scripts/project-translations.ts';
import { readSiteUrl, SITE_URL_MISSING } from './scripts/site-url.ts';
import { type FileMaker, listViewPageFiles } from './scripts/view-pages/site-files.ts';
import { buildBundle, serializeBundle } from './src/build/build-bundle.ts';
import { DATA_FILES, SHIPPED_FILES } from './src/build/files.ts';
import { GLOSSARY_FILE } from './src/build/glossary.ts';
import type { Dataset } from './src/build/load.ts';
import { LANGUAGE_TABLE } from './src/i18n/languages.ts';
import { en } from './src/i18n/messages-en.ts';
import { pseudoLocalize } from './src/i18n/pseudo.ts';
import { BASEMAP_FILE } from './src/model/basemap.ts';
import { BUNDLE_FILE } from './src/model/bundle.ts';
import { buildIndex } from './src/model/indexes.ts';
import { formatProblem } from './src/model/problem.ts';

const root = import.meta.dirname;

/** Only the page's own origin; MapLibre needs blob workers and data/blob images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The site's public address, read once (scripts/site-url.ts): every absolute address comes from it. */
const SITE_URL = readSiteUrl();

/** Every file the build writes from the data beyond the data itself: downloads, outline, view pages. */
function listSiteFiles(dataset: Dataset): Map<string, FileMaker> {
  const files = new Map<string, FileMaker>(
    Object.entries(
      buildGeneratedFiles(dataset, {
        uz: readContentTexts(root, 'uz'),
        ru: readContentTexts(root, 'ru'),
      }),
    ).map(([path, text]) => [path, () => text]),
  );
  const views = listViewPageFiles(buildIndex(dataset), readCountryShapes('50m').shapes, SITE_URL, (l) =>
    readContentTexts(root, l),
  );
  for (const [path, make] of views) files.set(path, make);
  return files;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  xml: 'application/xml',
  js: 'text/javascript',
  css: 'text/css',
};

/**
 * Validates data/ and geo/ before every build (a bad file fails the build, naming file, path and rule),
 * and ships the page's data bundle (the validated dataset with the route and nearby places measured,
 * `src/build/build-bundle.ts`) beside the page, with the data files themselves and the basemap prepared
 * from them (scripts/build-basemap.ts). The dev server serves the bundle checked afresh on each load
 * and prepares the basemap on first request.
 */
function atlasData(): Plugin {
  let dataset: Dataset | undefined;
  let basemap: Map<string, string> | undefined;
  let serving = false;
  // index.html as Vite wrote it, before any language's texts: every language's page is made from it.
  let template: string | undefined;
  const getBasemap = (fail: (message: string) => never): Map<string, string> => {
    if (basemap) return basemap;
    const { files, problems } = buildBasemapFiles(root);
    if (problems.length > 0) fail(`basemap failed:\n${problems.map(formatProblem).join('\n')}`);
    basemap = files;
    return files;
  };
  return {
    name: 'atlas-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      basemap = undefined;
      // The dev server prepares the basemap on first request and leaves checking to `npm run check`.
      if (serving) return;
      const result = validateProjectData(root);
      if (!result.ok) this.error(`data check failed:\n${result.problems.map(formatProblem).join('\n')}`);
      dataset = result.dataset;
      getBasemap((message) => this.error(message));
      // Said once per build: what a build without the site's address leaves out.
      if (!SITE_URL) this.warn(SITE_URL_MISSING);
    },
    generateBundle: {
      // After Vite has written index.html, whose form is the other pages' template.
      order: 'post',
      async handler() {
        // Every translated language's page, from its row of the language table.
        if (dataset && template)
          for (const [fileName, source] of await buildLanguagePages(
            root,
            template,
            dataset,
            readGlossary(root).terms ?? [],
            LANGUAGE_TABLE,
            SITE_URL,
          ))
            this.emitFile({ type: 'asset', fileName, source });
        const files = getBasemap((message) => this.error(message));
        for (const path of Object.values(DATA_FILES)) {
          this.emitFile({ type: 'asset', fileName: path, source: readFileSync(resolve(root, path), 'utf8') });
        }
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
        if (!dataset) return;
        this.emitFile({
          type: 'asset',
          fileName: MAP_PICTURE_FILE,
          source: renderMapPictureSvg(JSON.parse(files.get(BASEMAP_FILE) ?? '{}'), dataset),
        });
        this.emitFile({
          type: 'asset',
          fileName: BUNDLE_FILE,
          source: serializeBundle(buildBundle(dataset, readCountryShapes('50m').shapes)),
        });
        for (const [fileName, make] of listContentTextsFiles(root)) {
          const { json, problems } = make();
          if (problems.length > 0)
            this.error(`translations failed:\n${problems.map(formatProblem).join('\n')}`);
          this.emitFile({ type: 'asset', fileName, source: json });
        }
        for (const [fileName, make] of listSiteFiles(dataset))
          this.emitFile({ type: 'asset', fileName, source: make() });
      },
    },
    configureServer(server) {
      // An edited place or region file changes the basemap: prepare it again on the next request.
      // Any edited data file changes the downloads and view pages.
      let siteFiles: Map<string, FileMaker> | undefined;
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(root, 'geo'))) basemap = undefined;
        if (file.startsWith(resolve(root, 'geo')) || file.startsWith(resolve(root, 'data')))
          siteFiles = undefined;
      });
      // Downloads, view pages, previews and the sitemap, made from the data as the build makes them.
      server.middlewares.use((request, response, next) => {
        let path: string;
        try {
          path = decodeURIComponent(request.url?.split(/[?#]/)[0] ?? '').replace(/^\//, '');
        } catch {
          return next();
        }
        if (path === '' || path.startsWith('basemap/') || path.startsWith('@') || path.startsWith('src/'))
          return next();
        if (path.endsWith('/')) path += 'index.html';
        if (!siteFiles) {
          const result = validateProjectData(root);
          // Broken data: the page itself reports the problems.
          if (!result.dataset) return next();
          siteFiles = listSiteFiles(result.dataset);
        }
        const make = siteFiles.get(path);
        if (!make) {
          // A view page's folder asked for without its slash: where the build's server would send it.
          if (siteFiles.has(`${path}/index.html`)) {
            response.statusCode = 301;
            response.setHeader('Location', `/${path}/`);
            return response.end();
          }
          return next();
        }
        response.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
        response.end(make());
      });
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        const makeTexts = listContentTextsFiles(root).get(path);
        if (makeTexts) {
          // Read afresh on each load, so an edited translation shows on reload.
          const { json, problems } = makeTexts();
          if (problems.length > 0)
            server.config.logger.error(`translations failed:\n${problems.map(formatProblem).join('\n')}`);
          response.setHeader('Content-Type', 'application/json');
          response.end(json);
          return;
        }
        if (path === BUNDLE_FILE) {
          // Checked on every load, as the build checks it: bad data fails with the same named errors,
          // in the terminal and, listed by the page, in the browser.
          const result = validateProjectData(root);
          response.setHeader('Content-Type', 'application/json');
          if (result.ok) {
            response.end(serializeBundle(buildBundle(result.dataset, readCountryShapes('50m').shapes)));
            return;
          }
          server.config.logger.error(`data check failed:\n${result.problems.map(formatProblem).join('\n')}`);
          response.end(JSON.stringify({ problems: result.problems }));
          return;
        }
        if (path === MAP_PICTURE_FILE) {
          const result = validateProjectData(root);
          const basemap = getBasemap((message) => {
            throw new Error(message);
          }).get(BASEMAP_FILE);
          if (!result.dataset || !basemap) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(renderMapPictureSvg(JSON.parse(basemap), result.dataset));
          return;
        }
        if (!path.startsWith('basemap/')) return next();
        const text = getBasemap((message) => {
          throw new Error(message);
        }).get(path);
        if (text === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(text);
      });
    },
    transformIndexHtml: {
      // After Vite's own processing, so the preloads keep the plain paths the page fetches.
      order: 'post',
      handler(html) {
        // The dev server writes the reading document itself (atlasReadingInDevelopment).
        if (serving) return html;
        if (!dataset) throw new Error('the data was not validated before the page was built');
        for (const placeholder of [PANEL_PLACEHOLDER, READING_PLACEHOLDER])
          if (!html.includes(placeholder)) throw new Error(`index.html lacks ${placeholder}`);
        // The head's additions go into the template itself, so every language's page has them.
        const head = [
          `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          ...SHIPPED_FILES.filter((file) => file.preload).map(
            ({ path: href }) => `<link rel="preload" href="${href}" as="fetch" crossorigin="" />`,
          ),
        ].join('\n    ');
        template = html.replace('<head>', `<head>\n    ${head}`);
        const glossary = readGlossary(root).terms ?? [];
        if (PSEUDO)
          return buildLanguagePage(template, 'en', dataset, buildPseudoTexts(dataset, glossary), glossary, {
            messages: pseudoLocalize(en),
            siteUrl: SITE_URL,
          });
        return buildLanguagePage(template, 'en', dataset, {}, glossary, { siteUrl: SITE_URL });
      },
    },
  };
}

/**
 * The development server writes the same reading document into the page, from the data as it is on
 * each load; with broken data the page is left for the atlas to report the problems itself.
 */
function atlasReadingInDevelopment(): Plugin {
  return {
    name: 'atlas-reading-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      const { dataset } = validateProjectData(root);
      return dataset
        ? buildLanguagePage(html, 'en', dataset, {}, readGlossary(root).terms ?? [], { siteUrl: SITE_URL })
        : html;
    },
  };
}

const SEARCH_ALIASES = 'virtual:search-aliases';

/**
 * `virtual:search-aliases`: the places' names in every translation (data/i18n/), for search on any
 * page. Only the names reach the page, not the rest of the translated texts.
 */
function atlasSearchAliases(): Plugin {
  const resolved = `\0${SEARCH_ALIASES}`;
  return {
    name: 'atlas-search-aliases',
    resolveId: (id) => (id === SEARCH_ALIASES ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const { code, files, problems } = buildSearchAliasesModule(root);
      if (problems.length > 0) this.error(`translations failed:\n${problems.map(formatProblem).join('\n')}`);
      for (const file of files) this.addWatchFile(file);
      return code;
    },
  };
}

/** A layout-check build: every text of the English page padded by 40 % (docs/translations.md). */
const PSEUDO = process.env.VITE_ATLAS_PSEUDO === '1';

const GLOSSARY = 'virtual:glossary';

/** `virtual:glossary`: the English glossary (data/glossary.json), for every page; translations come with each language's texts. */
function atlasGlossary(): Plugin {
  const resolved = `\0${GLOSSARY}`;
  return {
    name: 'atlas-glossary',
    resolveId: (id) => (id === GLOSSARY ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const { terms, problems } = readGlossary(root);
      if (problems.length > 0) this.error(`glossary failed:\n${problems.map(formatProblem).join('\n')}`);
      this.addWatchFile(resolve(root, GLOSSARY_FILE));
      return `export default ${JSON.stringify(terms ?? [])};\n`;
    },
  };
}

const CONTENT_TEXTS = 'virtual:content-texts/';

/**
 * `virtual:content-texts/pseudo`: the layout-check build's padded texts. The translated languages'
 * texts are data files (`data/texts-<language>.json`), fetched by their pages beside the bundle.
 */
function atlasContentTexts(): Plugin {
  return {
    name: 'atlas-content-texts',
    resolveId: (id) => (id.startsWith(CONTENT_TEXTS) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${CONTENT_TEXTS}`)) return undefined;
      const language = id.slice(`\0${CONTENT_TEXTS}`.length);
      if (language !== 'pseudo') this.error(`no content texts module for "${language}"`);
      const { dataset } = validateProjectData(root);
      if (!dataset) this.error('data check failed');
      return `export default ${JSON.stringify(buildPseudoTexts(dataset, readGlossary(root).terms ?? []))};\n`;
    },
  };
}

/**
 * Installable and readable offline: a Workbox service worker precaches everything the build wrote
 * (page, script, styles, fonts, data, basemap, downloads); a new version waits until the reader
 * chooses to reload.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    // From the English catalogue: one manifest serves the site, whose root page is the English one.
    name: en.appName,
    short_name: en.appShortName,
    description: en.appDescription,
    lang: en.lang,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#b8470b',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Whatever the build wrote, by kind rather than by name: new data or basemap files are kept too.
    // Browsers that run service workers read WOFF2, so the WOFF fallbacks stay out.
    globPatterns: ['**/*.{html,js,mjs,css,json,geojson,csv,svg,woff2,png,txt}'],
    // The view pages are kept, in every language, so a page's link opens its view offline too (each is
    // a few kB, and sw.js grows by ~5 kB gzip); their preview pictures are for link previews only.
    globIgnores: ['**/preview.png'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    navigateFallback: null,
  },
});

export default defineConfig({
  base: './',
  plugins: [
    atlasData(),
    atlasReadingInDevelopment(),
    atlasSearchAliases(),
    atlasContentTexts(),
    atlasGlossary(),
    offline,
  ],
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  // Every file is public. A sandboxed frame without `allow-same-origin` has an opaque origin (`null`)
  // and reads the page's own script, styles and data across origins: the servers let it.
  server: { port: 5173, cors: { origin: '*' } },
  preview: { port: 4173, cors: { origin: '*' } },
});
