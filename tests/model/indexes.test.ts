import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/model/dates.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { at, eventsOf, loadFixtureDataset, loadFixtureIndex, makePlace, placesOf } from '../helpers.ts';

const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((item) => item.id);

describe('buildIndex on the fixture', () => {
  const index = loadFixtureIndex();

  it('looks up places, events and programmes by id', () => {
    expect([...index.placeById.keys()]).toEqual(['tashkent', 'samarkand', 'termez', 'kabul']);
    expect(index.placeById.get('termez')?.name).toBe('Termez');
    expect(index.eventById.get('joins-parp')?.title).toBe('Joins PARP');
    expect(index.programmeById.get('parp')?.acronym).toBe('PARP');
  });

  it('orders events by date, uncertain ranges by their earliest start', () => {
    expect(ids(index.eventsByDate)).toEqual(['security-agreement', 'joins-pfp', 'joins-parp']);
    for (let i = 1; i < index.eventsByDate.length; i++)
      expect(
        compareDates(at(index.eventsByDate, i - 1).date, at(index.eventsByDate, i).date),
      ).toBeLessThanOrEqual(0);
  });

  it('lists the events of each place in date order', () => {
    expect(ids(index.eventsByPlace.get('tashkent'))).toEqual(['security-agreement', 'joins-pfp']);
    expect(ids(index.eventsByPlace.get('samarkand'))).toEqual(['security-agreement']);
    expect(ids(index.eventsByPlace.get('termez'))).toEqual(['joins-parp']);
    expect(ids(index.eventsByPlace.get('kabul'))).toEqual(['joins-parp']);
  });

  it('keeps date order regardless of the order in the file', () => {
    const reversed = buildIndex(
      loadFixtureDataset((f) => {
        eventsOf(f).reverse();
      }),
    );
    expect(ids(reversed.eventsByPlace.get('tashkent'))).toEqual(['security-agreement', 'joins-pfp']);
    expect(ids(reversed.eventsByDate)).toEqual(ids(index.eventsByDate));
  });

  it('lists events by programme', () => {
    expect(ids(index.eventsByProgramme.get('pfp'))).toEqual(['joins-pfp']);
    expect(ids(index.eventsByProgramme.get('parp'))).toEqual(['joins-parp']);
  });

  it('lists the places of each programme through its events', () => {
    expect(ids(index.placesByProgramme.get('pfp'))).toEqual(['tashkent']);
    expect(ids(index.placesByProgramme.get('parp'))).toEqual(['termez', 'kabul']);
  });

  it('lists the programmes of each place, once each', () => {
    expect(ids(index.programmesByPlace.get('tashkent'))).toEqual(['pfp']);
    expect(ids(index.programmesByPlace.get('termez'))).toEqual(['parp']);
    expect(ids(index.programmesByPlace.get('kabul'))).toEqual(['parp']);
    expect(index.programmesByPlace.has('samarkand')).toBe(false);

    const twice = buildIndex(
      loadFixtureDataset((f) => {
        eventsOf(f).push({
          ...at(eventsOf(f), 0),
          id: 'pfp-again',
          milestone: false,
          seedOrder: undefined,
          dateBasis: 'seed',
        });
      }),
    );
    expect(ids(twice.programmesByPlace.get('tashkent'))).toEqual(['pfp']);
    expect(ids(twice.placesByProgramme.get('pfp'))).toEqual(['tashkent']);
    expect(ids(twice.eventsByProgramme.get('pfp'))).toEqual(['joins-pfp', 'pfp-again']);
  });

  it('lists the children of each programme', () => {
    expect(ids(index.childrenByProgramme.get('pfp'))).toEqual(['parp']);
    expect(index.childrenByProgramme.has('parp')).toBe(false);
  });

  it('gives the first year of each place', () => {
    expect(Object.fromEntries(index.firstYearByPlace)).toEqual({
      tashkent: 1994,
      samarkand: 1994,
      termez: 2002,
      kabul: 2002,
    });
  });

  it('covers every year any event may fall in', () => {
    // 1994 (the range starts), 1996 (the range ends), 2002 (the last event).
    expect(index.yearRange).toEqual({ min: 1994, max: 2002 });
    const later = buildIndex(
      loadFixtureDataset((f) => {
        at(eventsOf(f), 1).date = { year: 1994, end: { year: 2005, month: 12, day: 31 }, approximate: true };
      }),
    );
    expect(later.yearRange).toEqual({ min: 1994, max: 2005 });
  });
});

describe('place lookups: parts and countries', () => {
  // An airport as part of Termez with one event of its own, and Uzbekistan as a country place.
  const index = loadFixtureIndex((f) => {
    const airport = makePlace('termez-airport', 'Airport', 'UZB', [67.31, 37.2867]);
    airport.properties.partOf = 'termez';
    const country = makePlace('uzbekistan', 'Uzbekistan', 'UZB', [64.5, 41.4]);
    country.properties.kind = 'country';
    placesOf(f).push(airport, country);
    at(eventsOf(f), 0).placeIds.push('termez-airport');
    at(eventsOf(f), 1).placeIds.push('uzbekistan');
  });

  it('lists the parts of a place', () => {
    expect(ids(index.partsByPlace.get('termez'))).toEqual(['termez-airport']);
    expect(index.partsByPlace.get('tashkent')).toBeUndefined();
  });

  it('gives a place the events of its parts besides its own, in date order', () => {
    expect(ids(index.eventsByPlace.get('termez'))).toEqual(['joins-parp']);
    expect(ids(index.eventsByPlaceWithParts.get('termez'))).toEqual(['joins-pfp', 'joins-parp']);
    expect(ids(index.eventsByPlaceWithParts.get('termez-airport'))).toEqual(['joins-pfp']);
  });

  it('gives the place kind its parts: their events and themselves as related places', () => {
    expect(ids(index.kinds.place.events('termez'))).toEqual(['joins-pfp', 'joins-parp']);
    expect(index.kinds.place.relatedPlaceIds('termez').has('termez-airport')).toBe(true);
    expect(index.kinds.place.relatedPlaceIds('termez').has('termez')).toBe(false);
    expect(ids(index.kinds.place.places('uzbekistan'))).toEqual(ids(index.placesByCountry.get('UZB')));
    expect(ids(index.kinds.place.places('termez'))).toEqual(['termez']);
    expect(ids(index.kinds.place.events('samarkand'))).toEqual(ids(index.eventsByPlace.get('samarkand')));
  });

  it('finds places by country and the place standing for a country', () => {
    expect(ids(index.placesByCountry.get('AFG'))).toEqual(['kabul']);
    expect(ids(index.placesByCountry.get('UZB'))).toEqual([
      'tashkent',
      'samarkand',
      'termez',
      'termez-airport',
      'uzbekistan',
    ]);
    expect(index.countryPlaceByCode.get('UZB')?.id).toBe('uzbekistan');
    expect(index.countryPlaceByCode.get('AFG')).toBeUndefined();
  });
});
