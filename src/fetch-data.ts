/** Fetches the data files beside the page. A file that cannot be fetched becomes a problem, not a crash. */
import { DATA_FILES, type DataFileRole, type RawDataFiles } from './model/files.ts';
import type { Problem } from './model/problem.ts';

/** Reads every data file relative to `base` (the page's own origin). */
export async function fetchDataFiles(base: string): Promise<{ files: RawDataFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  const entries = await Promise.all(
    (Object.entries(DATA_FILES) as [DataFileRole, string][]).map(async ([role, path]) => {
      try {
        const response = await fetch(new URL(path, base), { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return [role, await response.text()] as const;
      } catch (error) {
        problems.push({
          file: path,
          path: '$',
          rule: 'file',
          message: `could not be loaded: ${(error as Error).message}`,
        });
        return [role, ''] as const;
      }
    }),
  );
  return { files: Object.fromEntries(entries) as RawDataFiles, problems };
}
