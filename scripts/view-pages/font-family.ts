/**
 * Gives a TrueType/OpenType font another family name. The previews' rasteriser picks a face by its
 * family and, for a character that face lacks, takes the first loaded face that has it, whatever its
 * weight: so @fontsource's Latin and Cyrillic subsets, which share one family name per weight, would
 * draw semibold Cyrillic in the regular face. Named apart, each script's run asks for its own face.
 */

/** Name ids that carry the family: family (1), full name (4), typographic family (16). */
const FAMILY_NAME_IDS = new Set([1, 4, 16]);
const WINDOWS = 3;
const MACINTOSH = 1;

function encodeName(text: string, platform: number): Buffer {
  if (platform !== WINDOWS) return Buffer.from(text, 'latin1');
  const utf16 = Buffer.from(text, 'utf16le');
  return utf16.swap16();
}

/** The `name` table with every family record (Windows and Macintosh) saying `family`. */
function renameInTable(table: Buffer, family: string): Buffer {
  if (table.readUInt16BE(0) > 1) throw new Error('the font’s name table has an unknown format');
  const count = table.readUInt16BE(2);
  const storageAt = table.readUInt16BE(4);
  const storage = [table.subarray(storageAt)];
  let storageLength = table.length - storageAt;
  const out = Buffer.from(table);
  for (let i = 0; i < count; i += 1) {
    const at = 6 + i * 12;
    const platform = out.readUInt16BE(at);
    if (!FAMILY_NAME_IDS.has(out.readUInt16BE(at + 6))) continue;
    if (platform !== WINDOWS && platform !== MACINTOSH) continue;
    const text = encodeName(family, platform);
    out.writeUInt16BE(text.length, at + 8);
    out.writeUInt16BE(storageLength, at + 10);
    storage.push(text);
    storageLength += text.length;
  }
  return Buffer.concat([out.subarray(0, storageAt), ...storage]);
}

/** `sfnt` with its family named `family`. Throws when it is not a font with a `name` table. */
export function renameFontFamily(sfnt: Uint8Array, family: string): Uint8Array {
  const input = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  if (input.length < 12) throw new Error('not a TrueType or OpenType font');
  const numTables = input.readUInt16BE(4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 12 + i * 16;
    const tag = input.toString('latin1', at, at + 4);
    const offset = input.readUInt32BE(at + 8);
    const data = input.subarray(offset, offset + input.readUInt32BE(at + 12));
    return {
      tag,
      checksum: input.readUInt32BE(at + 4),
      data: tag === 'name' ? renameInTable(data, family) : data,
    };
  });
  if (!tables.some((t) => t.tag === 'name')) throw new Error('the font has no name table');
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const output = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  input.copy(output, 0, 0, 12);
  let dataAt = headerLength;
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    output.write(table.tag, entry, 'latin1');
    // The checksum is left as it was: the rasteriser does not check it, and nothing else reads this copy.
    output.writeUInt32BE(table.checksum, entry + 4);
    output.writeUInt32BE(dataAt, entry + 8);
    output.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(output, dataAt);
    dataAt += padded(table.data.length);
  });
  return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
}
