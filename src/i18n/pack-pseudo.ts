/**
 * The pseudo-locale's texts, only in a build made with `VITE_ATLAS_PSEUDO=1`: the English catalogue
 * and content, every text bracketed and padded by 40 % (`pseudo.ts`), for the layout checks.
 */
import texts from 'virtual:content-texts/pseudo';
import { en } from './messages-en.ts';
import { pseudoLocalize } from './pseudo.ts';

// Typed by the language pack that loads it (a `LanguagePack`), so this chunk imports nothing back.
export const pack = { messages: pseudoLocalize(en), texts };
