/**
 * Town names in each language of the atlas, from GeoNames (the `cities1000` gazetteer's names and
 * alternate names) or, where it gives none that serves, from the reviewed term table
 * (`data/town-terms.json`). `scripts/derive-town-names.ts` reads the gazetteer once and writes
 * `data/town-names.json`; the build reads that file. Pure: the rules and the check are tested alone.
 */
import type { Problem } from '../model/problem.ts';

/** The languages a town is named in: the atlas's pages. */
export const TOWN_NAME_LANGUAGES = ['en', 'uz', 'ru'] as const;
export type TownNameLanguage = (typeof TOWN_NAME_LANGUAGES)[number];

/** Project-relative path of the derived names (committed; `npm run derive:town-names` remakes it). */
export const TOWN_NAMES_FILE = 'data/town-names.json';

/** Project-relative path of the reviewed names that take the place of the gazetteer's. */
export const TOWN_TERMS_FILE = 'data/town-terms.json';

/**
 * Where a name came from, as `data/town-names.json` records it:
 * - `geonames-name`: GeoNames' own name, its administrative word dropped (and for Uzbek, oʻ gʻ written
 *   with U+02BB; for English, diacritics taken off);
 * - `geonames-alternate`: one of GeoNames' alternate names (the Russian Cyrillic form);
 * - `romanised-russian`: English, romanised from the Russian name by `romaniseRussian`, for the towns
 *   of Uzbekistan, so English readers meet them as English texts write them (Termez, Kokand, Bekabad);
 * - `term-table`: a reviewed name from `data/town-terms.json`.
 */
export type TownNameSource = 'geonames-name' | 'geonames-alternate' | 'romanised-russian' | 'term-table';

/** One town's names, by GeoNames id, as `data/town-names.json` holds them. */
export interface TownNameEntry {
  /** GeoNames' own name, as the gazetteer writes it (what the entry was made from). */
  geonames: string;
  country: string;
  names: Partial<Record<TownNameLanguage, string>>;
  from: Partial<Record<TownNameLanguage, TownNameSource>>;
}

export interface TownNamesFile {
  source: string;
  licence: string;
  towns: Record<string, TownNameEntry>;
}

/** A reviewed name: the GeoNames name it is for (so a stale id shows), and the names it gives. */
export interface TownTerm {
  geonames: string;
  en?: string;
  uz?: string;
  ru?: string;
}

/** The administrative words GeoNames leaves in Uzbek names ("town", "urban settlement", "district"). */
const ADMINISTRATIVE_WORDS =
  /\s+(shahri|shaharchasi|shahar|tumani|шахри|шаҳри|шаҳар|шахар|город|горад|ош)$/iu;

/** Any administrative word left anywhere in a name, for the check. */
const ANY_ADMINISTRATIVE_WORD =
  /(^|[\s-])(shahri|shaharchasi|shahar|tumani|шахри|шаҳри|шаҳар|город|горад)($|[\s-])/iu;

/** A name without its trailing administrative word ("Gijduvon Shahri" → "Gijduvon"). */
export function dropAdministrativeWord(name: string): string {
  return name.replace(ADMINISTRATIVE_WORDS, '').trim();
}

/** The Uzbek letter ʻ (U+02BB), which sources write as ' ‘ ’ ` or ʼ after o and g. */
const OKINA = '\u02BB';

/**
 * A GeoNames Uzbek name in the official Latin spelling: the administrative word dropped, oʻ and gʻ
 * with U+02BB, and ŭ (an older romanisation of ў) as oʻ.
 */
export function toUzbekLatin(name: string): string {
  return dropAdministrativeWord(name)
    .replace(/([oOgG])['‘’`ʼ]/g, `$1${OKINA}`)
    .replace(/ŭ/g, `o${OKINA}`)
    .replace(/Ŭ/g, `O${OKINA}`);
}

/** A name as an English text writes it: no diacritics, no apostrophes. */
export function toPlainLatin(name: string): string {
  return dropAdministrativeWord(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʻʼ'`]/g, '')
    .replace(/ı/g, 'i');
}

/** Letters of Cyrillic alphabets other than Russian (Uzbek, Tajik, Kazakh, Kyrgyz, Turkmen, Belarusian). */
const NON_RUSSIAN_CYRILLIC = /[ўқғҳәөүңӣҷіұһӯїєҗ]/iu;

/** A name in Russian letters only (with spaces and hyphens). */
export function isRussianCyrillic(name: string): boolean {
  return /^[А-Яа-яЁё]+(?:[\s-][А-Яа-яЁё]+)*$/u.test(name) && !NON_RUSSIAN_CYRILLIC.test(name);
}

const RUSSIAN_LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A Russian name in Latin letters, one table for every town (BGN/PCGN without diacritics): е is ye
 * at the start of a word and after a vowel; дж and, for a town of Uzbekistan, ж are j, as English texts
 * write Uzbek names (Andijan, Gijduvan).
 */
export function romaniseRussian(name: string, country: string): string {
  const lower = name.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] ?? '';
    const before = lower[i - 1] ?? ' ';
    const upper = name[i] !== c;
    let latin: string;
    if (c === 'д' && lower[i + 1] === 'ж') {
      latin = 'j';
      i++;
    } else if (c === 'ж' && country === 'UZ') latin = 'j';
    else if (c === 'е' && /[\s\-аеёиоуыэюяьъ]/u.test(before)) latin = 'ye';
    else latin = RUSSIAN_LETTERS[c] ?? c;
    out += upper && latin ? latin[0]?.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** Levenshtein distance, for choosing the alternate name closest to a town's Latin name. */
function getEditDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

const UZBEK_TO_CYRILLIC: readonly [RegExp, string][] = [
  [/oʻ/g, 'ў'],
  [/gʻ/g, 'ғ'],
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/yo/g, 'ё'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
];

/**
 * An Uzbek Latin name written letter for letter in Cyrillic, without Uzbek's own letters: the form
 * an alternate name has when it is Uzbek, not Russian (Бухоро, not Бухара).
 */
function spellUzbekInRussianLetters(uzbek: string): string {
  let s = uzbek.toLowerCase();
  for (const [from, to] of UZBEK_TO_CYRILLIC) s = s.replace(from, to);
  const map: Record<string, string> = {
    a: 'а',
    b: 'б',
    d: 'д',
    e: 'е',
    f: 'ф',
    g: 'г',
    h: 'х',
    i: 'и',
    j: 'ж',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    p: 'п',
    q: 'к',
    r: 'р',
    s: 'с',
    t: 'т',
    u: 'у',
    v: 'в',
    x: 'х',
    y: 'й',
    z: 'з',
    ў: 'у',
    ғ: 'г',
  };
  return [...s].map((c) => map[c] ?? c).join('');
}

/**
 * The Russian name among a town's alternate names: Russian letters only, no administrative word, not
 * far from the town's Latin name, and of those the one whose romanisation is closest to it; for a town of Uzbekistan,
 * not the Uzbek name spelt in Russian letters where another candidate is left. Null when none is.
 */
export function pickRussianName(
  alternates: readonly string[],
  latinName: string,
  country: string,
  uzbekName?: string,
): string | null {
  let candidates = [
    ...new Set(
      alternates
        .map((a) => a.trim())
        .filter((a) => isRussianCyrillic(a) && !ANY_ADMINISTRATIVE_WORD.test(a) && !/\sош$/u.test(a)),
    ),
  ];
  if (country === 'UZ' && uzbekName && candidates.length > 1) {
    const uzbekSpelt = spellUzbekInRussianLetters(uzbekName);
    const russian = candidates.filter((c) => c.toLowerCase() !== uzbekSpelt);
    if (russian.length > 0) candidates = russian;
  }
  const target = toPlainLatin(latinName).toLowerCase();
  // A form far from the Latin name is another name, most often the Soviet one of a renamed town
  // (Кизил-Арват for Serdar): not the name the town has.
  const scored = candidates
    .map((c) => ({ c, d: getEditDistance(romaniseRussian(c, country).toLowerCase(), target) }))
    .filter(({ d }) => d <= Math.max(2, Math.round(target.length * 0.4)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c, 'ru'));
  // The Russian edition writes е for ё throughout (as NATO's Russian pages do).
  return scored[0]?.c.replace(/ё/g, 'е').replace(/Ё/g, 'Е') ?? null;
}

/** What a name in each language must be, for the check. */
const SCRIPT_RULES: Record<TownNameLanguage, { test: (name: string) => boolean; says: string }> = {
  en: { test: (n) => /^[A-Za-z]+(?:[\s'-][A-Za-z]+)*$/.test(n), says: 'plain Latin letters (no diacritics)' },
  uz: {
    test: (n) => /^[A-Za-zʻ]+(?:[\s-][A-Za-zʻ]+)*$/u.test(n) && !/[oOgG]['‘’`ʼ]/.test(n),
    says: 'Uzbek Latin letters, with oʻ and gʻ written with U+02BB',
  },
  ru: {
    test: (n) => isRussianCyrillic(n) && !/[ёЁ]/u.test(n),
    says: 'Russian Cyrillic letters (no ў қ ғ ҳ, and е for ё as the whole Russian edition writes it)',
  },
};

/**
 * Checks one town's names: in the language's letters, with no administrative word ("Shahri",
 * "Shaharchasi", "shahar"), and, where `requireAll` (a town the map shows), one in every language.
 * `label` names the town in the messages.
 */
export function checkTownNameSet(
  file: string,
  path: string,
  label: string,
  names: Partial<Record<TownNameLanguage, unknown>>,
  requireAll = true,
): Problem[] {
  const problems: Problem[] = [];
  for (const language of TOWN_NAME_LANGUAGES) {
    const name = names[language];
    const where = (message: string) => problems.push({ file, path, rule: 'town-name-language', message });
    if (name === undefined && !requireAll) continue;
    if (typeof name !== 'string' || name.trim() === '') {
      where(
        `${label} has no ${language} name: add one to ${TOWN_TERMS_FILE} and run npm run derive:town-names`,
      );
      continue;
    }
    if (!SCRIPT_RULES[language].test(name))
      where(`${label}'s ${language} name "${name}" is not in ${SCRIPT_RULES[language].says}`);
    if (ANY_ADMINISTRATIVE_WORD.test(name))
      where(
        `${label}'s ${language} name "${name}" keeps an administrative word (Shahri, Shaharchasi, shahar)`,
      );
  }
  return problems;
}

/**
 * Checks the derived names file: each name in its language's letters and saying where it came from. A
 * town may lack a language here (the map then leaves it out); the towns the map shows are checked whole.
 */
export function checkTownNamesFile(file: string, data: TownNamesFile): Problem[] {
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(data.towns ?? {})) {
    const path = `$.towns["${id}"]`;
    const label = `town ${id} (${entry.geonames})`;
    problems.push(...checkTownNameSet(file, path, label, entry.names ?? {}, false));
    for (const language of TOWN_NAME_LANGUAGES)
      if (entry.names?.[language] && !entry.from?.[language])
        problems.push({
          file,
          path,
          rule: 'town-name-source',
          message: `${label}'s ${language} name does not say where it came from`,
        });
  }
  return problems;
}
