/**
 * Draws the app icons (a route line through three stops on the atlas's accent colour) as PNG files in
 * public/icons/. Run `npm run icons` after changing the design; the files are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '../public/icons');
const BACKGROUND = [0xb8, 0x47, 0x0b] as const;
const INK = [0xff, 0xff, 0xff] as const;
/** Stops in unit coordinates (0–1), from north-east to south-west like the transit route. */
const STOPS: readonly [number, number][] = [
  [0.72, 0.26],
  [0.5, 0.5],
  [0.3, 0.76],
];
const SAMPLES = 4;

function distanceToSegment(px: number, py: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** True where the motif is drawn; `scale` shrinks it around the centre (maskable icons need a margin). */
function isInk(x: number, y: number, scale: number): boolean {
  const u = 0.5 + (x - 0.5) / scale;
  const v = 0.5 + (y - 0.5) / scale;
  // Inside a stop only its ring and centre are drawn, so the line does not cross the hole.
  for (const [sx, sy] of STOPS) {
    const d = Math.hypot(u - sx, v - sy);
    if (d < 0.1) return d > 0.06 || d < 0.03;
  }
  for (let i = 1; i < STOPS.length; i++) {
    const a = STOPS[i - 1];
    const b = STOPS[i];
    if (a && b && distanceToSegment(u, v, a, b) < 0.035) return true;
  }
  return false;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An opaque RGB PNG of `size`×`size` pixels. */
export function drawIcon(size: number, scale: number): Buffer {
  const rows = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (isInk((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size, scale)) covered++;
      const alpha = covered / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++)
        rows[row + 1 + x * 3 + c] = Math.round((BACKGROUND[c] ?? 0) * (1 - alpha) + (INK[c] ?? 0) * alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'icon-192.png'), drawIcon(192, 1));
  writeFileSync(join(OUT, 'icon-512.png'), drawIcon(512, 1));
  // The safe zone of a maskable icon is the centre circle of 80 % of its width.
  writeFileSync(join(OUT, 'icon-maskable-512.png'), drawIcon(512, 0.7));
  writeFileSync(join(OUT, 'apple-touch-icon.png'), drawIcon(180, 0.85));
}
