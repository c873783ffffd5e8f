/** A polite live region: short updates for screen readers, never the whole panel. */
export function mountAnnouncer(region: HTMLElement): {
  announce: (text: string) => void;
  dispose: () => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(text) {
      clearTimeout(timer);
      // Clearing first makes a repeated message heard again.
      region.textContent = '';
      timer = setTimeout(() => {
        region.textContent = text;
      }, 50);
    },
    dispose() {
      clearTimeout(timer);
      region.textContent = '';
    },
  };
}
