/** `npm run check:data`: validates data/ and geo/ and the translations, exits non-zero naming every problem. */
import { formatProblem } from '../src/model/problem.ts';
import { readStoryPoints } from './build-basemap.ts';
import { buildTowns } from './build-towns.ts';
import { checkInterfaceTrail } from './interface-review.ts';
import { validateProjectData } from './project-data.ts';
import { checkProjectTranslations, checkProjectWording, LANGUAGES } from './project-translations.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateProjectData(root);
// The towns are derived at build from GeoNames; the same check runs here so a bad choice shows early.
const towns = buildTowns(readStoryPoints(root));
if (towns.problems.length > 0) {
  console.error(`towns check failed with ${towns.problems.length} problem(s):`);
  for (const problem of towns.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
const translations = result.dataset ? checkProjectTranslations(root, result.dataset) : undefined;
const wording =
  result.dataset && translations
    ? checkProjectWording(root, result.dataset, translations.sources, translations.files)
    : [];
const problems = [
  ...(result.ok ? [] : result.problems),
  ...(translations?.problems ?? []),
  ...wording,
  ...checkInterfaceTrail(root),
];
if (problems.length === 0 && result.ok && translations) {
  const { places, events, programmes, routeLegs } = result.dataset;
  console.log(
    `data ok: ${places.length} places, ${events.length} events, ${programmes.length} programmes, ${routeLegs.length} route legs`,
  );
  console.log(
    `translations ok: ${translations.sources.length} English texts, each translated into ${LANGUAGES.join(', ')}`,
  );
} else {
  console.error(`data check failed with ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
