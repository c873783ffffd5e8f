/**
 * Loads a language's catalogue and translated content. Each translated language is its own chunk
 * (a dynamic import), so a page downloads only its own language's texts; English is in the main chunk.
 */
import type { ContentTexts } from '../model/translations.ts';
import type { Language } from './locale.ts';
import { en, type Messages } from './messages-en.ts';

export interface LanguagePack {
  messages: Messages;
  texts: ContentTexts;
}

/** The catalogue and texts of `language`. */
export async function loadLanguagePack(language: Language): Promise<LanguagePack> {
  switch (language) {
    case 'en':
      // A layout-check build (`VITE_ATLAS_PSEUDO=1`) pads every text of the English page.
      if (import.meta.env.VITE_ATLAS_PSEUDO === '1') return (await import('./pack-pseudo.ts')).pack;
      return { messages: en, texts: {} };
    case 'uz':
      return (await import('./pack-uz.ts')).pack;
    case 'ru':
      return (await import('./pack-ru.ts')).pack;
  }
}
