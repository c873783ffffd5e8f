/**
 * The one way the data files are read, in the page (fetch) and at build and check time (the file
 * system): every file of `DATA_FILES`, each failure a problem naming the file rather than a crash.
 * Only the way one file's text is got differs, so both report the same problems.
 */

import type { Problem } from '../model/problem.ts';
import { DATA_FILES, type DataFileRole, type RawDataFiles } from './files.ts';

/** Every data file's text (empty where it failed) and what failed. */
export interface DataFilesResult {
  files: RawDataFiles;
  problems: Problem[];
}

const ROLES = Object.keys(DATA_FILES) as DataFileRole[];

function toProblem(path: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { file: path, path: '$', rule: 'file', message: `cannot be read: ${reason}` };
}

/** Reads every data file with `readText` (given each file's path), synchronously. */
export function readDataFilesWith(readText: (path: string) => string): DataFilesResult {
  const problems: Problem[] = [];
  const files = {} as RawDataFiles;
  for (const role of ROLES) {
    try {
      files[role] = readText(DATA_FILES[role]);
    } catch (error) {
      problems.push(toProblem(DATA_FILES[role], error));
      files[role] = '';
    }
  }
  return { files, problems };
}

/** Reads every data file with `readText`, all at once; problems keep the files' order. */
export async function readDataFilesAsync(
  readText: (path: string) => Promise<string>,
): Promise<DataFilesResult> {
  const outcomes = await Promise.all(
    ROLES.map(async (role) => {
      try {
        return { role, text: await readText(DATA_FILES[role]) };
      } catch (error) {
        return { role, text: '', problem: toProblem(DATA_FILES[role], error) };
      }
    }),
  );
  const files = {} as RawDataFiles;
  for (const { role, text } of outcomes) files[role] = text;
  return { files, problems: outcomes.flatMap((o) => ('problem' in o && o.problem ? [o.problem] : [])) };
}
