/** Node-side access to the interface catalogues' review trail (`data/i18n/interface-unreviewed.json`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { en } from '../src/i18n/messages-en.ts';
import type { Problem } from '../src/model/problem.ts';

/** The trail's file, relative to the project root. */
export const INTERFACE_REVIEW_FILE = 'data/i18n/interface-unreviewed.json';

const TrailSchema = z.strictObject({
  about: z.string(),
  uz: z.array(z.string()),
  ru: z.array(z.string()),
});

function readTrail(root: string): z.infer<typeof TrailSchema> {
  return TrailSchema.parse(JSON.parse(readFileSync(join(root, INTERFACE_REVIEW_FILE), 'utf8')));
}

/** The catalogue keys of `language` that no reader of the language has reviewed as they stand. */
export function listUnreviewedMessages(language: string, root = process.cwd()): string[] {
  // A language the trail has no list for has had no interface review to record.
  const keys: unknown = (readTrail(root) as Record<string, unknown>)[language];
  return Array.isArray(keys) ? keys.map(String) : [];
}

/** A key in the trail that the catalogue does not have (renamed or removed). */
export function checkInterfaceTrail(root: string): Problem[] {
  const problems: Problem[] = [];
  let trail: z.infer<typeof TrailSchema>;
  try {
    trail = readTrail(root);
  } catch (error) {
    return [{ file: INTERFACE_REVIEW_FILE, path: '$', rule: 'schema', message: (error as Error).message }];
  }
  for (const language of ['uz', 'ru'] as const)
    trail[language].forEach((key, i) => {
      if (!(key in en))
        problems.push({
          file: INTERFACE_REVIEW_FILE,
          path: `$.${language}[${i}]`,
          rule: 'interface-review',
          message: `the catalogue has no text "${key}"`,
        });
    });
  return problems;
}
