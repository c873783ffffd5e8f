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
 * Whether the map's worker can run here. In a frame sandboxed without `allow-same-origin` the page has
 * an opaque origin (`origin` is "null"): a worker from the site's address is cross-origin to it, and
 * the only other way, a `data:` URL, is one the page's own CSP refuses. Asked before the map is made,
 * so the page says why there is no map instead of trying and filling the console.
 */
export function canRunMapWorker(win: Window): boolean {
  return typeof (win as Window & { Worker?: unknown }).Worker === 'function' && win.origin !== 'null';
}

/**
 * `win` as the link writer sees it when framed: every new history entry replaces the current one, and
 * the entry's state is left as it was: a frame's history entries join the host page's, and the host's
 * Back button is not the atlas's to take. The frame keeps its own list of the views it went through
 * instead, starting at the one the article chose: its `back()` returns to the view before (as a
 * `popstate`, so the link sync restores it) and never goes past the article's; `length` counts that
 * list.
 */
export function createReplaceOnlyWindow(win: Window): Window {
  const history = win.history;
  const visited: (string | URL | null | undefined)[] = [win.location.href];
  const goTo = (url: string | URL | null | undefined) => {
    history.replaceState(history.state, '', url);
    win.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  };
  const replaceOnly: Pick<History, 'pushState' | 'replaceState' | 'back' | 'forward' | 'go'> & {
    readonly state: unknown;
    readonly length: number;
  } = {
    get state() {
      return history.state;
    },
    get length() {
      return visited.length;
    },
    pushState: (_data, unused, url) => {
      visited.push(url);
      history.replaceState(history.state, unused, url);
    },
    replaceState: (data, unused, url) => {
      visited[visited.length - 1] = url;
      history.replaceState(data, unused, url);
    },
    back: () => {
      if (visited.length > 1) visited.pop();
      // At the article's view Back brings it back as the article framed it.
      goTo(visited[visited.length - 1]);
    },
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
