/** Mounts the panel on a (possibly mutated) fixture and selects one thing; disposes after each test. */
import { afterEach } from 'vitest';
import { computeNearby } from '../../../src/build/build-bundle.ts';
import { measureRoute } from '../../../src/build/route.ts';
import { buildIndex } from '../../../src/model/indexes.ts';
import type { Selection } from '../../../src/model/kinds.ts';
import { createStore } from '../../../src/state/store.ts';
import { mountPanel } from '../../../src/ui/panel.ts';
import type { Fixture } from '../../fixtures/dataset.ts';
import { loadFixtureDataset } from '../../helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** The panel showing `selection` (or the overview for null). */
export function openPanel(selection: Selection | null, mutate?: (fixture: Fixture) => void) {
  cleanup?.();
  const dataset = loadFixtureDataset(mutate);
  const index = buildIndex(dataset, computeNearby(dataset.places));
  const store = createStore(index);
  const container = document.createElement('aside');
  document.body.append(container);
  const dispose = mountPanel(container, store, index, measureRoute(dataset), {
    goBack: () => {},
    announce: () => {},
  });
  cleanup = () => {
    dispose();
    container.remove();
  };
  store.dispatch({ type: 'select', selection });
  return { container, store, index };
}
