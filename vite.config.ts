import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { buildBasemapFiles } from './scripts/build-basemap.ts';
import { validateProjectData } from './scripts/project-data.ts';
import { DATA_FILES, SHIPPED_FILES } from './src/model/files.ts';
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
  let basemap: Map<string, string> | undefined;
  let serving = false;
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
      getBasemap((message) => this.error(message));
    },
    generateBundle() {
      const files = getBasemap((message) => this.error(message));
      for (const path of Object.values(DATA_FILES)) {
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(resolve(root, path), 'utf8') });
      }
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
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
      handler() {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
          ...SHIPPED_FILES.filter((file) => file.preload).map(({ path: href }) => ({
            tag: 'link',
            attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [atlasData()],
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
