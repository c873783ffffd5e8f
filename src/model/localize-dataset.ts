/**
 * A language's texts put in place of the English in the dataset. Apart from the translation files'
 * schema (zod, build time only) so the page can localize without shipping the schema.
 */
import type { AtlasBundle } from './bundle.ts';
import type { Dataset } from './dataset.ts';
import type { Problem } from './problem.ts';

/** Every collection whose texts are translated. `routeStops` are keyed by their place id. */
export const TRANSLATED_COLLECTIONS = [
  'places',
  'events',
  'programmes',
  'route',
  'routeStops',
  'rivers',
  'chapters',
  'themes',
  'glossary',
] as const;
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];

/** The texts of one language as the page needs them: collection → record id → field → text. */
export type ContentTexts = Partial<Record<TranslatedCollection, Record<string, Record<string, string>>>>;

/**
 * The dataset with every translated text of `texts` in place of its English; a text without a
 * translation stays English. Ids, dates and coordinates are untouched, so links and checks still hold.
 */
export function localizeDataset(dataset: Dataset, texts: ContentTexts): Dataset {
  const pick = (collection: TranslatedCollection, id: string, field: string, english: string): string =>
    texts[collection]?.[id]?.[field] ?? english;
  const pickOptional = (collection: TranslatedCollection, id: string, field: string, english?: string) =>
    english === undefined ? undefined : pick(collection, id, field, english);
  return {
    ...dataset,
    places: dataset.places.map((p) => ({
      ...p,
      name: pick('places', p.id, 'name', p.name),
      summary: pick('places', p.id, 'summary', p.summary),
    })),
    events: dataset.events.map((e) => ({
      ...e,
      title: pick('events', e.id, 'title', e.title),
      shortTitle: pickOptional('events', e.id, 'shortTitle', e.shortTitle),
      summary: pick('events', e.id, 'summary', e.summary),
      dateNote: pickOptional('events', e.id, 'dateNote', e.dateNote),
    })),
    programmes: dataset.programmes.map((p) => ({
      ...p,
      acronym: pick('programmes', p.id, 'acronym', p.acronym),
      name: pick('programmes', p.id, 'name', p.name),
      summary: pick('programmes', p.id, 'summary', p.summary),
      dateNote: pickOptional('programmes', p.id, 'dateNote', p.dateNote),
      pauses: p.pauses?.map((pause, i) => ({
        ...pause,
        label: pick('programmes', p.id, `pauses.${i}.label`, pause.label),
      })),
    })),
    route: {
      ...dataset.route,
      name: pick('route', dataset.route.id, 'name', dataset.route.name),
      summary: pick('route', dataset.route.id, 'summary', dataset.route.summary),
      stops: dataset.route.stops.map((s) => ({
        ...s,
        narrative: pick('routeStops', s.placeId, 'narrative', s.narrative),
      })),
    },
    rivers: {
      ...dataset.rivers,
      features: dataset.rivers.features.map((f) => ({
        ...f,
        properties: { ...f.properties, name: pick('rivers', f.properties.id, 'name', f.properties.name) },
      })),
    },
    story: dataset.story.map((c) => ({
      ...c,
      title: pick('chapters', c.id, 'title', c.title),
      text: c.text.map((t, i) => pick('chapters', c.id, `text.${i}`, t)),
    })),
  };
}

/**
 * The bundle in a language: its dataset localized, and the measured route's stops given their
 * narratives in it (the route the map and the panel read), so nothing downstream localizes again.
 */
export function localizeBundle(bundle: AtlasBundle, texts: ContentTexts): AtlasBundle {
  if (Object.keys(texts).length === 0) return bundle;
  return {
    ...bundle,
    dataset: localizeDataset(bundle.dataset, texts),
    route: {
      ...bundle.route,
      stops: bundle.route.stops.map((stop) => ({
        ...stop,
        narrative: texts.routeStops?.[stop.placeId]?.narrative ?? stop.narrative,
      })),
    },
  };
}

/** Where the build writes a translated language's content texts, beside the page's data bundle. */
export function getContentTextsFile(language: string): string {
  return `data/texts-${language}.json`;
}

export type ContentTextsResult = { ok: true; texts: ContentTexts } | { ok: false; problems: Problem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a content texts file (`file` names it in problems): collection → record id → field → text.
 * The build made it from a checked translation file, so the page only checks its shape.
 */
export function readContentTexts(json: string, file: string): ContentTextsResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '$', rule: 'file', message: `is not JSON: ${reason}` }] };
  }
  const problems: Problem[] = [];
  const fail = (path: string, message: string) => problems.push({ file, path, rule: 'shape', message });
  if (!isRecord(value)) fail('$', 'must be an object of collections');
  else
    for (const [collection, records] of Object.entries(value)) {
      if (!isRecord(records)) {
        fail(`$.${collection}`, 'must be an object of records');
        continue;
      }
      for (const [id, fields] of Object.entries(records)) {
        if (!isRecord(fields)) {
          fail(`$.${collection}[${JSON.stringify(id)}]`, 'must be an object of fields');
          continue;
        }
        for (const [field, text] of Object.entries(fields))
          if (typeof text !== 'string')
            fail(`$.${collection}[${JSON.stringify(id)}][${JSON.stringify(field)}]`, 'must be a text');
      }
    }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, texts: value as ContentTexts };
}
