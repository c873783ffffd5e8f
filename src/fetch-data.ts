/** Fetches the data bundle beside the page. A bundle that cannot be fetched or read becomes a problem, not a crash. */
import { BUNDLE_FILE, type BundleResult, readBundle } from './model/bundle.ts';

/** Fetches and reads the bundle relative to `base` (the page's own origin). */
export async function fetchBundle(base: string): Promise<BundleResult> {
  try {
    const response = await fetch(new URL(BUNDLE_FILE, base), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readBundle(await response.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file: BUNDLE_FILE, path: '$', rule: 'file', message: `cannot be read: ${reason}` }],
    };
  }
}
