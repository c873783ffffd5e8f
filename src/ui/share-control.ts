/**
 * The Share control beside Themes (its markup is in index.html): a button that opens a small panel
 * with the view's link and "Copy link", "Share…" where the system has a share sheet
 * (`navigator.share`, mostly phones), and the embed code with "Copy embed code". Copying uses the
 * Clipboard API; where it is missing or refused, the text is selected for the reader to copy.
 */
import { getMessages } from '../i18n/locale.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { Store } from '../state/store.ts';
import { onViewChange } from '../state/view-change.ts';
import { describeShareTarget, type ShareTarget } from './share-link.ts';

/** The control's parts, from index.html. */
export interface ShareElements {
  toggle: HTMLButtonElement;
  panel: HTMLElement;
  link: HTMLInputElement;
  copyLink: HTMLButtonElement;
  native: HTMLButtonElement;
  embed: HTMLTextAreaElement;
  copyEmbed: HTMLButtonElement;
  status: HTMLElement;
}

/** Where the atlas lives: its folder, without query or hash. */
export function getSiteRoot(win: Window): string {
  return new URL('./', win.location.href).href;
}

/** Wires the Share control. Returns `dispose`. */
export function mountShareControl(elements: ShareElements, store: Store, index: AtlasIndex): () => void {
  const { toggle, panel, link, copyLink, native, embed, copyEmbed, status } = elements;
  const doc = toggle.ownerDocument;
  const win = doc.defaultView as Window;
  const nav = win.navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
  let target: ShareTarget | null = null;

  const refresh = () => {
    target = describeShareTarget(index, store.getState(), getSiteRoot(win));
    link.value = target.url;
    embed.value = target.embedCode;
  };
  native.hidden = typeof nav.share !== 'function';

  const setOpen = (open: boolean) => {
    if (open) refresh();
    else status.textContent = '';
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  const copy = async (field: HTMLInputElement | HTMLTextAreaElement, done: string) => {
    try {
      if (!nav.clipboard) throw new Error('no clipboard');
      await nav.clipboard.writeText(field.value);
      status.textContent = done;
    } catch {
      field.focus();
      field.select();
      status.textContent = getMessages().shareSelected;
    }
  };

  const onToggle = () => setOpen(panel.hidden !== false);
  const onCopyLink = () => copy(link, getMessages().shareLinkCopied);
  const onCopyEmbed = () => copy(embed, getMessages().shareEmbedCopied);
  const onNative = async () => {
    refresh();
    if (!target || typeof nav.share !== 'function') return;
    try {
      await nav.share({ title: target.title, url: target.url });
    } catch {
      // The reader closed the share sheet, or the system refused: the link is still in the field.
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.focus();
  };
  const onPointer = (event: Event) => {
    if (panel.hidden || !(event.target instanceof Node)) return;
    if (!panel.contains(event.target) && !toggle.contains(event.target)) setOpen(false);
  };
  toggle.addEventListener('click', onToggle);
  copyLink.addEventListener('click', onCopyLink);
  copyEmbed.addEventListener('click', onCopyEmbed);
  native.addEventListener('click', onNative);
  panel.addEventListener('keydown', onKey);
  toggle.addEventListener('keydown', onKey);
  doc.addEventListener('pointerdown', onPointer);
  // A new view closes the panel (the page's one rule for overlays); a filter changed meanwhile is
  // still this view, and the link follows it.
  const stopWatching = onViewChange(store, () => setOpen(false));
  const unsubscribe = store.subscribe(() => {
    if (!panel.hidden) refresh();
  });
  return () => {
    stopWatching();
    unsubscribe();
    setOpen(false);
    toggle.removeEventListener('click', onToggle);
    copyLink.removeEventListener('click', onCopyLink);
    copyEmbed.removeEventListener('click', onCopyEmbed);
    native.removeEventListener('click', onNative);
    panel.removeEventListener('keydown', onKey);
    toggle.removeEventListener('keydown', onKey);
    doc.removeEventListener('pointerdown', onPointer);
  };
}
