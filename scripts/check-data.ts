/** `npm run check:data`: validates data/ and geo/ and exits non-zero naming every problem. */
import { formatProblem } from '../src/model/problem.ts';
import { readStoryPoints } from './build-basemap.ts';
import { buildTownsFile } from './build-towns.ts';
import { validateProjectData } from './project-data.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateProjectData(root);
// The towns are derived at build from GeoNames; the same check runs here so a bad choice shows early.
const towns = buildTownsFile(readStoryPoints(root));
if (towns.problems.length > 0) {
  console.error(`towns check failed with ${towns.problems.length} problem(s):`);
  for (const problem of towns.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
if (result.ok) {
  const { places, events, programmes, routeLegs } = result.dataset;
  console.log(
    `data ok: ${places.length} places, ${events.length} events, ${programmes.length} programmes, ${routeLegs.length} route legs`,
  );
} else {
  console.error(`data check failed with ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
