/**
 * The page's hooks the browser tests and the benchmark both drive, in one place: a markup change
 * that breaks one breaks the other, and `npm test` runs both. Plain strings, so they can be passed
 * into functions that run inside the page.
 */
export const SELECTORS = {
  map: '#map',
  mapCanvas: 'canvas.maplibregl-canvas',
  mapNotice: '#map-notice',
  panel: '#panel',
  panelTitle: '#panel h2',
  placeListButton: '.place-list [data-action="select-place"]',
  selectEvent: '[data-action="select-event"]',
  close: '[data-action="close"]',
  yearSlider: '.year-slider',
  followRoute: '#follow-route',
  routeBar: '#route-bar',
  routeProgress: '.route-progress',
  routePlay: '[data-route="play"]',
  routeNext: '[data-route="next"]',
  routePrev: '[data-route="prev"]',
  routeLeave: '[data-route="leave"]',
  speedSelect: '.speed-select',
} as const;

export type Selectors = typeof SELECTORS;
