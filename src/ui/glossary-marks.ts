/**
 * The glossary in the page's language, and the marks that explain a term where a view first uses it:
 * the first occurrence of each term in a view becomes `<abbr title="expansion">`, so no acronym is met
 * unexplained. Text stays text: the marks wrap existing text nodes.
 */
import type { GlossaryTerm } from '../model/dataset.ts';
import type { ContentTexts } from '../model/localize-dataset.ts';

let terms: readonly GlossaryTerm[] = [];

/** The glossary with `texts`' translations in place of the English. */
export function localizeGlossary(english: readonly GlossaryTerm[], texts: ContentTexts): GlossaryTerm[] {
  return english.map((t) => {
    const own = texts.glossary?.[t.id];
    return {
      ...t,
      term: own?.term ?? t.term,
      expansion: own?.expansion ?? t.expansion,
      explanation: own?.explanation ?? t.explanation,
    };
  });
}

/** Makes `next` the page's glossary. */
export function setGlossary(next: readonly GlossaryTerm[]): void {
  terms = next;
}

/** The page's glossary. */
export function getGlossary(): readonly GlossaryTerm[] {
  return terms;
}

/** The forms a term is written in: "ПРМ (PfP)" is met as ПРМ and as PfP. */
function listForms(term: string): string[] {
  const match = /^(.+?)\s*\((.+)\)$/.exec(term);
  return match ? [match[1] ?? term, match[2] ?? term] : [term];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps the first occurrence of each glossary term in `root`'s text in `<abbr title>`. A term is met at
 * a word's start (Uzbek and Russian endings follow it: PfPga, меланжа).
 */
export function markGlossaryTerms(root: HTMLElement, glossary: readonly GlossaryTerm[] = terms): void {
  const doc = root.ownerDocument;
  for (const term of glossary) {
    const forms = listForms(term.term).map(escapeRegExp).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})`, 'u');
    const walker = doc.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        parent.closest(
          'abbr, a, button, select, option, input, .sources, .reading-sources, .reading-glossary',
        )
      )
        continue;
      const text = node.textContent ?? '';
      const found = pattern.exec(text);
      if (!found) continue;
      const abbr = doc.createElement('abbr');
      abbr.title = term.expansion;
      abbr.textContent = found[0];
      const after = doc.createTextNode(text.slice(found.index + found[0].length));
      node.textContent = text.slice(0, found.index);
      parent.insertBefore(abbr, node.nextSibling);
      parent.insertBefore(after, abbr.nextSibling);
      break;
    }
  }
}
