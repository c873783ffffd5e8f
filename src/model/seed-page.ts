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

/**
 * The words a section's link scrolls to, where the section's own name is not unique on the page (a text
 * fragment ignores case and stops at the first match): "Civil emergency planning" first appears in the
 * introduction, "Defence and security sector reform" again in its own paragraph.
 */
export const SECTION_LINK_TEXT: Readonly<Record<string, string>> = {
  'Civil emergency planning': 'Civil emergency planning and disaster-relief coordination',
  'Defence and security sector reform': 'NATO supports the democratic and institutional reform processes',
};

/** The archived copy a reader can open for a source: its own, or for the NATO page the 2016 copy. */
export function getArchiveUrl(source: { url?: string; archiveUrl?: string }): string | undefined {
  return source.archiveUrl ?? (isSeedSource(source) ? SEED_PAGE_ARCHIVE_URL : undefined);
}

/**
 * The text a citation's link scrolls to (`#:~:text=`): the passage relied on, else the section's link
 * text; none for the introduction, which has no heading, or for a citation naming neither.
 */
export function getFragmentText(citation: { section?: string; passage?: string }): string | undefined {
  if (citation.passage) return citation.passage;
  if (citation.section === undefined || citation.section === 'Introduction') return undefined;
  return SECTION_LINK_TEXT[citation.section] ?? citation.section;
}

/** Percent-encodes text for a text fragment, where "-", "&" and "," are syntax too. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}

/**
 * A link to the passage or section a citation relies on, as a text fragment (`#:~:text=`): the NATO page
 * has no anchors for its sections, and browsers that know fragments scroll to the words.
 */
export function linkCitation(url: string, citation: { section?: string; passage?: string }): string {
  const text = getFragmentText(citation);
  if (text === undefined || url.includes('#')) return url;
  return `${url}#:~:text=${encodeFragmentText(text)}`;
}

/** A link to the section a source names (see `linkCitation`). */
export function linkSection(url: string, section: string | undefined): string {
  return linkCitation(url, section === undefined ? {} : { section });
}
