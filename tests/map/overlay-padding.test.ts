import { describe, expect, it } from 'vitest';
import { computeOverlayPadding, OVERLAY_GAP_PX } from '../../src/map/overlay-padding.ts';

const map = { left: 0, top: 0, right: 1000, bottom: 600 };

describe('computeOverlayPadding', () => {
  it('counts each overlay at the edge it reaches least far from', () => {
    const legend = { left: 8, top: 8, right: 300, bottom: 30 };
    const zoom = { left: 960, top: 10, right: 990, bottom: 110 };
    const attribution = { left: 300, top: 580, right: 1000, bottom: 600 };
    expect(computeOverlayPadding(map, [legend, zoom, attribution])).toEqual({
      top: 30 + OVERLAY_GAP_PX,
      right: 40 + OVERLAY_GAP_PX,
      bottom: 20 + OVERLAY_GAP_PX,
      left: 0,
    });
  });

  it('ignores what lies beside the map, and never gives away more than part of a side', () => {
    const panel = { left: 1000, top: 0, right: 1300, bottom: 600 };
    const huge = { left: 0, top: 0, right: 1000, bottom: 590 };
    const padding = computeOverlayPadding(map, [panel, huge]);
    expect(padding.top + padding.bottom).toBeLessThan(600);
    expect(computeOverlayPadding(map, [panel])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});
