/** The Uzbek (Latin) page's texts: its catalogue and the content translations the build extracts. */
import texts from 'virtual:content-texts/uz';
import type { LanguagePack } from './language-pack.ts';
import { uz } from './messages-uz.ts';

export const pack: LanguagePack = { messages: uz, texts };
