/**
 * How the map draws the towns (page code): the layer they ride in, their labels' sizes and the room
 * kept round the story's markers. The build's thinning (`towns.ts`) measures the same labels.
 */

/**
 * The towns ride in the world basemap (`BASEMAP_FILE`) as points whose `layer` is this: one file, one
 * source and one set of tiles for the map, where a file of their own was a second request and a second
 * source to tile in every frame of a flight.
 */
export const TOWN_FEATURE_LAYER = 'town' as const;

/**
 * How the map draws a town's name, shared with the build's thinning so both measure the same label:
 * the text size at two zooms (linear between them, held beyond), for towns of `largeFrom` people or
 * more and for the rest, and the padding MapLibre keeps round each name.
 */
export const TOWN_LABEL = {
  sizes: [
    { zoom: 4, largeFrom: 300_000, large: 11, small: 10 },
    { zoom: 9, largeFrom: 100_000, large: 14, small: 12 },
  ],
  padding: 4,
  /** Names wrap at this many ems. */
  maxWidthEm: 8,
} as const;

/**
 * Side of the square round each story marker that no label may cover, in pixels (the largest dot with
 * its white ring): the map reserves it, and the thinning keeps towns off it.
 */
export const STORY_MARKER_PX = 16;
