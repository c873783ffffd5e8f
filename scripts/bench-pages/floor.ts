/** The floor baseline: a background and the places as labelled points, nothing else. */
import { runBaseline } from './baseline.ts';

runBaseline();
