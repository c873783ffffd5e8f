/** What the page shows when the data cannot be used: every problem, named, instead of a blank map. */
import { getMessages } from '../i18n/locale.ts';
import type { Problem } from '../model/problem.ts';
import { createElement as el } from './dom.ts';

/** Renders the problems into `container`. Returns `dispose`. */
export function mountProblemsView(container: HTMLElement, problems: readonly Problem[]): () => void {
  const m = getMessages();
  const view = el(
    'section',
    { className: 'problems', role: 'alert', 'aria-labelledby': 'problems-title' },
    el('h2', { id: 'problems-title' }, m.problemsTitle),
    el('p', {}, m.problemsFound(problems.length)),
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
            m.problemAt,
            el('code', {}, p.path),
            ` — ${p.message} `,
            el('span', { className: 'muted' }, `(${p.rule})`),
          ),
        ),
    ),
    problems.length > 50 ? el('p', {}, m.problemsMore(problems.length - 50)) : null,
  );
  container.replaceChildren(view);
  return () => view.remove();
}
