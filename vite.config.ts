import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { validateProjectData } from './scripts/project-data.ts';
import { DATA_FILES } from './src/model/files.ts';
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
 * and ships the files beside the page so it reads them at run time.
 */
function atlasData(): Plugin {
  return {
    name: 'atlas-data',
    apply: 'build',
    buildStart() {
      const result = validateProjectData(root);
      if (!result.ok) this.error(`data check failed:\n${result.problems.map(formatProblem).join('\n')}`);
    },
    generateBundle() {
      for (const path of Object.values(DATA_FILES)) {
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(resolve(root, path), 'utf8') });
      }
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
          ...Object.values(DATA_FILES).map((href) => ({
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
