import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProjectData } from '../../scripts/project-data.ts';
import { checkProjectTranslations } from '../../scripts/project-translations.ts';
import { fingerprintText } from '../../src/build/fingerprint.ts';
import { checkGlossary } from '../../src/build/glossary.ts';
import {
  checkTranslations,
  getEntryStatus,
  parseTranslationFile,
} from '../../src/build/translation-check.ts';
import {
  collectTranslatedNames,
  type SourceText,
  type TranslationFile,
} from '../../src/build/translations.ts';

const ROOT = join(import.meta.dirname, '../..');

const sources: SourceText[] = [
  { collection: 'places', id: 'termez', field: 'name', text: 'Termez' },
  {
    collection: 'events',
    id: 'joins-pfp',
    field: 'title',
    text: 'Uzbekistan signs up to the Partnership for Peace',
  },
  { collection: 'chapters', id: 'first-steps', field: 'text.0', text: 'Relations begin in 1992.' },
];
const fp = (i: number) => fingerprintText(sources[i]?.text ?? '');

function makeRussian(): TranslationFile {
  return {
    language: 'ru',
    places: { termez: { name: { text: 'Термез', source: fp(0) } } },
    events: { 'joins-pfp': { title: { text: 'Узбекистан присоединяется к ПРМ', source: fp(1) } } },
    chapters: { 'first-steps': { 'text.0': { text: 'Отношения начинаются в 1992 году.', source: fp(2) } } },
  };
}

const rules = (file: TranslationFile, language: 'uz' | 'ru' = 'ru') =>
  checkTranslations(sources, file, language, `data/i18n/${language}.json`).map((p) => p.rule);

describe('getEntryStatus', () => {
  it('is current when the entry was made from, or reviewed against, the English as it is', () => {
    expect(getEntryStatus({ text: 'x', source: fingerprintText('a') }, 'a')).toBe('current');
    expect(getEntryStatus({ text: 'x', source: '00000000', confirmed: fingerprintText('a') }, 'a')).toBe(
      'current',
    );
  });

  it('tells missing, unstamped and stale apart', () => {
    expect(getEntryStatus(undefined, 'a')).toBe('missing');
    expect(getEntryStatus({ text: 'x' }, 'a')).toBe('unstamped');
    expect(getEntryStatus({ text: 'x', source: fingerprintText('a') }, 'b')).toBe('stale');
    // A review of an older English does not cover a newer one.
    expect(getEntryStatus({ text: 'x', source: '00000000', confirmed: fingerprintText('b') }, 'c')).toBe(
      'stale',
    );
  });
});

describe('checkTranslations', () => {
  it('passes a complete, current file', () => {
    expect(rules(makeRussian())).toEqual([]);
  });

  it('names a missing and a stale entry by key and JSON path', () => {
    const file = makeRussian();
    delete file.places?.termez;
    const changed = sources.map((s, i) => (i === 1 ? { ...s, text: `${s.text}, a further step` } : s));
    const problems = checkTranslations(changed, file, 'ru', 'data/i18n/ru.json');
    expect(problems.map((p) => [p.rule, p.path])).toEqual([
      ['translation-missing', '$.places.termez.name'],
      ['translation-stale', '$.events["joins-pfp"].title'],
    ]);
    expect(problems[0]?.message).toContain('places/termez/name');
    expect(problems[1]?.message).toContain('events/joins-pfp/title');
    expect(problems[1]?.message).toContain(`now ${fingerprintText(changed[1]?.text ?? '')}`);
    expect(problems[1]?.message).toContain('i18n:confirm');
  });

  it('accepts a stale entry once it is marked reviewed against the new English', () => {
    const file = makeRussian();
    const changed = sources.map((s, i) => (i === 1 ? { ...s, text: `${s.text}!` } : s));
    expect(checkTranslations(changed, file, 'ru', 'ru.json').map((p) => p.rule)).toEqual([
      'translation-stale',
    ]);
    const entry = file.events?.['joins-pfp']?.title;
    if (entry) entry.confirmed = fingerprintText(changed[1]?.text ?? '');
    expect(checkTranslations(changed, file, 'ru', 'ru.json')).toEqual([]);
  });

  it('reports an entry without a fingerprint, one with no English left, and the wrong language tag', () => {
    const file = makeRussian();
    delete file.places?.termez?.name?.source;
    file.rivers = { volga: { name: { text: 'Волга', source: '12345678' } } };
    file.language = 'uz-Latn';
    expect(rules(file)).toEqual(['translation-language', 'translation-unstamped', 'translation-orphan']);
  });

  it('finds quote marks standing in for ʻ and ʼ in Uzbek, and only in Uzbek', () => {
    const uz = (name: string): TranslationFile => ({
      ...makeRussian(),
      language: 'uz-Latn',
      places: { termez: { name: { text: name, source: fp(0) } } },
    });
    expect(rules(uz('Fargʻona'), 'uz')).toEqual([]);
    expect(rules(uz('taʼlim'), 'uz')).toEqual([]);
    for (const wrong of ["Farg'ona", 'Farg‘ona', 'Farg’ona', 'Farg`ona', 'Fargʼona'])
      expect(rules(uz(wrong), 'uz')).toEqual(['uz-letters']);
    expect(rules(uz("ta'lim"), 'uz')).toEqual(['uz-letters']);
    expect(
      rules({ ...makeRussian(), places: { termez: { name: { text: "Farg'ona", source: fp(0) } } } }),
    ).toEqual([]);
  });
});

describe('parseTranslationFile', () => {
  it('names the file and the path of a malformed entry', () => {
    const text = JSON.stringify({ language: 'ru', events: { x: { title: { text: '', source: 'abc' } } } });
    const { file, problems } = parseTranslationFile(text, 'data/i18n/ru.json');
    expect(file).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'data/i18n/ru.json $.events.x.title.text',
      'data/i18n/ru.json $.events.x.title.source',
    ]);
  });

  it('refuses a collection it does not know', () => {
    const { problems } = parseTranslationFile(JSON.stringify({ language: 'ru', evnts: {} }), 'ru.json');
    expect(problems).toHaveLength(1);
  });
});

describe('the project translations', () => {
  const data = validateProjectData(ROOT);
  if (!data.dataset) throw new Error('the project data does not load');
  const project = checkProjectTranslations(ROOT, data.dataset);

  it('translate every English text into Uzbek and Russian, all current', () => {
    expect(project.problems).toEqual([]);
    expect(project.files.uz).toBeDefined();
    expect(project.files.ru).toBeDefined();
  });

  it('cover the glossary terms the atlas promises', () => {
    const ids = new Set(project.sources.filter((s) => s.collection === 'glossary').map((s) => s.id));
    expect([...ids].sort()).toEqual(['deep', 'eapc', 'ipcp', 'ipp', 'isaf', 'melange', 'parp', 'pfp', 'sps']);
  });

  it('write place names in each language’s official forms', () => {
    const names = (file: TranslationFile | undefined) =>
      Object.fromEntries(Object.entries(file?.places ?? {}).map(([id, r]) => [id, r.name?.text]));
    expect(names(project.files.uz)).toMatchObject({
      tashkent: 'Toshkent',
      termez: 'Termiz',
      samarkand: 'Samarqand',
      andijan: 'Andijon',
      hairatan: 'Hayraton',
      'mazar-i-sharif': 'Mozori Sharif',
      kabul: 'Kobul',
      ferghana: 'Fargʻona vodiysi',
    });
    expect(names(project.files.ru)).toMatchObject({
      tashkent: 'Ташкент',
      termez: 'Термез',
      samarkand: 'Самарканд',
      andijan: 'Андижан',
      hairatan: 'Хайратон',
      'mazar-i-sharif': 'Мазари-Шариф',
      kabul: 'Кабул',
      ferghana: 'Ферганская долина',
    });
  });

  it('use NATO’s own Russian names for its partnership bodies', () => {
    const ru = project.files.ru;
    expect(ru?.programmes?.pfp?.name?.text).toBe('«Партнерство ради мира»');
    expect(ru?.programmes?.eapc?.name?.text).toBe('Совет евроатлантического партнерства');
    expect(ru?.programmes?.nacc?.name?.text).toBe('Совет Североатлантического сотрудничества');
  });

  it('give search the names in every language', () => {
    const aliases = collectTranslatedNames([project.files.uz ?? {}, project.files.ru ?? {}]);
    expect(aliases.place?.tashkent).toEqual(['Toshkent', 'Ташкент']);
    expect(aliases.programme?.pfp).toEqual([
      'PfP',
      '«Tinchlik yoʻlida hamkorlik»',
      'ПРМ',
      '«Партнерство ради мира»',
    ]);
  });
});

describe('checkGlossary', () => {
  const data = validateProjectData(ROOT);
  if (!data.dataset) throw new Error('the project data does not load');
  const dataset = data.dataset;
  const term = { id: 'pfp', term: 'PfP', expansion: 'Partnership for Peace', explanation: 'A programme.' };

  it('accepts a term tied to a programme the atlas has, or to none', () => {
    expect(
      checkGlossary(
        [
          { ...term, programmeId: 'pfp' },
          { ...term, id: 'isaf' },
        ],
        dataset,
      ),
    ).toEqual([]);
  });

  it('names a term whose programme does not exist', () => {
    expect(checkGlossary([term, { ...term, programmeId: 'pfpp' }], dataset)).toEqual([
      {
        file: 'data/glossary.json',
        path: '$.terms[1].programmeId',
        rule: 'reference',
        message: '"pfpp" is not a programme id in data/programmes.json',
      },
    ]);
  });
});
