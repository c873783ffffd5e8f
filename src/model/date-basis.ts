/** How each part of an event's date is known, in words for readers and take-away files. Pure. */
import type { AtlasEvent, DateBasis } from './dataset.ts';

/** One basis in words, as a reader would say it. */
export const DATE_BASIS_WORDS: Readonly<Record<DateBasis, string>> = {
  seed: "stated on NATO's page",
  external: 'from another source',
  ordinal: 'from the order of the page',
  bounds: 'given by no source: shown across the years the page leaves open',
};

type DatePart = 'year' | 'month' | 'day' | 'end';

const PART_NAMES: Readonly<Record<DatePart, string>> = {
  year: 'year',
  month: 'month',
  day: 'day',
  end: 'end of the range',
};

/** Each part the event's date shows, with the basis it is known by. */
export function listDatePartBases(event: AtlasEvent): { part: DatePart; basis: DateBasis }[] {
  const bases = event.partBases ?? {};
  const parts: { part: DatePart; basis: DateBasis }[] = [{ part: 'year', basis: event.dateBasis }];
  if (event.date.month !== undefined) parts.push({ part: 'month', basis: bases.month ?? event.dateBasis });
  if (event.date.day !== undefined) parts.push({ part: 'day', basis: bases.day ?? event.dateBasis });
  if (event.date.end !== undefined) parts.push({ part: 'end', basis: bases.end ?? event.dateBasis });
  return parts;
}

/** True when some part of the date is known another way than the year. */
export function hasMixedDateBases(event: AtlasEvent): boolean {
  return listDatePartBases(event).some(({ basis }) => basis !== event.dateBasis);
}

/**
 * How the date is known, part by part when the parts differ: "year stated on NATO's page; month and day
 * from another source". With one basis for all, only that basis in words.
 */
export function describeDateBasisInWords(event: AtlasEvent): string {
  if (!hasMixedDateBases(event)) return DATE_BASIS_WORDS[event.dateBasis];
  const groups = new Map<DateBasis, string[]>();
  for (const { part, basis } of listDatePartBases(event))
    groups.set(basis, [...(groups.get(basis) ?? []), PART_NAMES[part]]);
  return [...groups].map(([basis, parts]) => `${joinWords(parts)} ${DATE_BASIS_WORDS[basis]}`).join('; ');
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
