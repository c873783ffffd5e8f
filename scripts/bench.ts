/**
 * `npm run bench`: how the atlas performs against bare MapLibre, measured in one run on this machine.
 *
 * Builds the site (skip with --no-build) and two baselines from the project's own places — a *floor*
 * page (background and labelled points) and a *naive* page (the floor plus the whole world-atlas 1:50m
 * imported into the bundle) — then drives system Chromium through Playwright: first idle over
 * interleaved cold loads, the script cost of four interactions (also with the data multiplied 10× and
 * 100×), frame intervals and long tasks during the route journey and a plain flyTo, the bytes
 * shipped, and a long-lived tab (2,000 mixed interactions: heap, listeners and DOM nodes from the end
 * of a 200-interaction warm-up). Software WebGL on a small shared machine is slow and noisy, so read the ratios within one
 * run, not the absolute numbers. It only reports: it exits non-zero on a real failure, never on a
 * timing.
 *
 * Options: --no-build, --runs=N (cold loads per page, at least 5), --iterations=N (per interaction, at
 * least 20), --smoke (one cold load per page, three iterations, no scaled data, no journey or flight:
 * only proves the bench still drives the page and prints its BENCH line; `npm test` runs it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { DATA_FILES } from '../src/build/files.ts';
import { type Dataset, loadDataset } from '../src/build/load.ts';
import { FOLLOW_ZOOM } from '../src/map/route-camera.ts';
import { formatProblem } from '../src/model/problem.ts';
import {
  coldLoad,
  type InteractionSamples,
  type JourneyResult,
  launchBrowser,
  measureFly,
  measureInteractions,
  measureRouteJourney,
  type OpenedPage,
  openPage,
  type Recording,
  type StartStages,
  waitForFirstIdle,
} from './bench/browser.ts';
import { measurePageScripts, type PageScripts } from './bench/page-scripts.ts';
import { BASELINES, type BaselineName, buildBaselinePages } from './bench/pages.ts';
import { type ScaleCounts, writeScaledSite } from './bench/scale.ts';
import { type StaticServer, serveStatic } from './bench/server.ts';
import { measureSizes, type SizeKind, type SizeReport } from './bench/sizes.ts';
import { runSoak, type SoakResult, summarizeSoak } from './bench/soak.ts';
import { intervals, median, round, type Summary, summarize } from './bench/stats.ts';
import { readDataFiles } from './project-data.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results');
const PAGES_OUT = join(RESULTS, 'pages');

const MIN_RUNS = 5;
const MIN_ITERATIONS = 20;
const SCALES = [10, 100] as const;
/** The fastest speed the route bar offers, to keep the journey short. */
const JOURNEY_SPEED = 4;
/** The zoom and pitch the route journey follows at (closest in, north-up and flat): both flights use them. */
const FLY_ZOOM = FOLLOW_ZOOM;
const FLY_PITCH = 0;

/** Command-line options. */
export interface BenchOptions {
  build: boolean;
  runs: number;
  iterations: number;
  /** A short run that checks the bench works; its numbers mean nothing. */
  smoke: boolean;
  /** Run the long-lived tab (`--no-soak` leaves it out: it is the longest part by far). */
  soak: boolean;
}

const SMOKE_ITERATIONS = 3;
/** The long-lived tab: interactions in all, and the warm-up its growth is measured from. */
const SOAK = { warmup: 200, total: 2000, every: 200 };
/** The smoke run's soak only proves the soak drives the page. */
const SMOKE_SOAK = { warmup: 4, total: 8, every: 4 };
/** A smoke run waits this long at most for the map after each interaction. */
const SMOKE_SETTLE_MS = 400;
/** Keys a smoke run must fill: the ones its short run measures. */
const SMOKE_KEYS = [
  'idleMs',
  'floorIdleMs',
  'naiveIdleMs',
  'clickMedianMs',
  'eventMedianMs',
  'yearMedianMs',
  'routeStepMedianMs',
  'totalGzipKB',
  'soakHeapGrowth',
];

/** Parses the command line; unknown options are an error rather than silently ignored. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    build: true,
    runs: MIN_RUNS,
    iterations: MIN_ITERATIONS,
    smoke: false,
    soak: true,
  };
  for (const arg of argv) {
    const [name, value] = arg.split('=', 2);
    if (name === '--no-build') options.build = false;
    else if (name === '--no-soak') options.soak = false;
    else if (name === '--smoke')
      Object.assign(options, { smoke: true, runs: 1, iterations: SMOKE_ITERATIONS });
    else if (name === '--runs' && value) options.runs = Math.max(MIN_RUNS, Number.parseInt(value, 10));
    else if (name === '--iterations' && value)
      options.iterations = Math.max(MIN_ITERATIONS, Number.parseInt(value, 10));
    else
      throw new Error(
        `unknown option ${arg} (known: --no-build, --no-soak, --runs=N, --iterations=N, --smoke)`,
      );
  }
  if (!Number.isFinite(options.runs) || !Number.isFinite(options.iterations))
    throw new Error('--runs and --iterations take a whole number');
  return options;
}

/** Progress goes to stderr, so stdout holds only the report and the BENCH line. */
const started = Date.now();
function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

function runBuild(): void {
  progress('npm run build');
  // The build's own output goes to stderr too, for the same reason.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

function loadBuiltDataset(siteDir: string): Dataset {
  const { files, problems } = readDataFiles(siteDir);
  const result = problems.length > 0 ? { ok: false as const, problems } : loadDataset(files);
  if (!result.ok)
    throw new Error(
      `the data in ${siteDir} does not load:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  return result.dataset;
}

type PageName = 'app' | BaselineName;

/** Interaction samples summarised, per scale. */
interface InteractionSummary {
  click: Summary;
  event: Summary;
  year: Summary;
  routeStep: Summary;
}

interface MotionSummary {
  frames: number;
  durationMs: number;
  interval: Summary;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
}

function summarizeInteractions(samples: InteractionSamples): InteractionSummary {
  return {
    click: summarize(samples.click),
    event: summarize(samples.event),
    year: summarize(samples.year),
    routeStep: summarize(samples.routeStep),
  };
}

function summarizeMotion(recording: Recording): MotionSummary {
  return {
    frames: recording.frames.length,
    durationMs: recording.end - recording.start,
    interval: summarize(intervals(recording.frames)),
    longTasks: recording.longTasks.length,
    longTaskMs: recording.longTasks.reduce((sum, t) => sum + t.duration, 0),
    longestTaskMs: Math.max(0, ...recording.longTasks.map((t) => t.duration)),
  };
}

/** Everything measured, before it is rounded for the report. */
interface Measurements {
  chromium: string;
  runs: number;
  iterations: number;
  mapBox: { width: number; height: number } | null;
  idle: Record<PageName, number[]>;
  mapCreated: Record<PageName, number[]>;
  /** Each cold load's start-up stages, by page. */
  stages: Record<PageName, StartStages[]>;
  /** Navigation start → first contentful paint, per cold load. */
  fcp: Record<PageName, number[]>;
  loadAverage: number;
  interactions: Map<number, { counts: ScaleCounts; idleMs: number; samples: InteractionSamples }>;
  journey: JourneyResult;
  fly: Recording;
  /** The same flyTo in the app itself (opened with ?bench), to tell the app's own per-frame cost. */
  appFly: Recording;
  flyFrom: string;
  flyTo: string;
  sizes: SizeReport;
  /** What one visit to each language's atlas page downloads. */
  pageScripts: PageScripts[];
  /** Null when the run left the soak out. */
  soak: SoakResult | null;
  pageErrors: string[];
  pageWarnings: string[];
}

/**
 * Runs every measurement. `site` is the snapshot of dist/ to measure and `workDir` a scratch folder
 * for the scaled copies.
 */
async function measureAll(
  options: BenchOptions,
  dataset: Dataset,
  site: string,
  workDir: string,
): Promise<Measurements> {
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    progress('building the baseline pages (floor, naive)');
    await buildBaselinePages(PAGES_OUT, join(site, DATA_FILES.places));
    progress('measuring sizes');
    const sizes = measureSizes(site);
    const pageScripts = measurePageScripts(site);

    const scaled: { factor: number; dir: string; counts: ScaleCounts }[] = [
      {
        factor: 1,
        dir: site,
        counts: { factor: 1, places: dataset.places.length, events: dataset.events.length },
      },
    ];
    for (const factor of options.smoke ? [] : SCALES) {
      const dir = join(workDir, `scale-${factor}`);
      progress(`writing the ${factor}× data into ${dir}`);
      scaled.push({ factor, dir, counts: writeScaledSite(site, dir, factor) });
    }

    const serve = async (dir: string) => {
      const server = await serveStatic(dir);
      servers.push(server);
      return server.origin;
    };
    const appOrigin = await serve(site);
    const pagesOrigin = await serve(PAGES_OUT);
    const scaleOrigins = new Map<number, string>([[1, appOrigin]]);
    for (const s of scaled) if (s.factor !== 1) scaleOrigins.set(s.factor, await serve(s.dir));

    // Other work on this small machine shows up as noise; the report says how busy it was.
    const loadAverage = loadavg()[0] ?? Number.NaN;
    browser = await launchBrowser();
    const chromiumVersion = browser.version();
    progress(`Chromium ${chromiumVersion}`);
    const pageErrors: string[] = [];
    const pageWarnings: string[] = [];
    const noteErrors = (label: string, errors: readonly string[]) => {
      for (const e of errors) pageErrors.push(`${label}: ${e}`);
    };
    const noteWarnings = (label: string, opened: OpenedPage) => {
      // Origins differ per server and run; without them the same warning from each load is one line.
      for (const w of opened.warnings)
        pageWarnings.push(`${label}: ${w.replace(/http:\/\/127\.0\.0\.1:\d+/g, '')}`);
    };

    // A first load of each page, not counted: it warms the disk cache and the browser process
    // equally for all three, and tells the size of the app's map so the baselines draw as many pixels.
    // The smoke run skips the warm-up: its one cold load per page is all it needs to prove it works.
    if (!options.smoke) progress('warm-up loads');
    const warm = options.smoke
      ? { mapBox: null, errors: [] as string[] }
      : await coldLoad(browser, `${appOrigin}/`, 'app (warm-up)');
    noteErrors('app', warm.errors);
    const mapBox = warm.mapBox;
    const sizeQuery = mapBox ? `?w=${mapBox.width}&h=${mapBox.height}` : '';
    const urls: Record<PageName, string> = {
      app: `${appOrigin}/`,
      floor: `${pagesOrigin}/floor/floor.html${sizeQuery}`,
      naive: `${pagesOrigin}/naive/naive.html${sizeQuery}`,
    };
    if (!options.smoke)
      for (const name of BASELINES)
        noteErrors(name, (await coldLoad(browser, urls[name], `${name} (warm-up)`)).errors);

    // Interleaved so drift on a noisy machine hits every page alike.
    const idle: Record<PageName, number[]> = { app: [], floor: [], naive: [] };
    const mapCreated: Record<PageName, number[]> = { app: [], floor: [], naive: [] };
    const stages: Record<PageName, StartStages[]> = { app: [], floor: [], naive: [] };
    const fcp: Record<PageName, number[]> = { app: [], floor: [], naive: [] };
    const order: PageName[] = ['app', ...BASELINES];
    for (let run = 1; run <= options.runs; run++) {
      for (const name of order) {
        const result = await coldLoad(browser, urls[name], name);
        noteErrors(name, result.errors);
        idle[name].push(result.idleMs);
        mapCreated[name].push(result.mapCreatedMs);
        stages[name].push(result.stages);
        fcp[name].push(result.fcpMs);
        progress(`cold load ${run}/${options.runs} ${name}: ${result.idleMs.toFixed(0)} ms`);
      }
    }

    const interactions = new Map<
      number,
      { counts: ScaleCounts; idleMs: number; samples: InteractionSamples }
    >();
    for (const s of scaled) {
      const origin = scaleOrigins.get(s.factor) ?? appOrigin;
      progress(`interactions at ${s.factor}× (${s.counts.places} places, ${s.counts.events} events)`);
      const opened = await openPage(browser, `${origin}/`);
      try {
        const idleMs = await waitForFirstIdle(opened, `app ${s.factor}×`);
        const samples = await measureInteractions(
          opened.page,
          options.iterations,
          options.smoke ? SMOKE_SETTLE_MS : undefined,
        );
        if (samples.settleTimeouts > 0)
          progress(
            `  the map did not settle within the wait ${samples.settleTimeouts} times (timings still count)`,
          );
        interactions.set(s.factor, { counts: s.counts, idleMs, samples });
        noteErrors(`app ${s.factor}×`, opened.errors);
        noteWarnings('app', opened);
      } finally {
        await opened.context.close();
      }
    }

    const placeById = new Map(dataset.places.map((p) => [p.id, p]));
    const first = placeById.get(dataset.route.stops[0]?.placeId ?? '');
    const last = placeById.get(dataset.route.stops.at(-1)?.placeId ?? '');
    if (!first || !last) throw new Error('the route has no first or last stop to fly between');
    // The smoke run stops here: the journey alone takes longer than the whole smoke may.
    let journey: JourneyResult = { start: 0, end: 0, frames: [], longTasks: [], stops: 0 };
    let fly: Recording = { start: 0, end: 0, frames: [], longTasks: [] };
    let appFly: Recording = { start: 0, end: 0, frames: [], longTasks: [] };
    if (!options.smoke) {
      progress(`route journey at ${JOURNEY_SPEED}×`);
      const opened = await openPage(browser, urls.app);
      try {
        await waitForFirstIdle(opened, 'app (journey)');
        journey = await measureRouteJourney(opened.page, JOURNEY_SPEED);
        noteErrors('app (journey)', opened.errors);
        noteWarnings('app', opened);
      } finally {
        await opened.context.close();
      }
    }

    if (!options.smoke) {
      const flyMs = Math.round(journey.end - journey.start);
      progress(`flyTo ${first.name} → ${last.name} over ${flyMs} ms on the floor page`);
      const opened = await openPage(browser, urls.floor);
      try {
        await waitForFirstIdle(opened, 'floor (fly)');
        fly = await measureFly(opened.page, first.coordinates, last.coordinates, FLY_ZOOM, FLY_PITCH, flyMs);
        noteErrors('floor (fly)', opened.errors);
        noteWarnings('floor', opened);
      } finally {
        await opened.context.close();
      }
      progress(`the same flyTo in the app`);
      const app = await openPage(browser, `${appOrigin}/?bench`);
      try {
        await waitForFirstIdle(app, 'app (fly)');
        appFly = await measureFly(app.page, first.coordinates, last.coordinates, FLY_ZOOM, FLY_PITCH, flyMs);
        noteErrors('app (fly)', app.errors);
        noteWarnings('app', app);
      } finally {
        await app.context.close();
      }
    }

    const soakPlan = options.smoke ? SMOKE_SOAK : SOAK;
    let soak: SoakResult | null = null;
    if (options.soak) {
      progress(`soak: ${soakPlan.total} mixed interactions, measured from the end of ${soakPlan.warmup}`);
      const opened = await openPage(browser, urls.app);
      try {
        await waitForFirstIdle(opened, 'app (soak)');
        soak = await runSoak(
          opened.page,
          {
            places: dataset.places.map((p) => p.id),
            events: dataset.events.map((e) => e.id),
            programmes: dataset.programmes.map((p) => p.id),
          },
          soakPlan,
          (c) =>
            progress(
              `  after ${c.interactions}: heap ${c.heapMB} MB, ${c.listeners} listeners, ${c.nodes} nodes`,
            ),
        );
        noteErrors('app (soak)', opened.errors);
        noteWarnings('app', opened);
      } finally {
        await opened.context.close();
      }
    }

    return {
      chromium: chromiumVersion,
      soak,
      runs: options.runs,
      iterations: options.iterations,
      mapBox,
      idle,
      mapCreated,
      stages,
      fcp,
      loadAverage,
      interactions,
      journey,
      fly,
      appFly,
      flyFrom: first.name,
      flyTo: last.name,
      sizes,
      pageScripts,
      pageErrors,
      pageWarnings: [...new Set(pageWarnings)],
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

/** The start-up stages the report lists, in order. */
const START_STAGES: [keyof StartStages | 'canvas' | 'idle', string][] = [
  ['scriptFetched', 'script fetched'],
  ['scriptStart', 'page code starts'],
  ['dataFetched', 'data fetched'],
  ['mapConstructed', 'map constructed'],
  ['canvas', 'canvas in the page'],
  ['idle', 'first idle'],
];
const STAGE_PAGES = ['app', 'floor'] as const;

/** Bytes (gzip) beyond MapLibre's own of the language page whose visit downloads the most JS. */
function worstPageBeyond(m: Measurements): number {
  return Math.max(...m.pageScripts.map((p) => p.gzip)) - m.sizes.maplibre.gzip;
}

/** The BENCH line: flat, rounded, the keys the issue asks for plus the medians beside them. */
/** The loads that reported a first contentful paint (see the note under the FCP table). */
function painted(samples: readonly number[]): number[] {
  return samples.filter(Number.isFinite);
}

function buildSummary(m: Measurements): Record<string, number | string | null> {
  const idle = {
    app: summarize(m.idle.app),
    floor: summarize(m.idle.floor),
    naive: summarize(m.idle.naive),
  };
  const at = (factor: number) => {
    const entry = m.interactions.get(factor);
    return entry ? summarizeInteractions(entry.samples) : undefined;
  };
  const one = at(1);
  const journey = summarizeMotion(m.journey);
  const fly = summarizeMotion(m.fly);
  const appFly = summarizeMotion(m.appFly);
  const kb = (bytes: number) => round(bytes / 1024, 1);
  const summary: Record<string, number | string | null> = {
    idleMs: round(idle.app.median, 0),
    floorIdleMs: round(idle.floor.median, 0),
    naiveIdleMs: round(idle.naive.median, 0),
    mapCreatedMs: round(median(m.mapCreated.app), 0),
    floorMapCreatedMs: round(median(m.mapCreated.floor), 0),
    naiveMapCreatedMs: round(median(m.mapCreated.naive), 0),
    idleRatioFloor: round(idle.app.median / idle.floor.median, 2),
    fcpMs: round(median(painted(m.fcp.app)), 0),
    floorFcpMs: round(median(painted(m.fcp.floor)), 0),
    naiveFcpMs: round(median(painted(m.fcp.naive)), 0),
    fcpRatioFloor: round(median(painted(m.fcp.app)) / median(painted(m.fcp.floor)), 2),
    idleRatioNaive: round(idle.app.median / idle.naive.median, 2),
    clickMedianMs: round(one?.click.median ?? Number.NaN, 2),
    clickP95Ms: round(one?.click.p95 ?? Number.NaN, 2),
    eventMedianMs: round(one?.event.median ?? Number.NaN, 2),
    eventP95Ms: round(one?.event.p95 ?? Number.NaN, 2),
    yearMedianMs: round(one?.year.median ?? Number.NaN, 2),
    yearP95Ms: round(one?.year.p95 ?? Number.NaN, 2),
    routeStepMedianMs: round(one?.routeStep.median ?? Number.NaN, 2),
    routeStepP95Ms: round(one?.routeStep.p95 ?? Number.NaN, 2),
    routeFrameMedianMs: round(journey.interval.median, 1),
    routeFrameP95Ms: round(journey.interval.p95, 1),
    routeLongTasks: journey.longTasks,
    routeLongTaskMs: round(journey.longTaskMs, 0),
    routeJourneyMs: round(journey.durationMs, 0),
    flyFrameMedianMs: round(fly.interval.median, 1),
    flyFrameP95Ms: round(fly.interval.p95, 1),
    flyLongTasks: fly.longTasks,
    appFlyFrameMedianMs: round(appFly.interval.median, 1),
    appFlyFrameP95Ms: round(appFly.interval.p95, 1),
    appFlyLongTasks: appFly.longTasks,
    routeFrameRatioAppFly: round(journey.interval.median / appFly.interval.median, 2),
    appFlyRatioFloor: round(appFly.interval.median / fly.interval.median, 2),
    jsRawKB: kb(m.sizes.byKind.js.raw),
    jsGzipKB: kb(m.sizes.byKind.js.gzip),
    cssGzipKB: kb(m.sizes.byKind.css.gzip),
    dataGzipKB: kb(m.sizes.byKind.data.gzip),
    fontsGzipKB: kb(m.sizes.byKind.fonts.gzip),
    totalGzipKB: kb(m.sizes.total.gzip),
    maplibreGzipKB: kb(m.sizes.maplibre.gzip),
    jsBeyondMaplibreGzipKB: kb(m.sizes.byKind.js.gzip - m.sizes.maplibre.gzip),
    ...Object.fromEntries(
      m.pageScripts.map((p) => [
        `pageJsBeyondMaplibreGzipKB_${p.language}`,
        kb(p.gzip - m.sizes.maplibre.gzip),
      ]),
    ),
    pageJsBeyondMaplibreGzipKB: kb(worstPageBeyond(m)),
    mapCreatedRatioFloor: round(median(m.mapCreated.app) / median(m.mapCreated.floor), 2),
    ...Object.fromEntries(
      STAGE_PAGES.flatMap((name) =>
        (['scriptStart', 'dataFetched', 'mapConstructed'] as const).map((key) => [
          `${name}${key[0]?.toUpperCase()}${key.slice(1)}Ms`,
          round(median(m.stages[name].map((s) => s[key])), 0),
        ]),
      ),
    ),
    duplicateKB: kb(m.sizes.duplicates.reduce((sum, d) => sum + d.raw, 0)),
  };
  const soak = m.soak ? summarizeSoak(m.soak) : null;
  Object.assign(summary, {
    soakInteractions: m.soak?.total ?? null,
    soakWarmup: m.soak?.warmup ?? null,
    soakHeapGrowth: soak ? round(soak.heapGrowth, 3) : null,
    soakHeapStartMB: soak?.heapStartMB ?? null,
    soakHeapEndMB: soak?.heapEndMB ?? null,
    soakHeapMaxMB: soak?.heapMaxMB ?? null,
    soakListenersStart: soak?.listenersStart ?? null,
    soakListenersEnd: soak?.listenersEnd ?? null,
    soakNodesStart: soak?.nodesStart ?? null,
    soakNodesEnd: soak?.nodesEnd ?? null,
  });
  for (const factor of SCALES) {
    const s = at(factor);
    const entry = m.interactions.get(factor);
    summary[`scale${factor}IdleMs`] = round(entry?.idleMs ?? Number.NaN, 0);
    summary[`scale${factor}ClickMedianMs`] = round(s?.click.median ?? Number.NaN, 2);
    summary[`scale${factor}ClickP95Ms`] = round(s?.click.p95 ?? Number.NaN, 2);
    summary[`scale${factor}EventP95Ms`] = round(s?.event.p95 ?? Number.NaN, 2);
    summary[`scale${factor}YearMedianMs`] = round(s?.year.median ?? Number.NaN, 2);
    summary[`scale${factor}YearP95Ms`] = round(s?.year.p95 ?? Number.NaN, 2);
    summary[`scale${factor}RouteStepP95Ms`] = round(s?.routeStep.p95 ?? Number.NaN, 2);
  }
  summary.loadAverage1m = round(m.loadAverage, 2);
  summary.runs = m.runs;
  summary.iterations = m.iterations;
  summary.chromium = m.chromium;
  return summary;
}

/** Lays out rows of cells in aligned columns: the first column left, the rest right. */
function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fmt = (value: number, decimals = 1) => (Number.isFinite(value) ? value.toFixed(decimals) : '–');

function renderReport(m: Measurements): string {
  const out: string[] = [];
  out.push(
    `Partnership Atlas bench — Chromium ${m.chromium} (software WebGL), ${m.runs} cold loads per page, ${m.iterations} iterations per interaction` +
      (m.mapBox ? `, map ${m.mapBox.width}×${m.mapBox.height} px` : ''),
    `Absolute times depend on this machine; compare ratios within one run. Load average before the run: ${fmt(m.loadAverage, 2)}.`,
    '',
  );

  const idle = {
    app: summarize(m.idle.app),
    floor: summarize(m.idle.floor),
    naive: summarize(m.idle.naive),
  };
  out.push(
    table(
      'First idle (navigation start → first map idle), ms',
      ['page', 'median', 'min', 'max', 'vs floor', 'vs naive', 'map created', 'created → idle', 'samples'],
      (['app', 'floor', 'naive'] as const).map((name) => [
        name,
        fmt(idle[name].median, 0),
        fmt(idle[name].min, 0),
        fmt(idle[name].max, 0),
        `${fmt(idle[name].median / idle.floor.median, 2)}×`,
        `${fmt(idle[name].median / idle.naive.median, 2)}×`,
        fmt(median(m.mapCreated[name]), 0),
        fmt(median(m.idle[name].map((v, i) => v - (m.mapCreated[name][i] ?? Number.NaN))), 0),
        m.idle[name].map((v) => v.toFixed(0)).join(' '),
      ]),
    ),
    '  map created: when MapLibre’s canvas entered the page, after the page’s own start-up task (median); created → idle is mostly MapLibre.',
    '',
    table(
      'Start-up by stage (navigation start → end of each stage), ms, median',
      ['stage', ...STAGE_PAGES, 'app − floor'],
      START_STAGES.map(([key, label]) => {
        const at = (name: PageName) =>
          key === 'canvas'
            ? median(m.mapCreated[name])
            : key === 'idle'
              ? median(m.idle[name])
              : median(m.stages[name].map((s) => s[key]));
        return [label, ...STAGE_PAGES.map((name) => fmt(at(name), 0)), fmt(at('app') - at('floor'), 0)];
      }),
    ),
    '  data fetched: the page’s data, fonts and (translated pages) texts have arrived; the app then builds its index and store and mounts the map first.',
    '',
    table(
      'First contentful paint (navigation start → first text or image painted), ms',
      ['page', 'median', 'min', 'max', 'vs floor', 'samples'],
      (['app', 'floor', 'naive'] as const).map((name) => {
        const fcp = summarize(painted(m.fcp[name]));
        return [
          name,
          fmt(fcp.median, 0),
          fmt(fcp.min, 0),
          fmt(fcp.max, 0),
          `${fmt(fcp.median / median(painted(m.fcp.floor)), 2)}×`,
          m.fcp[name].map((v) => v.toFixed(0)).join(' '),
        ];
      }),
    ),
    '  the app paints its prerendered header and text before any script runs; the baselines paint when the map first draws.',
    '  Chromium reports no paint entry for some loads of a page that only draws a canvas (NaN): the figures leave those out.',
    '',
  );

  const soakSummary = m.soak ? summarizeSoak(m.soak) : null;
  const worstP95 = Math.max(
    ...[...m.interactions.values()].flatMap(({ samples }) => {
      const s = summarizeInteractions(samples);
      return [s.click.p95, s.event.p95, s.year.p95, s.routeStep.p95];
    }),
  );
  const budget = (within: boolean) => (within ? 'within' : 'over');
  const createdRatio = median(m.mapCreated.app) / median(m.mapCreated.floor);
  const idleRatio = idle.app.median / idle.floor.median;
  const beyondKB = worstPageBeyond(m) / 1024;
  const worstPage = m.pageScripts.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  out.push(
    table(
      'Budgets (ratios within this run)',
      ['budget', 'limit', 'this run', ''],
      [
        ['map created, app vs floor', '1.1×', `${fmt(createdRatio, 2)}×`, budget(createdRatio <= 1.1)],
        ['first idle, app vs floor', '1.3×', `${fmt(idleRatio, 2)}×`, budget(idleRatio <= 1.3)],
        [
          `JS one visit downloads beyond MapLibre, gzip (worst page: ${worstPage.page})`,
          '25 KB',
          `${fmt(beyondKB, 1)} KB`,
          budget(beyondKB <= 25),
        ],
        ['interaction p95, worst of all scales', '16 ms', `${fmt(worstP95, 1)} ms`, budget(worstP95 <= 16)],
        [
          'soak heap growth after warm-up',
          '1.10×',
          soakSummary ? `${fmt(soakSummary.heapGrowth, 3)}×` : 'not run',
          soakSummary ? budget(soakSummary.heapGrowth <= 1.1) : '',
        ],
      ],
    ),
    '',
  );

  const factors = [...m.interactions.keys()];
  const perScale = new Map(
    factors.map((f) => [
      f,
      summarizeInteractions(
        m.interactions.get(f)?.samples ?? {
          click: [],
          event: [],
          year: [],
          routeStep: [],
          settleTimeouts: 0,
        },
      ),
    ]),
  );
  const labels: [keyof InteractionSummary, string][] = [
    ['click', 'click a place'],
    ['event', 'open an event'],
    ['year', 'change the year'],
    ['routeStep', 'next/prev route stop'],
  ];
  out.push(
    table(
      'Interactions: synchronous script per dispatch, ms',
      ['interaction', ...factors.flatMap((f) => [`${f}× median`, `${f}× p95`])],
      labels.map(([key, label]) => [
        label,
        ...factors.flatMap((f) => {
          const s = perScale.get(f)?.[key];
          return [fmt(s?.median ?? Number.NaN, 2), fmt(s?.p95 ?? Number.NaN, 2)];
        }),
      ]),
    ),
  );
  out.push(
    '  timed: the click() or dispatchEvent() alone — store, panel and timeline re-render (with the layout focus() forces), map feature-state, filters and camera start.',
    `  data: ${factors
      .map((f) => {
        const e = m.interactions.get(f);
        return e
          ? `${f}× = ${e.counts.places} places, ${e.counts.events} events (first idle ${e.idleMs.toFixed(0)} ms, 1 load)`
          : '';
      })
      .join('; ')}`,
    '',
  );

  const journey = summarizeMotion(m.journey);
  const fly = summarizeMotion(m.fly);
  const appFly = summarizeMotion(m.appFly);
  const motionRow = (label: string, s: MotionSummary) => [
    label,
    fmt(s.durationMs / 1000, 1),
    String(s.frames),
    fmt(s.interval.median, 1),
    fmt(s.interval.p95, 1),
    fmt(1000 / s.interval.median, 0),
    String(s.longTasks),
    fmt(s.longTaskMs, 0),
    fmt(s.longestTaskMs, 0),
  ];
  out.push(
    table(
      'Motion: frame intervals (requestAnimationFrame) and long tasks (> 50 ms)',
      ['run', 's', 'frames', 'median ms', 'p95 ms', 'fps', 'long tasks', 'long ms', 'longest'],
      [
        motionRow(`route journey, app, ${JOURNEY_SPEED}× (${m.journey.stops} stops)`, journey),
        motionRow(`flyTo ${m.flyFrom} → ${m.flyTo}, app`, appFly),
        motionRow(`flyTo ${m.flyFrom} → ${m.flyTo}, floor`, fly),
      ],
    ),
    `  frame median: journey ${fmt(journey.interval.median / appFly.interval.median, 2)}× the app's flyTo (budget 1.1×); app flyTo ${fmt(appFly.interval.median / fly.interval.median, 2)}× the floor's (budget 1.3×)`,
    '',
  );

  const kb = (bytes: number) => fmt(bytes / 1024, 1);
  const kinds: [SizeKind, string][] = [
    ['js', 'JavaScript'],
    ['css', 'CSS'],
    ['data', 'data (data/, geo/, basemap/, any .json)'],
    ['fonts', 'fonts (.woff2 and .woff fallbacks)'],
    ['html', 'HTML'],
    ['other', 'other'],
  ];
  const { byKind, total, maplibre } = m.sizes;
  out.push(
    table(
      'Size shipped in dist/, KB (each file gzipped on its own)',
      ['kind', 'files', 'raw', 'gzip'],
      [
        ...kinds
          .filter(([kind]) => byKind[kind].files > 0)
          .map(([kind, label]) => [
            label,
            String(byKind[kind].files),
            kb(byKind[kind].raw),
            kb(byKind[kind].gzip),
          ]),
        ['total', String(total.files), kb(total.raw), kb(total.gzip)],
        [
          `MapLibre's share (${fmt((maplibre.gzip / byKind.js.gzip) * 100, 0)}% of JS gzip)`,
          String(maplibre.files.filter((f) => f.shipped).length),
          kb(maplibre.raw),
          kb(maplibre.gzip),
        ],
      ],
    ),
    ...maplibre.files.map(
      (f) =>
        `  ${f.shipped ? 'ships' : 'not shipped'}: ${f.file} (${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip) — ${f.evidence}`,
    ),
  );
  out.push(
    '',
    table(
      'JavaScript one visit to each language page downloads, KB gzip (its own language only)',
      ['page', 'files', 'gzip', 'beyond MapLibre'],
      m.pageScripts.map((p) => [
        p.page,
        String(p.files.length),
        kb(p.gzip),
        kb(p.gzip - m.sizes.maplibre.gzip),
      ]),
    ),
    ...m.pageScripts.flatMap((p) =>
      p.files.map((f) => `  ${p.page}: ${f.file} ${kb(f.gzip)} KB gzip — ${f.reason}`),
    ),
  );
  const { soak } = m;
  if (soak)
    out.push(
      '',
      table(
        `Long-lived tab: ${soak.total} mixed interactions (seeded), measured after garbage collection from the end of a ${soak.warmup}-interaction warm-up (budget: heap within 10 %, listeners and nodes flat)`,
        ['after', 'heap MB', 'listeners', 'nodes'],
        soak.checkpoints.map((c) => [
          String(c.interactions),
          fmt(c.heapMB, 2),
          String(c.listeners),
          String(c.nodes),
        ]),
      ),
      `  interactions by kind: ${Object.entries(soak.kinds)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')}`,
    );
  const { duplicates } = m.sizes;
  if (duplicates.length > 0) {
    out.push(
      `  shipped twice (same bytes under two names): ${duplicates.length} files, ${kb(duplicates.reduce((sum, d) => sum + d.raw, 0))} KB raw`,
      ...duplicates.map((d) => `    ${d.file} = ${d.sameAs}`),
    );
  }
  if (m.pageWarnings.length > 0) {
    out.push(
      '',
      `Console warnings on the long-lived pages (WebGL driver noise left out), ${m.pageWarnings.length} distinct:`,
      ...m.pageWarnings.slice(0, 12).map((w) => `  ${w}`),
    );
  }
  if (m.pageErrors.length > 0) {
    out.push(
      '',
      `Page errors seen (${m.pageErrors.length}):`,
      ...m.pageErrors.slice(0, 10).map((e) => `  ${e}`),
    );
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) runBuild();
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` or drop --no-build');
  // A snapshot of dist/, so a build started elsewhere during the run cannot pull files from under
  // the pages being measured.
  const workDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  let measurements: Measurements;
  try {
    const site = join(workDir, 'site');
    cpSync(DIST, site, { recursive: true });
    measurements = await measureAll(options, loadBuiltDataset(site), site, workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const summary = buildSummary(measurements);
  if (options.smoke) {
    // A smoke run's numbers mean nothing: it keeps the last real results and only proves it ran.
    const missing = SMOKE_KEYS.filter((key) => typeof summary[key] !== 'number');
    if (measurements.pageErrors.length > 0)
      throw new Error(`the pages reported errors:\n${measurements.pageErrors.join('\n')}`);
    if (missing.length > 0) throw new Error(`the smoke run measured no ${missing.join(', ')}`);
    process.stdout.write(`BENCH ${JSON.stringify(summary)}\n`);
    return;
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
  // Raw samples too, so a surprising median can be looked into without another run.
  writeFileSync(
    join(RESULTS, 'bench-samples.json'),
    `${JSON.stringify(
      {
        idle: measurements.idle,
        interactions: Object.fromEntries(measurements.interactions),
        journey: measurements.journey,
        fly: measurements.fly,
        appFly: measurements.appFly,
        sizes: measurements.sizes,
        pageScripts: measurements.pageScripts,
        soak: measurements.soak,
        pageErrors: measurements.pageErrors,
        pageWarnings: measurements.pageWarnings,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`${renderReport(measurements)}\n\n`);
  process.stdout.write(`BENCH ${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
