// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/build/glossary.ts';
import { localizeGlossary, markGlossaryTerms } from '../../src/ui/glossary-marks.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'pfp', term: 'PfP', expansion: 'Partnership for Peace', explanation: 'A programme.' },
  { id: 'melange', term: 'mélange', expansion: 'rocket-fuel oxidiser', explanation: 'A toxic liquid.' },
];

function render(html: string, terms = TERMS): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  markGlossaryTerms(root, terms);
  return root;
}

describe('markGlossaryTerms', () => {
  it('explains the first use of each term in text, with an Uzbek ending after it', () => {
    const root = render('<button>PfP</button><p>Oʻzbekiston PfPga qoʻshildi. PfP davom etdi.</p>');
    const abbrs = root.querySelectorAll('abbr');
    expect(abbrs.length).toBe(1);
    expect(abbrs[0]?.textContent).toBe('PfP');
    expect(abbrs[0]?.title).toBe('Partnership for Peace');
    expect(abbrs[0]?.parentElement?.tagName).toBe('P');
    expect(root.querySelector('p')?.textContent).toBe('Oʻzbekiston PfPga qoʻshildi. PfP davom etdi.');
  });

  it('meets a Russian term by either of its forms, and not inside another word', () => {
    const ru = localizeGlossary(TERMS, {
      glossary: { pfp: { term: 'ПРМ (PfP)', expansion: 'Партнерство ради мира' } },
    });
    const root = render('<p>СПРМ нет. Узбекистан вступил в ПРМ в 1994 году.</p>', ru);
    expect(root.querySelector('abbr')?.textContent).toBe('ПРМ');
    expect(root.querySelector('abbr')?.title).toBe('Партнерство ради мира');
  });
});
