/**
 * Which view the panel shows. Tour views come first (a tour's step outranks the selection it made),
 * then the view of the selection's kind, then the overview. `KIND_VIEWS` is a table over every
 * selection kind, so a new kind does not compile until it has a view.
 */
import type { AtlasIndex } from '../../model/indexes.ts';
import type { SelectionKind } from '../../model/kinds.ts';
import type { AtlasState } from '../../state/store.ts';
import { eventView } from './event.ts';
import { overviewView } from './overview.ts';
import { placeView } from './place.ts';
import { programmeView } from './programme.ts';
import { routeStopView } from './route-stop.ts';
import { storyChapterView } from './story-chapter.ts';
import type { PanelView } from './view.ts';

/** Views of a tour's step, tried in order. */
export const TOUR_VIEWS: readonly PanelView[] = [routeStopView, storyChapterView];

/** The view of each selection kind. */
export const KIND_VIEWS: Record<SelectionKind, PanelView> = {
  place: placeView,
  event: eventView,
  programme: programmeView,
};

/** The view that shows `state`. */
export function chooseView(state: AtlasState, index: AtlasIndex): PanelView {
  const tourView = TOUR_VIEWS.find((view) => view.match(state, index));
  if (tourView) return tourView;
  const kindView = state.selection ? KIND_VIEWS[state.selection.kind] : null;
  return kindView?.match(state, index) ? kindView : overviewView;
}
