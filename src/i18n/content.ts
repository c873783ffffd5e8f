/**
 * The page's translated content beyond the dataset: theme labels and the glossary. The dataset's own
 * texts are put in place once, by `localizeDataset`, before anything renders.
 */

import type { ContentTexts } from '../model/localize-dataset.ts';
import { getThemeLabel, type ThemeId } from '../model/themes.ts';

let texts: ContentTexts = {};

/** Makes `next` the page's translated texts (none on the English page). */
export function setContentTexts(next: ContentTexts): void {
  texts = next;
}

/** A theme's name in the page's language. */
export function getThemeName(id: ThemeId): string {
  return texts.themes?.[id]?.label ?? getThemeLabel(id);
}
