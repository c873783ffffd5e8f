/**
 * The link format: `#place=termez&year=2009&stop=4&map=7/37.22/67.28/0/0`, one part per link field
 * (see `link-fields.ts`). `parseHash` never throws: whatever it cannot read falls back to the
 * default for that part. Values are percent-encoded, so any text can travel in a link.
 */
import { createEmptyLink, type RestorableState, readLink, writeLink } from './link-fields.ts';

/** Longer hashes are not links this page wrote; reading them is not worth the work. */
export const MAX_HASH_LENGTH = 2048;

/** A link's contents with nothing filled in: what the parser returns for an unreadable hash. */
export const EMPTY_LINK: Readonly<RestorableState> = Object.freeze(createEmptyLink());

/** Reads a location hash (with or without `#`). Unknown keys are ignored; nothing here throws. */
export function parseHash(hash: string): RestorableState {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return createEmptyLink();
  try {
    return readLink(new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash));
  } catch {
    return createEmptyLink();
  }
}

/** Writes the hash for a state. `defaultYear` is left out so a plain link stays short. */
export function serializeHash(state: RestorableState, defaultYear: number): string {
  return `#${writeLink(state, { defaultYear }).join('&')}`;
}
