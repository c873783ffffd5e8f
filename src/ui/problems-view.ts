/** What the page shows when the data cannot be used: every problem, named, instead of a blank map. */
import type { Problem } from '../model/problem.ts';
import { createElement as el } from './dom.ts';

/** Renders the problems into `container`. Returns `dispose`. */
export function mountProblemsView(container: HTMLElement, problems: readonly Problem[]): () => void {
  const view = el(
    'section',
    { className: 'problems', role: 'alert', 'aria-labelledby': 'problems-title' },
    el('h2', { id: 'problems-title' }, 'The atlas cannot show its data'),
    el(
      'p',
      {},
      `${problems.length} problem${problems.length === 1 ? ' was' : 's were'} found in the data files. Nothing has been changed; fix the files and reload.`,
    ),
    el(
      'ul',
      {},
      ...problems
        .slice(0, 50)
        .map((p) =>
          el(
            'li',
            {},
            el('code', {}, p.file),
            ' at ',
            el('code', {}, p.path),
            ` — ${p.message} `,
            el('span', { className: 'muted' }, `(${p.rule})`),
          ),
        ),
    ),
    problems.length > 50 ? el('p', {}, `…and ${problems.length - 50} more.`) : null,
  );
  container.replaceChildren(view);
  return () => view.remove();
}
