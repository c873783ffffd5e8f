import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { buildBasemapFiles } from './scripts/build-basemap.ts';
import { buildLanguagePage, getPageFile, readContentTexts } from './scripts/pages.ts';
import { buildGeneratedFiles, PANEL_PLACEHOLDER, READING_PLACEHOLDER } from './scripts/prerender.ts';
import { validateProjectData } from './scripts/project-data.ts';
import {
  buildContentTextsModule,
  buildSearchAliasesModule,
  readGlossary,
} from './scripts/project-translations.ts';
import { LANGUAGES } from './src/i18n/locale.ts';
import { en } from './src/i18n/messages-en.ts';
import { DATA_FILES, SHIPPED_FILES } from './src/model/files.ts';
import { GLOSSARY_FILE } from './src/model/glossary.ts';
import type { Dataset } from './src/model/load.ts';
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

/**
 * Validates data/ and geo/ before every build (a bad file fails the build, naming file, path and rule),
 * and ships the files beside the page so it reads them at run time, with the basemap prepared from
 * them (scripts/build-basemap.ts). The dev server prepares the basemap the same way, on first request.
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
    },
    generateBundle: {
      // After Vite has written index.html, whose form is the other pages' template.
      order: 'post',
      handler() {
        if (dataset && template)
          for (const language of LANGUAGES.filter((l) => l !== 'en'))
            this.emitFile({
              type: 'asset',
              fileName: getPageFile(language),
              source: buildLanguagePage(
                template,
                language,
                dataset,
                readContentTexts(root, language),
                readGlossary(root).terms ?? [],
              ),
            });
        const files = getBasemap((message) => this.error(message));
        for (const path of Object.values(DATA_FILES)) {
          this.emitFile({ type: 'asset', fileName: path, source: readFileSync(resolve(root, path), 'utf8') });
        }
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
        if (!dataset) return;
        for (const [fileName, source] of Object.entries(buildGeneratedFiles(dataset)))
          this.emitFile({ type: 'asset', fileName, source });
      },
    },
    configureServer(server) {
      // An edited place or region file changes the basemap: prepare it again on the next request.
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(root, 'geo'))) basemap = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
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
        return buildLanguagePage(template, 'en', dataset, {}, readGlossary(root).terms ?? []);
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
      return dataset ? buildLanguagePage(html, 'en', dataset, {}, readGlossary(root).terms ?? []) : html;
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
 * `virtual:content-texts/<language>`: one language's translated texts, without fingerprints or notes,
 * imported only by that language's chunk.
 */
function atlasContentTexts(): Plugin {
  return {
    name: 'atlas-content-texts',
    resolveId: (id) => (id.startsWith(CONTENT_TEXTS) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${CONTENT_TEXTS}`)) return undefined;
      const language = id.slice(`\0${CONTENT_TEXTS}`.length);
      if (language !== 'uz' && language !== 'ru') this.error(`no translation file for "${language}"`);
      const { code, files, problems } = buildContentTextsModule(root, language);
      if (problems.length > 0) this.error(`translations failed:\n${problems.map(formatProblem).join('\n')}`);
      for (const file of files) this.addWatchFile(file);
      return code;
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
  server: { port: 5173 },
  preview: { port: 4173 },
});
