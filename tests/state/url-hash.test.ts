import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../src/build/schema.ts';
import { THEME_IDS } from '../../src/model/themes.ts';
import type { RestorableState, SelectionKind } from '../../src/state/store.ts';
import { EMPTY_LINK, MAX_HASH_LENGTH, parseHash, serializeHash } from '../../src/state/url-hash.ts';

const DEFAULT_YEAR = 2016;
const KINDS: SelectionKind[] = ['place', 'event', 'programme'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Rounds like the serialiser and turns -0 into 0. */
const round = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0;

const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('-'));

const camera = fc.record({
  center: fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -85, max: 85, noNaN: true }),
  ),
  zoom: fc.double({ min: 0, max: 22, noNaN: true }),
  bearing: fc.double({ min: -180, max: 180, noNaN: true }),
  pitch: fc.double({ min: 0, max: 85, noNaN: true }),
});

const restorable: fc.Arbitrary<RestorableState> = fc.record({
  selection: fc.option(fc.record({ kind: fc.constantFrom(...KINDS), id: kebabId }), { nil: null }),
  year: fc.integer({ min: 1992, max: 2016 }),
  stop: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  chapter: fc.option(kebabId, { nil: null }),
  detail: fc.boolean(),
  themes: fc.subarray([...THEME_IDS]),
  camera: fc.option(camera, { nil: null }),
});

/** What a parsed link may contain, whatever the input. */
function expectWellFormed(state: RestorableState): void {
  if (state.selection !== null) {
    expect(KINDS).toContain(state.selection.kind);
    expect(state.selection.id).toMatch(KEBAB);
  }
  if (!Number.isNaN(state.year)) expect(Number.isInteger(state.year)).toBe(true);
  if (state.chapter !== null) expect(state.chapter).toMatch(KEBAB);
  if (state.stop !== null) {
    expect(Number.isInteger(state.stop)).toBe(true);
    expect(state.stop).toBeGreaterThanOrEqual(0);
  }
  if (state.camera !== null) {
    const { zoom, center, bearing, pitch } = state.camera;
    for (const n of [zoom, center[0], center[1], bearing, pitch]) expect(Number.isFinite(n)).toBe(true);
    expect(zoom).toBeGreaterThanOrEqual(0);
    expect(zoom).toBeLessThanOrEqual(22);
    expect(Math.abs(center[1])).toBeLessThanOrEqual(85);
    expect(Math.abs(center[0])).toBeLessThanOrEqual(180);
    expect(pitch).toBeGreaterThanOrEqual(0);
    expect(pitch).toBeLessThanOrEqual(85);
  }
}

describe('serializeHash', () => {
  it('writes the documented format', () => {
    expect(
      serializeHash(
        {
          selection: { kind: 'place', id: 'termez' },
          year: 2009,
          stop: 3,
          chapter: null,
          detail: false,
          themes: ['security-cooperation', 'science-environment'],
          camera: { zoom: 7, center: [67.28, 37.22], bearing: 0, pitch: 0 },
        },
        DEFAULT_YEAR,
      ),
    ).toBe(
      '#place=termez&year=2009&stop=4&themes=security-cooperation,science-environment&map=7/37.22/67.28/0/0',
    );
  });

  it('leaves out the default year and empty parts', () => {
    expect(
      serializeHash(
        {
          selection: null,
          year: DEFAULT_YEAR,
          stop: null,
          chapter: null,
          detail: false,
          themes: [],
          camera: null,
        },
        DEFAULT_YEAR,
      ),
    ).toBe('#');
    expect(serializeHash({ ...EMPTY_LINK }, DEFAULT_YEAR)).toBe('#');
  });

  it('rounds the camera to its link precision', () => {
    const hash = serializeHash(
      {
        selection: null,
        year: DEFAULT_YEAR,
        stop: null,
        chapter: null,
        detail: false,
        themes: [],
        camera: { zoom: 4.56789, center: [66.123456, 39.987654], bearing: -12.345, pitch: 40.06 },
      },
      DEFAULT_YEAR,
    );
    expect(hash).toBe('#map=4.57/39.9877/66.1235/-12.3/40.1');
  });
});

describe('parseHash', () => {
  it('reads every part, with or without #', () => {
    const expected: RestorableState = {
      selection: { kind: 'place', id: 'termez' },
      year: 2009,
      stop: 3,
      chapter: null,
      detail: false,
      themes: [],
      camera: { zoom: 7, center: [67.28, 37.22], bearing: 0, pitch: 0 },
    };
    expect(parseHash('#place=termez&year=2009&stop=4&map=7/37.22/67.28/0/0')).toEqual(expected);
    expect(parseHash('place=termez&year=2009&stop=4&map=7/37.22/67.28/0/0')).toEqual(expected);
  });

  it('accepts the long decimals other tools write', () => {
    expect(parseHash('#map=7.123456789/37.2242123456789/67.27831234567891/12.5/30').camera).toEqual({
      zoom: 7.123456789,
      center: [67.27831234567891, 37.2242123456789],
      bearing: 12.5,
      pitch: 30,
    });
  });

  it('defaults bearing and pitch when the map has three parts', () => {
    expect(parseHash('#map=5/40/66').camera).toEqual({ zoom: 5, center: [66, 40], bearing: 0, pitch: 0 });
  });

  it('round-trips any state at the serialised precision', () => {
    fc.assert(
      fc.property(restorable, (state) => {
        const parsed = parseHash(serializeHash(state, DEFAULT_YEAR));
        expect(parsed.selection).toEqual(state.selection);
        if (state.year === DEFAULT_YEAR) expect(parsed.year).toBeNaN();
        else expect(parsed.year).toBe(state.year);
        expect(parsed.stop).toBe(state.stop);
        expect(parsed.detail).toBe(state.detail);
        if (state.camera === null) expect(parsed.camera).toBeNull();
        else
          expect(parsed.camera).toEqual({
            zoom: round(state.camera.zoom, 2),
            center: [round(state.camera.center[0], 4), round(state.camera.center[1], 4)],
            bearing: round(state.camera.bearing, 1),
            pitch: round(state.camera.pitch, 1),
          });
      }),
    );
  });

  it('never throws on arbitrary text and returns a well-formed state', () => {
    for (const text of [fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })])
      fc.assert(
        fc.property(text, (hash) => {
          expectWellFormed(parseHash(hash));
          expectWellFormed(parseHash(`#${hash}`));
        }),
      );
  });

  it('never throws on near-valid links built from known keys', () => {
    const key = fc.constantFrom(
      'place',
      'event',
      'programme',
      'year',
      'stop',
      'map',
      '__proto__',
      'constructor',
    );
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), kebabId);
    const link = fc
      .array(fc.tuple(key, value), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(link, (hash) => {
        expectWellFormed(parseHash(`#${hash}`));
      }),
    );
  });

  it.each([
    ['__proto__=x'],
    ['#__proto__=x&constructor=y'],
    ['place=<script>'],
    ['place=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['place=Termez'],
    ['place=termez--x'],
    ['event=-x'],
    ['map=NaN/1/2'],
    ['map=Infinity/1/2'],
    ['map=1/2'],
    ['map=1/2/3/4/5/6'],
    ['map=23/0/0'],
    ['map=5/86/0'],
    ['map=5/0/181'],
    ['map=5/0/0/0/90'],
    ['year=1e9'],
    ['year=1234567'],
    ['year=2001.5'],
    ['year=abc'],
    ['stop=-3'],
    ['stop=0'],
    ['stop=1.5'],
    ['%'],
    ['%E0%A4%A'],
    ['&&&==='],
    [''],
    ['#'],
  ])('falls back on %j', (hash) => {
    expect(parseHash(hash)).toEqual(EMPTY_LINK);
  });

  it('keeps the readable parts of a partly broken link', () => {
    expect(parseHash('#place=<script>&year=2001&stop=0&map=NaN/1/2')).toEqual({
      ...EMPTY_LINK,
      year: 2001,
    });
    expect(parseHash('#place=termez&year=1e9&stop=-3')).toEqual({
      ...EMPTY_LINK,
      selection: { kind: 'place', id: 'termez' },
    });
  });

  it('reads every id the data’s schema accepts, however many parts it has', () => {
    const parts = Array.from({ length: 22 }, (_, i) => `p${i}`).join('-');
    expect(IdSchema.safeParse(parts).success).toBe(true);
    expect(parseHash(`#place=${parts}`).selection).toEqual({ kind: 'place', id: parts });
    fc.assert(
      fc.property(
        fc
          .array(fc.stringMatching(/^[a-z0-9]{1,3}$/), { minLength: 1, maxLength: 60 })
          .map((p) => p.join('-')),
        (id) => {
          expect(IdSchema.safeParse(id).success).toBe(true);
          expect(parseHash(`#event=${id}&chapter=${id}`)).toMatchObject({
            selection: { kind: 'event', id },
            chapter: id,
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('ignores hashes longer than the limit, even valid ones', () => {
    const valid = `#place=termez&year=2001&x=${'a'.repeat(MAX_HASH_LENGTH)}`;
    expect(valid.length).toBeGreaterThan(2048);
    expect(parseHash(valid)).toEqual(EMPTY_LINK);
    expect(parseHash('#place=termez&year=2001').selection).toEqual({ kind: 'place', id: 'termez' });
    fc.assert(
      fc.property(fc.string({ minLength: MAX_HASH_LENGTH + 1, maxLength: MAX_HASH_LENGTH + 200 }), (hash) => {
        expect(parseHash(hash)).toEqual(EMPTY_LINK);
      }),
      { numRuns: 20 },
    );
  });

  it('does not pollute prototypes', () => {
    parseHash('#__proto__[polluted]=yes&constructor[prototype][polluted]=yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never returns the shared EMPTY_LINK object', () => {
    const parsed = parseHash('x'.repeat(MAX_HASH_LENGTH + 1));
    expect(parsed).not.toBe(EMPTY_LINK);
  });
});

describe('link values', () => {
  it('encodes what it writes and decodes what it reads', () => {
    const hash = serializeHash(
      { ...EMPTY_LINK, selection: { kind: 'place', id: 'a b&c=d/e,Тошкент' } },
      DEFAULT_YEAR,
    );
    expect(hash).toBe('#place=a%20b%26c%3Dd/e,%D0%A2%D0%BE%D1%88%D0%BA%D0%B5%D0%BD%D1%82');
    expect(new URLSearchParams(hash.slice(1)).get('place')).toBe('a b&c=d/e,Тошкент');
    expect(parseHash('#place=ter%6Dez').selection).toEqual({ kind: 'place', id: 'termez' });
  });
});
