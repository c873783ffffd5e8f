import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameTown } from '../../scripts/derive-town-names.ts';
import {
  checkTownNamesFile,
  pickRussianName,
  romaniseRussian,
  TOWN_NAMES_FILE,
  type TownNamesFile,
  toPlainLatin,
  toUzbekLatin,
} from '../../src/build/town-names.ts';

const town = (name: string, country = 'UZ') => ({
  cityId: 1,
  name,
  country,
  population: 20_000,
  loc: { coordinates: [65, 40] },
});

describe('town names from the gazetteer', () => {
  it('writes Uzbek in the official Latin, oʻ gʻ with U+02BB, without the administrative word', () => {
    expect(toUzbekLatin('G’ijduvon Shahri')).toBe('G\u02BBijduvon');
    expect(toUzbekLatin('Zomin Shaharchasi')).toBe('Zomin');
    expect(toUzbekLatin('Kegeyli Shahar')).toBe('Kegeyli');
    expect(toUzbekLatin('Qŭshkŭpir')).toBe('Qoʻshkoʻpir');
    expect(toPlainLatin('Mazār-e Sharīf')).toBe('Mazar-e Sharif');
  });

  it('romanises Russian by one table, with j for дж and, in Uzbekistan, ж', () => {
    expect(romaniseRussian('Гиждуван', 'UZ')).toBe('Gijduvan');
    expect(romaniseRussian('Бекабад', 'UZ')).toBe('Bekabad');
    expect(romaniseRussian('Янгиер', 'UZ')).toBe('Yangiyer');
    expect(romaniseRussian('Джалал-Абад', 'KG')).toBe('Jalal-Abad');
    expect(romaniseRussian('Жанатас', 'KZ')).toBe('Zhanatas');
  });

  it('picks the Russian form: Russian letters, no "город", close to the Latin name, not the Uzbek one', () => {
    expect(pickRussianName(['Горад Кандагар', 'Кандагар'], 'Kandahār', 'AF')).toBe('Кандагар');
    expect(pickRussianName(['Кӯлоб', 'Куляб'], 'Kŭlob', 'TJ')).toBe('Куляб');
    expect(pickRussianName(['Бухара', 'Бухоро'], 'Bukhara', 'UZ', 'Buxoro')).toBe('Бухара');
    expect(pickRussianName(['Кизил-Арват'], 'Serdar', 'TM')).toBeNull();
    expect(pickRussianName(['Ёлётен'], 'Yolöten', 'TM')).toBe('Елетен');
    expect(pickRussianName(['Ғиждувон'], 'Gijduvon', 'UZ')).toBeNull();
  });

  it('takes the term table before the gazetteer, and says where each name came from', () => {
    const entry = nameTown(town('Bekobod'), ['Бекобод'], { geonames: 'Bekobod', ru: 'Бекабад' });
    expect(entry.names).toEqual({ en: 'Bekabad', uz: 'Bekobod', ru: 'Бекабад' });
    expect(entry.from).toEqual({ en: 'romanised-russian', uz: 'geonames-name', ru: 'term-table' });
    const herat = nameTown(town('Herāt', 'AF'), ['Герат', 'Горад Герат']);
    expect(herat.names).toEqual({ en: 'Herat', uz: 'Herat', ru: 'Герат' });
    expect(herat.from.ru).toBe('geonames-alternate');
  });
});

describe('the town names file', () => {
  const read = (): TownNamesFile =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../..', TOWN_NAMES_FILE), 'utf8')) as TownNamesFile;

  it('passes as committed', () => {
    expect(checkTownNamesFile(TOWN_NAMES_FILE, read())).toEqual([]);
  });

  it('names a Latin Russian name, an apostrophe for ʻ, a kept "Shahri" and a name without its source', () => {
    const copy = read();
    const [a, b, c] = Object.keys(copy.towns);
    const at = (id: string | undefined) => {
      const entry = copy.towns[id ?? ''];
      if (!entry) throw new Error(`no town ${id}`);
      return entry;
    };
    at(a).names.ru = 'Gijduvon';
    at(b).names.uz = "Qo'qon Shahri";
    delete at(c).from.en;
    const problems = checkTownNamesFile(TOWN_NAMES_FILE, copy);
    expect(problems.map((p) => `${p.rule} ${p.path}`)).toEqual([
      `town-name-language $.towns["${a}"]`,
      `town-name-language $.towns["${b}"]`,
      `town-name-language $.towns["${b}"]`,
      `town-name-source $.towns["${c}"]`,
    ]);
    expect(problems[0]?.message).toMatch(/ru name "Gijduvon" is not in Russian Cyrillic/);
    expect(problems[2]?.message).toMatch(/keeps an administrative word/);
  });
});
