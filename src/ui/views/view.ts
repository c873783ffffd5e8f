/**
 * What a panel view is: it says when it applies, what subject it shows, how to build itself and,
 * optionally, how to follow a year change in place. The panel picks one per state (`choose-view.ts`).
 */

import type { RouteGeometry } from '../../model/bundle.ts';
import type { AtlasIndex } from '../../model/indexes.ts';
import type { AtlasState, Intent } from '../../state/store.ts';
import { type Attributes, bindElementBuilder, createActionButton, type ElementBuilder } from '../dom.ts';

/** Everything a view needs to build itself, including the document it writes into. */
export interface ViewContext {
  doc: Document;
  el: ElementBuilder;
  /** A button that sends one panel action (`data-action`, `data-value`). */
  action: (label: string, action: string, value: string, attributes?: Attributes) => HTMLButtonElement;
  index: AtlasIndex;
  route: RouteGeometry;
  state: AtlasState;
  /** Long lists the reader asked to see in full (by `data-list` key); the rest show their start. */
  expanded: ReadonlySet<string>;
}

/** What a view puts in the panel, and the short line announced when it opens. */
export interface ViewOutput {
  nodes: HTMLElement[];
  announcement: string;
}

export interface PanelView {
  /** The panel's `data-view` while this view shows. */
  name: string;
  /** Whether this view shows `state`. */
  match(state: AtlasState, index: AtlasIndex): boolean;
  /** What is shown: a new subject re-renders, takes focus and is announced. */
  subject(state: AtlasState): string;
  render(ctx: ViewContext): ViewOutput;
  /**
   * When a new subject takes focus to its heading: `always` (the default) when the reader works in the
   * panel, `keyboard` only when they got there by keyboard (a click keeps its place).
   */
  focusHeading?: 'always' | 'keyboard';
  /** Follows a year change without rebuilding; without it, a year change re-renders quietly. */
  update?(ctx: ViewContext, body: HTMLElement): void;
  /**
   * Follows a change of the theme filter in place (what it matches, counts that reflect it); without
   * it the panel only dims the events the filter leaves out.
   */
  updateThemes?(ctx: ViewContext, body: HTMLElement): void;
  /**
   * For a view that keeps listening once built (the scrolling story): called after each build, with
   * the panel's scroll container. What it returns follows later subjects in place.
   */
  live?(ctx: ViewContext, body: HTMLElement, container: HTMLElement, host: LiveHost): LiveView;
}

/** What a live view may ask of the panel. */
export interface LiveHost {
  dispatch(intent: Intent): void;
  /** Rebuilds the view quietly (no announcement, focus stays): the layout it chose no longer fits. */
  refresh(): void;
}

/**
 * A built view that follows a new subject without being rebuilt. `follow` says how it got there,
 * `navigated` (the reader asked for it: focus may follow) or `scrolled` (the reader scrolled there:
 * focus stays), and what to announce; null when it cannot follow and the panel should rebuild.
 */
export interface LiveView {
  follow(ctx: ViewContext): { moved: 'navigated' | 'scrolled'; announcement: string } | null;
  dispose(): void;
}

/** A view context writing into `doc`. */
export function createViewContext(
  doc: Document,
  index: AtlasIndex,
  route: RouteGeometry,
  state: AtlasState,
  expanded: ReadonlySet<string> = new Set(),
): ViewContext {
  return {
    doc,
    el: bindElementBuilder(doc),
    action: (label, action, value, attributes = {}) =>
      createActionButton(label, action, value, attributes, doc),
    index,
    route,
    state,
    expanded,
  };
}

/** Drops the nulls a view's conditional parts leave. */
export function compact(nodes: readonly (HTMLElement | null)[]): HTMLElement[] {
  return nodes.filter((n): n is HTMLElement => n !== null);
}
