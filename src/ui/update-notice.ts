/**
 * Tells the reader a newer version of the atlas is ready, and reloads into it only when they say so:
 * nothing they are reading is swapped from under them.
 */
import { getMessages } from '../i18n/locale.ts';
import { createElementIn } from './dom.ts';

/** Shows the notice in `host`; `reload` switches to the new version. Returns `dispose`. */
export function showUpdateNotice(host: HTMLElement, reload: () => void): () => void {
  const doc = host.ownerDocument;
  const m = getMessages();
  const reloadButton = createElementIn(doc, 'button', { type: 'button', className: 'nav-button' }, m.reload);
  const laterButton = createElementIn(
    doc,
    'button',
    { type: 'button', className: 'nav-button' },
    m.laterButton,
  );
  const notice = createElementIn(
    doc,
    'div',
    { className: 'update-notice', role: 'status' },
    createElementIn(doc, 'p', {}, m.updateReady),
    reloadButton,
    laterButton,
  );
  const dispose = () => notice.remove();
  reloadButton.addEventListener('click', () => {
    reloadButton.disabled = true;
    reload();
  });
  laterButton.addEventListener('click', dispose);
  host.append(notice);
  return dispose;
}
