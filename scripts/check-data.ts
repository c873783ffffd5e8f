/** `npm run check:data`: validates data/ and geo/ and the translations, exits non-zero naming every problem. */
import { formatProblem } from '../src/model/problem.ts';
import { validateProjectData } from './project-data.ts';
import { checkProjectTranslations, LANGUAGES } from './project-translations.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateProjectData(root);
const translations = result.dataset ? checkProjectTranslations(root, result.dataset) : undefined;
const problems = [...(result.ok ? [] : result.problems), ...(translations?.problems ?? [])];
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
