// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linkSection, SEED_PAGE_URL } from '../../src/model/seed-page.ts';
import { describeEventDateBasis } from '../../src/ui/format.ts';
import { getAnchorId, READING_IDS, renderReadingDocument } from '../../src/ui/reading-document.ts';
import { at, loadFixtureIndex } from '../helpers.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function render(mutate?: Parameters<typeof loadFixtureIndex>[0]) {
  const index = loadFixtureIndex(mutate);
  const doc = document.implementation.createHTMLDocument('reading');
  const root = renderReadingDocument(doc, index, { intro: 'What the atlas is.' });
  doc.body.append(root);
  return { index, doc, root };
}

describe('renderReadingDocument', () => {
  it('writes into the document it is given, every event once with an anchor equal to its link', () => {
    const { index, doc, root } = render();
    expect(root.ownerDocument).toBe(doc);
    expect(root.id).toBe(READING_IDS.root);
    const items = [...doc.querySelectorAll(`#${READING_IDS.chronology} .chron-event`)];
    expect(items.map((li) => li.id)).toEqual(index.eventsByDate.map((e) => getAnchorId('event', e.id)));
    for (const place of index.dataset.places) expect(doc.getElementById(`place=${place.id}`)).not.toBeNull();
    for (const programme of index.dataset.programmes)
      expect(doc.getElementById(`programme=${programme.id}`)).not.toBeNull();
  });

  it('gives each event its date, how the date is known, places, programmes and sources', () => {
    const { index, doc } = render();
    const event = at(index.eventsByDate, 0);
    const item = doc.getElementById(`event=${event.id}`);
    expect(item?.querySelector('.chron-title')?.textContent).toBe(event.title);
    expect(item?.querySelector('.chron-when')?.textContent).toContain(describeEventDateBasis(event));
    for (const placeId of event.placeIds)
      expect(item?.querySelector(`a[href="#place=${placeId}"]`)?.textContent).toBe(
        index.placeById.get(placeId)?.name,
      );
    for (const programmeId of event.programmeIds)
      expect(item?.querySelector(`a[href="#programme=${programmeId}"]`)).not.toBeNull();
    for (const source of event.sources)
      if (source.url)
        expect(item?.querySelector(`a[href="${linkSection(source.url, source.section)}"]`)).not.toBeNull();
  });

  it('links the section a source names and offers the NATO page as it stood on 3 March 2016', () => {
    const { index, doc } = render();
    const event = at(index.eventsByDate, 0);
    const item = doc.getElementById(`event=${event.id}`);
    const links = [...(item?.querySelectorAll('.reading-sources a') ?? [])].map((a) => [
      a.getAttribute('href'),
      a.textContent,
    ]);
    expect(links).toContainEqual([`${SEED_PAGE_URL}#:~:text=Key%20milestones`, 'Seed page — Key milestones']);
    expect(links).toContainEqual([
      `https://web.archive.org/web/20160303120000/${SEED_PAGE_URL}#:~:text=Key%20milestones`,
      'nearest archived copy, 3 March 2016',
    ]);
  });

  it('shows an outside source’s own archived copy beside its live link, labelled by what is known of its capture', () => {
    const archive = 'https://web.archive.org/web/19940801000000/https://example.org/1994';
    const captured = render((f) => {
      at(f.sources, 1).archive = { url: archive, label: 'archived copy', captured: '1994-08-01T00:00:00Z' };
    });
    const link = captured.doc.querySelector(`#event\\=joins-pfp a[href="${archive}"]`);
    expect(link?.textContent).toBe('archived copy, 1 August 1994');
    expect(link?.parentElement?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/1994');
    const nearest = render((f) => {
      at(f.sources, 1).archive = { url: archive, label: 'nearest archived copy' };
    });
    expect(nearest.doc.querySelector(`#event\\=joins-pfp a[href="${archive}"]`)?.textContent).toBe(
      'nearest archived copy, 1 August 1994',
    );
  });

  it('links only to anchors that exist, and ids are unique', () => {
    const { doc } = render();
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of doc.querySelectorAll('a[href^="#"]'))
      expect(doc.getElementById(link.getAttribute('href')?.slice(1) ?? ''), link.outerHTML).not.toBeNull();
  });

  it('puts data in as text, never as markup', () => {
    const { doc } = render((f) => {
      at(f.events, 0).title = HOSTILE;
      at(f.events, 0).summary = HOSTILE;
    });
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.body.textContent).toContain(HOSTILE);
  });

  it('marks uncertain dates and programme years as uncertain, in words and in the rule beside them', () => {
    const { doc } = render((f) => {
      const pfp = at(f.programmes, 0) as { sinceUncertain?: boolean; untilUncertain?: boolean };
      pfp.sinceUncertain = true;
      pfp.untilUncertain = true;
    });
    const pfp = doc.getElementById('programme=pfp');
    expect(pfp?.classList.contains('is-uncertain')).toBe(true);
    expect(pfp?.querySelector('.reading-meta')?.textContent).toContain('start uncertain, end unknown');
    expect(doc.getElementById('programme=parp')?.classList.contains('is-uncertain')).toBe(false);
    expect(doc.getElementById('event=security-agreement')?.classList.contains('is-uncertain')).toBe(true);
    expect(doc.getElementById('event=joins-pfp')?.classList.contains('is-uncertain')).toBe(false);
  });

  it('offers both downloads and states the licence', () => {
    const { doc } = render();
    const download = doc.getElementById(READING_IDS.download);
    expect([...(download?.querySelectorAll('a[download]') ?? [])].map((a) => a.getAttribute('href'))).toEqual(
      ['downloads/partnership-atlas-events.csv', 'downloads/partnership-atlas-places.geojson'],
    );
    expect(download?.textContent).toContain('Licence');
  });
});
