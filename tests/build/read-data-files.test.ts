import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/build/files.ts';
import { readDataFilesAsync, readDataFilesWith } from '../../src/build/read-data-files.ts';

const read = (path: string) => {
  if (path === DATA_FILES.route) throw new Error('HTTP 404');
  return `text of ${path}`;
};

describe('reading the data files', () => {
  it('reads every file, and names each one that fails, the same way in the page and the build', async () => {
    const sync = readDataFilesWith(read);
    const async = await readDataFilesAsync(async (path) => read(path));
    expect(async).toEqual(sync);
    expect(sync.files.events).toBe(`text of ${DATA_FILES.events}`);
    expect(sync.files.route).toBe('');
    expect(sync.problems).toEqual([
      { file: DATA_FILES.route, path: '$', rule: 'file', message: 'cannot be read: HTTP 404' },
    ]);
  });
});
