/**
 * A pseudo-locale for checks: every text of a catalogue bracketed ⟦…⟧ and padded by 40 %, the most
 * that Uzbek and Russian run longer than English. A text on the page without brackets did not come
 * from the catalogue; a layout that hides padded text would hide Uzbek or Russian too.
 */
import type { Messages } from './messages-en.ts';

/** Tags and addresses: not reader-visible text. */
const KEEP = new Set(['lang', 'intl', 'natoSourceUrl']);

/** `text` bracketed and padded by 40 % of its length. */
export function padText(text: string): string {
  if (text.trim() === '') return text;
  return `⟦${text}${'~'.repeat(Math.ceil(text.length * 0.4))}⟧`;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return padText(value);
  if (typeof value === 'function')
    return (...args: unknown[]) => padText((value as (...a: unknown[]) => string)(...args));
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v)]));
  return value;
}

/** `messages` with every reader-visible text padded. */
export function pseudoLocalize(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, KEEP.has(key) ? value : pseudoValue(value)]),
  ) as Messages;
}
