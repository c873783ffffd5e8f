/** `npm run check:data`: validates data/ and geo/ and exits non-zero naming every problem. */
import { formatProblem } from '../src/model/problem.ts';
import { validateProjectData } from './project-data.ts';

const root = process.argv[2] ?? process.cwd();
const result = validateProjectData(root);
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
