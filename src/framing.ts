/**
 * How the atlas is being shown: inside another page's frame or not, and in the embed layout or not.
 * The layout is asked for with `?embed` (the snippet the Share control gives adds it), so a host
 * chooses it; being framed is detected (`window.self !== window.top`), and whenever the atlas is
 * framed it leaves the host page's history and the service worker alone, whatever its layout.
 */

export interface Framing {
  /** Inside another page's frame. */
  framed: boolean;
  /** Drawn in the embed layout (`?embed`). */
  embed: boolean;
}

/** Reads how the atlas is shown. Never throws: a frame whose top cannot be compared counts as framed. */
export function detectFraming(win: Window): Framing {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true;
  }
  let embed = false;
  try {
    embed = new URLSearchParams(win.location.search).has('embed');
  } catch {
    embed = false;
  }
  return { framed, embed };
}

/**
 * `win` as the link writer sees it when framed: every new history entry replaces the current one, and
 * the entry's state is left as it was, so nothing in the atlas believes there is a Back to go to. A
 * frame's history entries join the host page's, and the host's Back button is not the atlas's to take.
 */
export function createReplaceOnlyWindow(win: Window): Window {
  const history = win.history;
  const replaceOnly: Pick<History, 'pushState' | 'replaceState' | 'back' | 'forward' | 'go'> & {
    readonly state: unknown;
    readonly length: number;
  } = {
    get state() {
      return history.state;
    },
    get length() {
      return history.length;
    },
    pushState: (_data, unused, url) => history.replaceState(history.state, unused, url),
    replaceState: (data, unused, url) => history.replaceState(data, unused, url),
    back: () => {},
    forward: () => {},
    go: () => {},
  };
  return new Proxy(win, {
    get(target, key) {
      if (key === 'history') return replaceOnly;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
