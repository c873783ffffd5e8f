/**
 * The themes of cooperation, one for each section of the NATO page that the events come from. Ids are
 * stable (they go into links); labels are the page's own section names.
 */
export const THEMES = [
  { id: 'security-cooperation', label: 'Security cooperation' },
  { id: 'defence-reform', label: 'Defence and security sector reform' },
  { id: 'civil-emergency-planning', label: 'Civil emergency planning' },
  { id: 'science-environment', label: 'Science and environment' },
  { id: 'public-information', label: 'Public Information' },
  { id: 'framework', label: 'Framework for cooperation' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

/** Every theme id, in the page's order. */
export const THEME_IDS = THEMES.map((theme) => theme.id) as [ThemeId, ...ThemeId[]];

const LABEL_BY_ID = new Map<string, string>(THEMES.map((theme) => [theme.id, theme.label]));
const ID_BY_LABEL = new Map<string, ThemeId>(THEMES.map((theme) => [theme.label, theme.id]));

/** The page's name for a theme. */
export function getThemeLabel(id: ThemeId): string {
  return LABEL_BY_ID.get(id) ?? id;
}

/** The theme a section of the NATO page stands for, if that section is a theme. */
export function getThemeOfSection(section: string): ThemeId | undefined {
  return ID_BY_LABEL.get(section);
}

/** Whether `value` names a theme. */
export function isThemeId(value: string): value is ThemeId {
  return LABEL_BY_ID.has(value);
}

/** The known theme ids among `values`, once each, in the page's order. */
export function normalizeThemes(values: readonly string[]): ThemeId[] {
  const wanted = new Set(values);
  return THEME_IDS.filter((id) => wanted.has(id));
}

/** Whether an event shows under a theme filter: every event does when no theme is chosen. */
export function matchesThemes(event: { themes: readonly string[] }, themes: readonly ThemeId[]): boolean {
  return themes.length === 0 || event.themes.some((theme) => (themes as readonly string[]).includes(theme));
}

/** Whether two theme lists (in the page's order) are the same. */
export function isSameThemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
