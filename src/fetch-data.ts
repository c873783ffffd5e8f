/** Fetches the data files beside the page. A file that cannot be fetched becomes a problem, not a crash. */
import { type DataFilesResult, readDataFilesAsync } from './model/read-data-files.ts';

/** Reads every data file relative to `base` (the page's own origin). */
export function fetchDataFiles(base: string): Promise<DataFilesResult> {
  return readDataFilesAsync(async (path) => {
    const response = await fetch(new URL(path, base), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
}
