/**
 * The NATO page all content comes from, and the names of its sections: a source citing the page must
 * name one of them, so a reader can find the passage.
 */
export const SEED_PAGE_URL = 'https://www.nato.int/cps/en/natohq/topics_22839.htm';

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
