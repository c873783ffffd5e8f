import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const made: string[] = [];

/** A copy of the project's data in a temporary folder, broken by `mutate`. */
function copyData(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  made.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  // The wording checks read the interface catalogues too.
  cpSync(join(ROOT, 'src/i18n'), join(dir, 'src/i18n'), { recursive: true });
  mutate(dir);
  return dir;
}

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary JSON on purpose.
function editJson(dir: string, path: string, edit: (value: any) => void): void {
  const file = join(dir, path);
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, JSON.stringify(value));
}

function runCheck(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-data.ts'), dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check:data', () => {
  it('keeps at Tashkent only what the sources place in Tashkent', () => {
    const events = JSON.parse(readFileSync(join(ROOT, 'data/events.json'), 'utf8')) as {
      id: string;
      placeIds: string[];
    }[];
    const at = (id: string) => events.filter((e) => e.placeIds.includes(id)).map((e) => e.id);
    expect(at('tashkent')).toEqual([
      'virtual-silk-highway-link',
      'liaison-officer-tashkent',
      'liaison-office-opens',
    ]);
    expect(at('uzbekistan').length).toBeGreaterThanOrEqual(20);
    expect(at('afghanistan')).toEqual(['ten-bridges-rebuilt']);
  });

  it('passes on the project data', () => {
    const result = runCheck(ROOT);
    expect(result.stdout).toMatch(/^data ok: \d+ places, \d+ events/);
    expect(result.status).toBe(0);
  }, 30_000);

  it.each([
    [
      'malformed JSON',
      (d: string) => writeFileSync(join(d, 'data/events.json'), '[{"id": "x",'),
      /data\/events\.json: \$ — not valid JSON.*\[json\]/,
    ],
    [
      'swapped coordinates',
      (d: string) =>
        editJson(d, 'geo/places.geojson', (v) => {
          const c = v.features[0].geometry.coordinates;
          v.features[0].geometry.coordinates = [c[1], c[0]];
        }),
      /geo\/places\.geojson: \$\.features\[0\]\.geometry\.coordinates — .*swapped\? \[in-country\]/,
    ],
    [
      'a duplicate id',
      (d: string) =>
        editJson(d, 'data/programmes.json', (v) => {
          v[1].id = v[0].id;
        }),
      /data\/programmes\.json: \$\[1\]\.id — id ".*" is already used at \$\[0\]\.id \[unique-id\]/,
    ],
    [
      'a dangling reference',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          v[0].placeIds = ['atlantis'];
        }),
      /data\/events\.json: \$\[0\]\.placeIds\[0\] — no place has id "atlantis" \[reference\]/,
    ],
    [
      'legs that do not join',
      (d: string) =>
        editJson(d, 'geo/transit-route.geojson', (v) => {
          v.features[1].geometry.coordinates[0] = [60, 40];
        }),
      /geo\/transit-route\.geojson: \$\.features\[1\]\.geometry\.coordinates\[0\] — .*\[leg-join\]/,
    ],
    [
      'a summary copied from the NATO page',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          v[0].summary =
            'Uzbekistan has also benefited from counter-narcotics training, which has resulted in improved capabilities.';
        }),
      /data\/events\.json: \$\[0\]\.summary — shares \d+ consecutive words with the NATO page .*\[seed-copy\]/,
    ],
    [
      'a missing copy of the NATO page',
      (d: string) => rmSync(join(d, 'data/seed'), { recursive: true }),
      /data\/seed\/relations-with-uzbekistan-2016-03-03\.txt: \$ — cannot be read.*\[file\]/,
    ],
    [
      'a transit for ISAF drawn past the end of ISAF',
      (d: string) =>
        editJson(d, 'data/programmes.json', (v) => {
          v.find((p: { id: string }) => p.id === 'isaf-transit').until = 2016;
        }),
      /data\/programmes\.json: \$\[\d+\]\.until — the programme served ISAF, which ended in 2014.*\[operation-end\]/,
    ],
    [
      'an outside source without a url',
      (d: string) =>
        editJson(d, 'data/sources.json', (v) => {
          delete v.find((s: { id: string }) => s.id === 'adb-42533-022').url;
        }),
      /data\/sources\.json: \$\[\d+\]\.url — .*\[schema\]/,
    ],
    [
      'an unparseable date',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          v[0].date = { year: 2005, month: 2, day: 30 };
        }),
      /data\/events\.json: \$\[0\]\.date — 2005-2 has only 28 days \[date\]/,
    ],
    [
      'a part that loops back to itself',
      (d: string) =>
        editJson(d, 'geo/places.geojson', (v) => {
          const termez = v.features.find((f: { properties: { id: string } }) => f.properties.id === 'termez');
          termez.properties.partOf = 'termez-airfield';
        }),
      /geo\/places\.geojson: \$\.features\[\d+\]\.properties\.partOf — place "termez" is part of itself \[part-of-cycle\]/,
    ],
    [
      'a country place whose label point leaves the country',
      (d: string) =>
        editJson(d, 'geo/places.geojson', (v) => {
          const country = v.features.find(
            (f: { properties: { id: string } }) => f.properties.id === 'uzbekistan',
          );
          country.geometry.coordinates = [69.2, 34.5];
        }),
      /geo\/places\.geojson: \$\.features\[\d+\]\.geometry\.coordinates — the label point of country "uzbekistan" lies outside the outline of UZB \[country-shape\]/,
    ],
    [
      'an event without a theme',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          v[0].themes = [];
        }),
      /data\/events\.json: \$\[0\]\.themes — an event needs at least one theme \[schema\]/,
    ],
    [
      'a river drawn off its border at the bridge',
      (d: string) =>
        editJson(d, 'geo/rivers.geojson', (v) => {
          const amu = v.features.find((f: { properties: { id: string } }) => f.properties.id === 'amu-darya');
          amu.geometry.coordinates = amu.geometry.coordinates.map(([x, y]: [number, number]) =>
            Math.abs(x - 67.43) < 0.05 && Math.abs(y - 37.23) < 0.05 ? [x, y + 0.003] : [x, y],
          );
        }),
      /geo\/rivers\.geojson: \$\.features\[0\]\.geometry\.coordinates\[\d+\] — "amu-darya" .* m from the UZB-AFG border .*\[river-border\]/,
    ],
    [
      'a missing region of precise borders',
      (d: string) => rmSync(join(d, 'geo/region-borders.geojson')),
      /geo\/region-borders\.geojson: \$ — cannot be read.*\[file\]/,
    ],
    [
      'a railway said to open in a year its event does not give (2011, as the place once said)',
      (d: string) =>
        editJson(d, 'geo/places.geojson', (v) => {
          const place = v.features.find(
            (f: { properties: { id: string } }) => f.properties.id === 'mazar-i-sharif',
          );
          place.properties.summary =
            'Main city of northern Afghanistan. The railway from Hairatan, open since the end of 2011, ends at Naibabad.';
        }),
      /geo\/places\.geojson: \$\.features\[\d+\]\.properties\.summary — "The railway from Hairatan, open since the end of 2011, ends at Naibabad\." says when something opened \(2011\).*\[opening-claim\]/,
    ],
    [
      'a programme drawn past the end its cited passage states',
      (d: string) =>
        editJson(d, 'data/programmes.json', (v) => {
          delete v.find((p: { id: string }) => p.id === 'virtual-silk-highway').until;
        }),
      /data\/programmes\.json: \$\[\d+\]\.sources\[\d+\]\.states\.end — the passage cited states that the programme ended in june 2010, so until must be 2010 \(it is not set\) \[passage-end\]/,
    ],
    [
      'a date note that blames the page for the years its copy lost',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          v.find((e: { id: string }) => e.id === 'karimov-visits-nato-hq').dateNote =
            'The NATO page gives the month (January) but not the year; 24 January 2011 comes from news reports.';
        }),
      /data\/events\.json: \$\[\d+\]\.dateNote — "The NATO page gives the month \(January\) but not the year;.*\[lost-years-note\]/,
    ],
    [
      'a link to words the NATO page has more than once',
      (d: string) =>
        editJson(d, 'data/events.json', (v) => {
          const event = v.find((e: { id: string }) => e.id === 'ferghana-2003');
          event.sources[0].passage = 'civil emergency planning';
        }),
      /data\/events\.json: \$\[\d+\]\.sources\[0\]\.passage — the link scrolls to "civil emergency planning", which occurs 4 times.*\[link-text-unique\]/,
    ],
    [
      'a source with no language',
      (d: string) =>
        editJson(d, 'data/sources.json', (v) => {
          delete v.find((s: { id: string }) => s.id === 'rferl-1085070').language;
        }),
      /data\/sources\.json: \$\[\d+\]\.language — "RFE\/RL, 30 May 1997: .*" needs the language it is written in.*\[source-language\]/,
    ],
    [
      'an archived copy labelled as a capture whose time nobody checked',
      (d: string) =>
        editJson(d, 'data/sources.json', (v) => {
          v.find((s: { id: string }) => s.id === 'nato-relations-with-uzbekistan-2017').archive.label =
            'archived copy';
        }),
      /data\/sources\.json: \$\[\d+\]\.archive\.label — the capture time of this copy is not known.*"nearest archived copy" \[archive-label\]/,
    ],
    [
      'a missing file',
      (d: string) => rmSync(join(d, 'data/route.json')),
      /data\/route\.json: \$ — cannot be read.*\[file\]/,
    ],
  ])(
    'fails on %s, naming file, path and rule',
    (_label, mutate, message) => {
      const result = runCheck(copyData(mutate));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    },
    30_000,
  );
});

function runI18n(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/i18n.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_ROOT: dir },
  });
}

describe('npm run check:data on the translations', () => {
  // One English sentence reworded (its translations go stale), one Russian entry gone (missing).
  const breakTranslations = (dir: string) => {
    editJson(dir, 'data/events.json', (events) => {
      const event = events.find((e: { id: string }) => e.id === 'termez-base-closes');
      event.summary = 'The German air transport base at Termez airport closes.';
    });
    editJson(dir, 'data/i18n/ru.json', (ru) => {
      delete ru.places.kabul.summary;
    });
  };

  it('fails on a copy with one stale and one missing entry, naming both', () => {
    const result = runCheck(copyData(breakTranslations));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data\/i18n\/ru\.json: \$\.places\.kabul\.summary — missing: no Russian translation of places\/kabul\/summary .*\[translation-missing\]/,
    );
    for (const lang of ['uz', 'ru'])
      expect(result.stderr).toMatch(
        new RegExp(
          `data/i18n/${lang}\\.json: \\$\\.events\\["termez-base-closes"\\]\\.summary — stale: the English of events/termez-base-closes/summary changed .*\\[translation-stale\\]`,
        ),
      );
    expect(result.stderr).toContain('data check failed with 3 problem(s)');
  }, 60_000);

  it('passes again once the stale entries are confirmed and the missing one is written', () => {
    const dir = copyData(breakTranslations);
    const status = runI18n(dir, 'status', 'ru');
    expect(status.status).toBe(1);
    expect(status.stdout).toContain('ru missing   places/kabul/summary');
    expect(status.stdout).toContain('ru stale     events/termez-base-closes/summary');

    for (const lang of ['uz', 'ru'])
      expect(runI18n(dir, 'confirm', lang, 'events/termez-base-closes/summary').status).toBe(0);
    editJson(dir, 'data/i18n/ru.json', (ru) => {
      ru.places.kabul.summary = {
        text: 'Столица Афганистана и конечный пункт северного маршрута снабжения.',
      };
    });
    expect(runCheck(dir).stderr).toMatch(
      /places\/kabul\/summary has no "source" fingerprint.*\[translation-unstamped\]/,
    );
    expect(runI18n(dir, 'stamp').stdout).toContain('stamped 1 entry');

    const result = runCheck(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const ru = JSON.parse(readFileSync(join(dir, 'data/i18n/ru.json'), 'utf8'));
    expect(ru.events['termez-base-closes'].summary.confirmed).toMatch(/^[0-9a-f]{8}$/);
  }, 120_000);

  it('fails on another rendering of a term in the content and in a catalogue, and on a term dropped', () => {
    const result = runCheck(
      copyData((dir) => {
        editJson(dir, 'data/i18n/ru.json', (ru) => {
          ru.places.kabul.summary.text = ru.places.kabul.summary.text.replace('тоннель', 'туннель');
          ru.themes['civil-emergency-planning'].label.text = 'Планирование на случай чрезвычайных ситуаций';
        });
        const catalogue = join(dir, 'src/i18n/messages-uz.ts');
        writeFileSync(
          catalogue,
          readFileSync(catalogue, 'utf8').replace(
            "glossary: 'Atamalar lugʻati',",
            "glossary: 'NATO aloqa xodimi',",
          ),
        );
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data\/i18n\/ru\.json: \$\.places\.kabul\.summary\.text — places\/kabul\/summary writes "туннель" for tunnel \(Salang\); the edition writes "тоннель" .*\[term-variant\]/,
    );
    expect(result.stderr).toMatch(
      /themes\/civil-emergency-planning\/label: the English names civil emergency planning, but the text has no form of .*\[term-missing\]/,
    );
    expect(result.stderr).toMatch(
      /src\/i18n\/messages-uz\.ts: line \d+ — line \d+ writes "NATO aloqa xodimi" for NATO Liaison Officer .*\[term-variant\]/,
    );
  }, 60_000);

  it('names every Russian word written with ё', () => {
    const result = runCheck(
      copyData((dir) => {
        editJson(dir, 'data/i18n/ru.json', (ru) => {
          ru.places.tashkent.summary.text = 'Столица, где ещё идёт работа.';
        });
        const catalogue = join(dir, 'src/i18n/messages-ru.ts');
        writeFileSync(
          catalogue,
          readFileSync(catalogue, 'utf8').replace("'Идем по маршруту'", "'Идём по маршруту'"),
        );
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('places/tashkent/summary writes ё in "ещё", "идёт"');
    expect(result.stderr).toMatch(/messages-ru\.ts: line \d+ — line \d+ writes ё in "Идём".*\[ru-yo\]/);
  }, 60_000);

  it('fails on a colon standing in for Russian grammar', () => {
    const result = runCheck(
      copyData((dir) => {
        const catalogue = join(dir, 'src/i18n/messages-ru.ts');
        writeFileSync(
          catalogue,
          // The catalogue's template as written in its source: "от: " and a placeholder.
          readFileSync(catalogue, 'utf8').replace(`от начала маршрута (${'$'}{start})`, `от: ${'$'}{start}`),
        );
        editJson(dir, 'data/i18n/ru.json', (ru) => {
          ru.events['first-ipp'].dateNote.text = 'Дата: год: около: 1996.';
        });
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/messages-ru\.ts: line \d+ — line \d+ writes "от:".*\[ru-colon\]/);
    expect(result.stderr).toMatch(/events\/first-ipp\/dateNote writes "(Дата: год: |около:)".*\[ru-colon\]/);
  }, 60_000);

  it('fails on a term table with a broken pattern or no source', () => {
    const result = runCheck(
      copyData((dir) =>
        editJson(dir, 'data/terms.json', (table) => {
          table.terms[0].ru.avoid.push('(unclosed');
          table.terms[1].source = '';
        }),
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data\/terms\.json: \$\.terms\[0\]\.ru\.avoid\[\d+\] — must be a regular expression \[schema\]/,
    );
    expect(result.stderr).toMatch(
      /data\/terms\.json: \$\.terms\[1\]\.source — must say where the form comes from \[schema\]/,
    );
  }, 60_000);

  it('fails on Uzbek that writes gʻ with a quote mark', () => {
    const result = runCheck(
      copyData((dir) =>
        editJson(dir, 'data/i18n/uz.json', (uz) => {
          uz.places.ferghana.name.text = "Farg'ona vodiysi";
        }),
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /\$\.places\.ferghana\.name\.text — places\/ferghana\/name writes oʻ or gʻ .*\[uz-letters\]/,
    );
  }, 60_000);
});
