/**
 * The pseudo-locale's texts, only in a build made with `VITE_ATLAS_PSEUDO=1`: the English catalogue
 * and content, every text bracketed and padded by 40 % (`pseudo.ts`), for the layout checks.
 */
import texts from 'virtual:content-texts/pseudo';
import type { LanguagePack } from './language-pack.ts';
import { en } from './messages-en.ts';
import { pseudoLocalize } from './pseudo.ts';

export const pack: LanguagePack = { messages: pseudoLocalize(en), texts };
