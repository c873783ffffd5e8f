/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType bytes it wraps: the rasteriser reads only
 * those, and @fontsource ships its fonts as WOFF and WOFF2. WOFF 1.0 is a table directory with each
 * table deflated on its own (https://www.w3.org/TR/WOFF/), so Node's zlib is all it takes.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646;

/** The SFNT font inside a WOFF 1.0 file. Throws naming the problem when `woff` is not one. */
export function unpackWoff(woff: Uint8Array): Uint8Array {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < 44 || input.readUInt32BE(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF 1.0 font (the signature "wOFF" is missing)');
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: input.readUInt32BE(at),
      offset: input.readUInt32BE(at + 4),
      compLength: input.readUInt32BE(at + 8),
      origLength: input.readUInt32BE(at + 12),
      checksum: input.readUInt32BE(at + 16),
    };
  });
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.origLength), headerLength);
  const output = Buffer.alloc(total);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector += 1;
  }
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(numTables, 4);
  output.writeUInt16BE(searchRange * 16, 6);
  output.writeUInt16BE(entrySelector, 8);
  output.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let dataAt = headerLength;
  tables.forEach((table, i) => {
    const stored = input.subarray(table.offset, table.offset + table.compLength);
    const data = table.compLength < table.origLength ? inflateSync(stored) : stored;
    if (data.length !== table.origLength)
      throw new Error(`WOFF table ${i} does not unpack to its stated length`);
    const entry = 12 + i * 16;
    output.writeUInt32BE(table.tag, entry);
    output.writeUInt32BE(table.checksum, entry + 4);
    output.writeUInt32BE(dataAt, entry + 8);
    output.writeUInt32BE(table.origLength, entry + 12);
    data.copy(output, dataAt);
    dataAt += padded(table.origLength);
  });
  return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
}
