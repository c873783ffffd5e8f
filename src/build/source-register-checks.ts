/**
 * Rules on the register of sources (`data/sources.json`), build time only: ids are unique, every source
 * has a language, is cited somewhere, and its archived copy is a web archive address of that same page
 * whose label says whether its capture time is known.
 */

import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import type { Source } from './schema.ts';

const ARCHIVE_URL = /^https:\/\/web\.archive\.org\/web\/(\d{4,14})\/(.+)$/;

/** The 14-digit timestamp of an ISO UTC time (`2016-03-03T10:40:12Z` → `20160303104012`). */
function toArchiveStamp(iso: string): string {
  return iso.replace(/\D/g, '');
}

/** Every citation in the dataset, wherever it is. */
function listCitedIds(data: Dataset): Set<string> {
  const lists: (readonly Source[] | undefined)[] = [
    ...data.events.map((e) => e.sources),
    ...data.programmes.map((p) => p.sources),
    ...data.places.map((p) => p.sources),
    data.route.sources,
    ...data.route.stops.map((s) => s.sources),
    ...data.story.map((c) => c.sources),
  ];
  return new Set(lists.flatMap((list) => (list ?? []).map((s) => s.id)));
}

/** Runs the register's rules. */
export function runSourceRegisterChecks(data: Dataset): Problem[] {
  const file = DATA_FILES.sources;
  const problems: Problem[] = [];
  const cited = listCitedIds(data);
  const seen = new Map<string, number>();
  data.sources.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined)
      problems.push({
        file,
        path: `$[${i}].id`,
        rule: 'unique-id',
        message: `id "${entry.id}" is already used at $[${first}].id`,
      });
    seen.set(entry.id, i);
    if (!cited.has(entry.id))
      problems.push({
        file,
        path: `$[${i}].id`,
        rule: 'source-unused',
        message: `source "${entry.id}" is cited by no event, programme, place, route or chapter`,
      });
    if (!entry.language?.trim())
      problems.push({
        file,
        path: `$[${i}].language`,
        rule: 'source-language',
        message: `"${entry.title}" needs the language it is written in (en, ru, de…)`,
      });
    if (ARCHIVE_URL.test(entry.url))
      problems.push({
        file,
        path: `$[${i}].url`,
        rule: 'archive-in-url',
        message:
          'is a web archive address: give the page’s own address as url and the copy as archive, with its label',
      });
    const archive = entry.archive;
    if (!archive) return;
    const match = ARCHIVE_URL.exec(archive.url);
    if (match?.[2] !== entry.url)
      problems.push({
        file,
        path: `$[${i}].archive.url`,
        rule: 'archive-url',
        message: `must be https://web.archive.org/web/<timestamp>/ followed by the source's own url (${entry.url})`,
      });
    const stamp = match?.[1] ?? '';
    if (archive.label === 'archived copy') {
      if (!archive.captured)
        problems.push({
          file,
          path: `$[${i}].archive.label`,
          rule: 'archive-label',
          message:
            'the capture time of this copy is not known (no captured), so it must be labelled "nearest archived copy"',
        });
      else if (stamp !== toArchiveStamp(archive.captured))
        problems.push({
          file,
          path: `$[${i}].archive.captured`,
          rule: 'archive-label',
          message: `the address asks for ${stamp}, not the capture ${archive.captured}: give the capture's own 14-digit timestamp`,
        });
    }
  });
  return problems;
}
