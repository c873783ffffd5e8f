/**
 * Rules about citations and themes: the NATO page comes first and names its section, a fact resting on
 * one outside source says so, and the themes agree with the sections cited. The register's own rules
 * (language, archived copies) are in `source-register-checks.ts`; what a cited passage states, in
 * `passage-date-checks.ts`.
 */

import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { isSeedSource, SEED_SECTIONS } from '../model/seed-page.ts';
import { getThemeOfSection } from '../model/themes.ts';
import { DATA_FILES } from './files.ts';
import { runPassageDateChecks } from './passage-date-checks.ts';
import type { AtlasEvent, Source } from './schema.ts';
import { runSourceRegisterChecks } from './source-register-checks.ts';

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

/** Runs the citation and theme rules on events and programmes, and the register's and passages' rules. */
export function runSourceChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [...runSourceRegisterChecks(data), ...runPassageDateChecks(data)];
  data.events.forEach((event, i) => {
    checkSeedSources(event.sources, DATA_FILES.events, `$[${i}]`, problems);
    checkEventSources(event, i, problems);
  });
  data.programmes.forEach((programme, i) => {
    checkSeedSources(programme.sources, DATA_FILES.programmes, `$[${i}]`, problems);
  });
  return problems;
}
