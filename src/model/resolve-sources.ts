/**
 * Citations name a source of the register by id; the atlas reads them with the entry filled in, so the
 * panel, the reading document and the exports show one title, publisher and address per source. A
 * citation of an id the register lacks is a problem naming the file and path, not a crash.
 */

import type { Citation, Source, SourceEntry } from './dataset.ts';
import type { Problem } from './problem.ts';

/** The citation with its register entry: what every reader of the dataset sees. */
export function resolveCitation(citation: Citation, entry: SourceEntry): Source {
  return {
    id: entry.id,
    title: entry.title,
    url: entry.url,
    site: entry.publisher,
    ...(entry.language ? { language: entry.language } : {}),
    ...(entry.date ? { date: entry.date } : {}),
    ...(entry.note ? { note: entry.note } : {}),
    ...(citation.section ? { section: citation.section } : {}),
    ...(citation.passage ? { passage: citation.passage } : {}),
    ...(citation.states ? { states: citation.states } : {}),
    ...(entry.archive
      ? {
          archiveUrl: entry.archive.url,
          archiveLabel: entry.archive.label,
          ...(entry.archive.captured ? { archiveCaptured: entry.archive.captured } : {}),
        }
      : {}),
  };
}

/**
 * Resolves every citation in `citations` (at `at` in `file`) against the register; an unknown id is
 * reported and left out.
 */
export function resolveCitations(
  citations: readonly Citation[] | undefined,
  register: ReadonlyMap<string, SourceEntry>,
  file: string,
  at: string,
  problems: Problem[],
): Source[] {
  const sources: Source[] = [];
  (citations ?? []).forEach((citation, j) => {
    const entry = register.get(citation.source);
    if (entry) sources.push(resolveCitation(citation, entry));
    else
      problems.push({
        file,
        path: `${at}.sources[${j}].source`,
        rule: 'reference',
        message: `no source in the register (data/sources.json) has id "${citation.source}"`,
      });
  });
  return sources;
}
