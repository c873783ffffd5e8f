/**
 * The glossary: the acronyms and terms a reader meets in the atlas, each with its expansion and a short
 * explanation. The English edition is `data/glossary.json`; its translations live with the others in
 * `data/i18n/`, tied to the English by fingerprint like every translated text.
 */
import * as z from 'zod/mini';
import type { Dataset, GlossaryTerm } from '../model/dataset.ts';
import { formatJsonPath, type Problem } from '../model/problem.ts';
import { IdSchema } from './schema.ts';

/** Where the English glossary lives, relative to the project root. */
export const GLOSSARY_FILE = 'data/glossary.json';

const TextSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  /** As the reader meets it in the text: "PfP", "mélange". */
  term: TextSchema,
  /** What the abbreviation stands for, or the term in plain words. */
  expansion: TextSchema,
  /** One or two sentences for a reader who has never met the term. */
  explanation: TextSchema,
  /** The programme this term names, when the atlas has one. */
  programmeId: z.optional(IdSchema),
});
export type { GlossaryTerm } from '../model/dataset.ts';

type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Holds<T extends true> = T;

/** The schema validates exactly the page's `GlossaryTerm`: a difference fails to compile here. */
export type GlossarySchemaMatchesPage = Holds<Same<z.infer<typeof GlossaryTermSchema>, GlossaryTerm>>;

export const GlossaryFileSchema = z.strictObject({
  terms: z.array(GlossaryTermSchema).check(
    z.minLength(1, 'the glossary needs a term'),
    z.refine((terms) => new Set(terms.map((t) => t.id)).size === terms.length, 'a term id is listed twice'),
  ),
});
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;

/** A term's `programmeId` must name a programme of the dataset. */
export function checkGlossary(terms: readonly GlossaryTerm[], { programmes }: Dataset): Problem[] {
  const known = new Set(programmes.map((p) => p.id));
  return terms.flatMap((term, i) =>
    term.programmeId === undefined || known.has(term.programmeId)
      ? []
      : [
          {
            file: GLOSSARY_FILE,
            path: formatJsonPath(['terms', i, 'programmeId']),
            rule: 'reference',
            message: `"${term.programmeId}" is not a programme id in data/programmes.json`,
          },
        ],
  );
}
