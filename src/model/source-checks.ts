/**
 * Rules about sources and themes: the NATO page comes first and names its section, every outside source
 * can be opened (and its archived copy is of the same page), a fact resting on one outside source says so, and the themes agree with the
 * sections cited.
 */
import { DATA_FILES } from './files.ts';
import type { Dataset } from './load.ts';
import type { Problem } from './problem.ts';
import type { AtlasEvent, Source } from './schema.ts';
import { isSeedSource, SEED_SECTIONS } from './seed-page.ts';
import { getThemeOfSection } from './themes.ts';

const KNOWN_SECTIONS: ReadonlySet<string> = new Set(SEED_SECTIONS);

/** The seed page first, with a section the page has. */
function checkSeedSources(sources: readonly Source[], file: string, at: string, problems: Problem[]): void {
  const first = sources[0];
  if (first && !isSeedSource(first) && sources.some(isSeedSource))
    problems.push({
      file,
      path: `${at}.sources[0]`,
      rule: 'seed-first',
      message: 'the NATO page is cited, so it must be the first source',
    });
  sources.forEach((source, j) => {
    if (!isSeedSource(source)) return;
    if (source.section === undefined || !KNOWN_SECTIONS.has(source.section))
      problems.push({
        file,
        path: `${at}.sources[${j}].section`,
        rule: 'seed-section',
        message: `the NATO page has no section "${source.section ?? ''}" (one of: ${SEED_SECTIONS.join(', ')})`,
      });
  });
}

const ARCHIVE_URL = /^https:\/\/web\.archive\.org\/web\/(\d{4,14})\/(.+)$/;

/**
 * Every outside source can be opened (it has a url), and an archived copy is a web archive address of
 * that same page: `https://web.archive.org/web/<timestamp>/<url>`.
 */
function checkSourceUrls(sources: readonly Source[], file: string, at: string, problems: Problem[]): void {
  sources.forEach((source, j) => {
    if (!isSeedSource(source) && source.url === undefined)
      problems.push({
        file,
        path: `${at}.sources[${j}].url`,
        rule: 'source-url',
        message: `"${source.title}" comes from outside the NATO page and needs a url a reader can open`,
      });
    if (source.archiveUrl === undefined) return;
    const target = ARCHIVE_URL.exec(source.archiveUrl)?.[2];
    if (target !== source.url)
      problems.push({
        file,
        path: `${at}.sources[${j}].archiveUrl`,
        rule: 'archive-url',
        message: `must be https://web.archive.org/web/<timestamp>/ followed by the source's own url (${source.url ?? 'none'})`,
      });
  });
}

function checkEventSources(event: AtlasEvent, i: number, problems: Problem[]): void {
  const file = DATA_FILES.events;
  const outside = event.sources.filter((s) => !isSeedSource(s));
  if (outside.length === 1 && event.singleSource !== true)
    problems.push({
      file,
      path: `$[${i}].singleSource`,
      rule: 'single-source',
      message: 'what comes from outside the NATO page rests on one source: set singleSource to true',
    });
  if (event.singleSource === true && outside.length !== 1)
    problems.push({
      file,
      path: `$[${i}].singleSource`,
      rule: 'single-source',
      message: `singleSource is set but the event has ${outside.length} outside sources`,
    });
  for (const source of event.sources) {
    const theme = isSeedSource(source) && source.section ? getThemeOfSection(source.section) : undefined;
    if (theme && !event.themes.includes(theme)) {
      problems.push({
        file,
        path: `$[${i}].themes`,
        rule: 'theme-section',
        message: `the event cites the page's section "${source.section}", so its themes must include "${theme}"`,
      });
    }
  }
}

/** Runs the source and theme rules on events and programmes. */
export function runSourceChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  data.events.forEach((event, i) => {
    checkSeedSources(event.sources, DATA_FILES.events, `$[${i}]`, problems);
    checkEventSources(event, i, problems);
    checkSourceUrls(event.sources, DATA_FILES.events, `$[${i}]`, problems);
  });
  data.programmes.forEach((programme, i) => {
    checkSeedSources(programme.sources, DATA_FILES.programmes, `$[${i}]`, problems);
    checkSourceUrls(programme.sources, DATA_FILES.programmes, `$[${i}]`, problems);
  });
  return problems;
}
