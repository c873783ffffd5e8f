/**
 * The NATO page all content comes from, and the names of its sections: a source citing the page must
 * name one of them, so a reader can find the passage.
 */
export const SEED_PAGE_URL = 'https://www.nato.int/cps/en/natohq/topics_22839.htm';

/**
 * The web archive's copy of the page as of its last update (3 March 2016): the live page has changed
 * since (its 2017 version dates PfP to 1995), so every citation of the page also offers this copy.
 */
export const SEED_PAGE_ARCHIVE_URL = `https://web.archive.org/web/20160303120000/${SEED_PAGE_URL}`;

export const SEED_SECTIONS = [
  'Introduction',
  'Security cooperation',
  'Defence and security sector reform',
  'Civil emergency planning',
  'Science and environment',
  'Public Information',
  'Framework for cooperation',
  'Evolution of relations',
  'Key milestones',
] as const;

/** Whether a source is the NATO page itself (any other source is an outside one). */
export function isSeedSource(source: { url?: string }): boolean {
  return source.url === SEED_PAGE_URL;
}

/** The archived copy a reader can open for a source: its own, or for the NATO page the 2016 copy. */
export function getArchiveUrl(source: { url?: string; archiveUrl?: string }): string | undefined {
  return source.archiveUrl ?? (isSeedSource(source) ? SEED_PAGE_ARCHIVE_URL : undefined);
}

/**
 * A link to the section a source names, as a text fragment (`#:~:text=`): the NATO page has no anchors
 * for its sections, and browsers that know fragments scroll to the heading. The introduction has no
 * heading, so it links the page itself.
 */
export function linkSection(url: string, section: string | undefined): string {
  if (section === undefined || section === 'Introduction' || url.includes('#')) return url;
  return `${url}#:~:text=${encodeURIComponent(section)}`;
}
