/**
 * Checks of the translations' wording that a machine can make: one rendering per term (the term table,
 * `data/terms.json`), the Russian edition's spelling without ё, and no colon standing in for grammar in
 * Russian ("около: 1996", "640 км от: Ташкент"). Pure: the caller gives the texts and says where each is.
 */
import * as z from 'zod/mini';
import type { Problem } from '../model/problem.ts';

/** The term table's file, relative to the project root. */
export const TERMS_FILE = 'data/terms.json';

/** The languages the term table gives renderings for. */
export type TermLanguage = 'ru' | 'uz';

const PatternSchema = z.string().check(
  z.refine((p) => {
    try {
      new RegExp(p, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'must be a regular expression'),
);

const RenderingSchema = z.strictObject({
  /** The edition's one rendering. */
  form: z.string().check(z.minLength(1)),
  /** Inflected and short forms of `form` (regular expressions, case-sensitive). */
  accept: z.optional(z.array(PatternSchema)),
  /** Other renderings of the term, refused anywhere in the language's texts. */
  avoid: z.optional(z.array(PatternSchema)),
});

const TermSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')),
  term: z.string(),
  /** English texts matching this must render the term in each language. */
  en: z.optional(PatternSchema),
  source: z.string().check(z.minLength(1, 'must say where the form comes from')),
  ru: z.optional(RenderingSchema),
  uz: z.optional(RenderingSchema),
});

export const TermTableSchema = z.strictObject({
  about: z.string(),
  terms: z.array(TermSchema),
});
export type TermTable = z.infer<typeof TermTableSchema>;
export type Term = z.infer<typeof TermSchema>;

/** One text to check: its words, where it is, and (for a content entry) the English it translates. */
export interface CheckedText {
  file: string;
  path: string;
  /** What the reader of the message is told it is: `events/joins-pfp/title`, `line 12`. */
  label: string;
  text: string;
  english?: string;
}

// A pattern meets a word at its start, so "ПРМ" is not found inside another word.
const atWordStart = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'u');
const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every problem of one language's texts against the term table: another rendering, or a term dropped. */
export function checkTerms(table: TermTable, language: string, texts: readonly CheckedText[]): Problem[] {
  const problems: Problem[] = [];
  for (const term of table.terms) {
    // A language the table has no column for has no rendering to hold its texts to.
    const rendering = term[language as TermLanguage];
    if (!rendering) continue;
    // The rest of the word is taken too, so the message quotes the word as written.
    const avoid = (rendering.avoid ?? []).map((p) => ({ p, re: atWordStart(`(?:${p})[\\p{L}]*`) }));
    const accept = [escapePattern(rendering.form), ...(rendering.accept ?? [])].map(atWordStart);
    const english = term.en ? new RegExp(term.en, 'u') : undefined;
    for (const t of texts) {
      for (const { re } of avoid) {
        const found = re.exec(t.text);
        if (found)
          problems.push({
            file: t.file,
            path: t.path,
            rule: 'term-variant',
            message: `${t.label} writes "${found[0]}" for ${term.term}; the edition writes "${rendering.form}" (${TERMS_FILE}, ${term.id})`,
          });
      }
      if (
        english &&
        t.english !== undefined &&
        english.test(t.english) &&
        !accept.some((re) => re.test(t.text))
      )
        problems.push({
          file: t.file,
          path: t.path,
          rule: 'term-missing',
          message: `${t.label}: the English names ${term.term}, but the text has no form of "${rendering.form}" (${TERMS_FILE}, ${term.id})`,
        });
    }
  }
  return problems;
}

/**
 * The Russian edition writes е for ё throughout, as NATO's Russian pages do («Партнерство»): every word
 * with ё, named.
 */
export function checkRussianYo(texts: readonly CheckedText[]): Problem[] {
  const problems: Problem[] = [];
  for (const t of texts) {
    const words = [...new Set(t.text.match(/[\p{L}-]*[ёЁ][\p{L}-]*/gu) ?? [])];
    if (words.length > 0)
      problems.push({
        file: t.file,
        path: t.path,
        rule: 'ru-yo',
        message: `${t.label} writes ё in ${words.map((w) => `"${w}"`).join(', ')}; the edition writes е (as NATO's Russian pages)`,
      });
  }
  return problems;
}

// A preposition needs its noun in a case; a colon after it ("около: 1996", "от: Ташкент") only hides that.
const PREPOSITION_COLON =
  /(?<![\p{L}])(около|от|до|из|с|со|в|во|к|ко|по|после|перед|между|для|при|на|о|об|через|за|период)\s*:/iu;
// Two labels in a row ("дата: год: со страницы") stand in for a sentence.
const LABEL_CHAIN = /(?<![\p{L}])[\p{L}]+: [\p{L}]+: /u;

/** Russian texts where a colon stands in for grammar: after a preposition, or two labels in a row. */
export function checkRussianColons(texts: readonly CheckedText[]): Problem[] {
  const problems: Problem[] = [];
  for (const t of texts) {
    const found = PREPOSITION_COLON.exec(t.text) ?? LABEL_CHAIN.exec(t.text);
    if (found)
      problems.push({
        file: t.file,
        path: t.path,
        rule: 'ru-colon',
        message: `${t.label} writes "${found[0]}": a colon stands in for grammar; decline the word or rephrase`,
      });
  }
  return problems;
}
