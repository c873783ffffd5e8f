/**
 * One source as a list item, the same in the panel and in the reading document: its own title linked
 * to the passage or section relied on, the publisher and date, the language when it is not the page's,
 * and the archived copy with a label that says whether its capture time is known.
 */
import { getMessages } from '../i18n/locale.ts';
import type { SourceLike } from '../model/dataset.ts';
import { getArchiveUrl, linkCitation } from '../model/seed-page.ts';
import type { ElementBuilder } from './dom.ts';
import { describeArchiveCopy, describeSourceSite, formatPartial, parseIsoPartial } from './format.ts';

/** How the links open: the panel opens them in a new tab, the printable document in place. */
export interface RenderSourceOptions {
  newTab: boolean;
}

/** The language's name in the page's language, when it differs from the page's; else null. */
function describeLanguage(language: string | undefined): string | null {
  const m = getMessages();
  if (!language || language.split('-')[0] === m.lang) return null;
  try {
    const name = new Intl.DisplayNames(m.intl, { type: 'language' }).of(language);
    return name ? m.inLanguage(name) : null;
  } catch {
    return null;
  }
}

/** The list item for `source`. */
export function renderSource(
  el: ElementBuilder,
  source: SourceLike,
  { newTab }: RenderSourceOptions,
): HTMLLIElement {
  const label = source.section ? `${source.title} — ${source.section}` : source.title;
  const site = describeSourceSite(source);
  const date = parseIsoPartial(source.date);
  const language = describeLanguage(source.language);
  const details = [site, date ? formatPartial(date) : null, language].filter(Boolean).join(', ');
  const archive = getArchiveUrl(source);
  const linkAttributes = (href: string, className: string) => ({
    href,
    className,
    rel: 'noopener noreferrer',
    ...(newTab ? { target: '_blank' } : {}),
    ...(source.language ? { hreflang: source.language } : {}),
  });
  return el(
    'li',
    {},
    source.url ? el('a', linkAttributes(linkCitation(source.url, source), 'external'), label) : label,
    details ? el('span', { className: 'source-site' }, ` · ${details}`) : null,
    archive ? ' · ' : null,
    archive
      ? el(
          'a',
          linkAttributes(linkCitation(archive, source), 'external source-archive'),
          describeArchiveCopy(archive, source.archiveLabel, source.archiveCaptured),
        )
      : null,
  );
}
