/**
 * Loads a language's catalogue and translated content, as its row in the language table says. Each
 * translated language's catalogue is its own chunk (a dynamic import) and its content texts a data
 * file beside the page's bundle, fetched at the same time, so a page downloads only its own language;
 * English is in the main chunk and the bundle.
 */
import { type ContentTexts, getContentTextsFile, readContentTexts } from '../model/localize-dataset.ts';
import type { Problem } from '../model/problem.ts';
import { getLanguageRow, LANGUAGE_TABLE, type LanguageTable } from './languages.ts';
import type { Messages } from './messages-en.ts';

export interface LanguagePack {
  messages: Messages;
  texts: ContentTexts;
  /** Why the language's texts could not be read; the page lists them as it lists the bundle's. */
  problems?: Problem[];
}

/** Fetches `language`'s content texts relative to `base` (the page's data root). */
async function fetchContentTexts(
  base: string,
  language: string,
): Promise<Pick<LanguagePack, 'texts' | 'problems'>> {
  const file = getContentTextsFile(language);
  try {
    const response = await fetch(new URL(file, base), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const result = readContentTexts(await response.text(), file);
    return result.ok ? { texts: result.texts } : { texts: {}, problems: result.problems };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { texts: {}, problems: [{ file, path: '$', rule: 'file', message: `cannot be read: ${reason}` }] };
  }
}

/** The catalogue and texts of `language`; `base` is where the page's data lies. */
export async function loadLanguagePack(
  language: string,
  base: string,
  table: LanguageTable = LANGUAGE_TABLE,
): Promise<LanguagePack> {
  const row = getLanguageRow(language, table);
  if (row.translations === null) {
    // A layout-check build (`VITE_ATLAS_PSEUDO=1`) pads every text of the English page.
    if (import.meta.env.VITE_ATLAS_PSEUDO === '1') return (await import('./pack-pseudo.ts')).pack;
    return { messages: await row.loadCatalogue(), texts: {} };
  }
  const [messages, content] = await Promise.all([row.loadCatalogue(), fetchContentTexts(base, row.id)]);
  return { messages, ...content };
}
