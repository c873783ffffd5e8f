/** The Russian page's texts: its catalogue and the content translations the build extracts. */
import texts from 'virtual:content-texts/ru';
import type { LanguagePack } from './language-pack.ts';
import { ru } from './messages-ru.ts';

export const pack: LanguagePack = { messages: ru, texts };
