/**
 * A short, stable fingerprint of an English text, recorded beside each translation so that a change
 * to the English shows the translation as stale. Pure and dependency-free, so the page, the build and
 * the translators' scripts compute the same value.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/** Unicode-normalised, with runs of whitespace as one space: re-wrapping a sentence changes nothing. */
function canonicalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The fingerprint of `text`: FNV-1a (32-bit) over its canonical UTF-8 bytes, as 8 lower-case hex digits.
 * Not a security hash; it only has to change when the words change.
 */
export function fingerprintText(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(canonicalizeText(text))) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
