/**
 * The smallest zip writer a DOCX needs: deflated or stored entries, no zip64,
 * no encryption. Entries are built apart from the archive so that the parts
 * that are the same in every document are compressed once per process.
 * node:zlib deflates natively, about three times faster than fflate in JS.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: Buffer;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Below this a part is stored: a deflate call costs some 30 µs however little it is given, to save a few hundred bytes. */
const SMALL = 1024;

/** Already-compressed data (a PNG) is stored too (`store`): deflating it again only costs time. */
export function zipEntry(name: string, content: string | Uint8Array, store = false): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const compress = !store && raw.length >= SMALL;
  // Level 1: a batch writes hundreds of documents; level 6 takes three times as long for a tenth smaller.
  const data = compress ? deflateRawSync(raw, { level: 1 }) : raw;
  return { name: Buffer.from(name, 'utf8'), method: compress ? 8 : 0, crc: crc32(raw) >>> 0, size: raw.length, data };
}

const LOCAL = 30;
const CENTRAL = 46;
const END = 22;

export function zip(entries: readonly ZipEntry[], date = new Date()): Buffer {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  let local = 0;
  let central = 0;
  for (const e of entries) {
    local += LOCAL + e.name.length + e.data.length;
    central += CENTRAL + e.name.length;
  }
  const out = Buffer.allocUnsafe(local + central + END);
  let at = 0;
  let dir = local;
  for (const e of entries) {
    // Bit 11: the name is UTF-8 (only set when it is not plain ASCII).
    const flags = e.name.some((b) => b > 0x7f) ? 0x0800 : 0;
    const offset = at;
    at = out.writeUInt32LE(0x04034b50, at);
    at = described(out, at, e, flags, time, day);
    at = out.writeUInt16LE(0, at); // extra
    at += e.name.copy(out, at);
    out.set(e.data, at);
    at += e.data.length;

    dir = out.writeUInt32LE(0x02014b50, dir);
    dir = out.writeUInt16LE(20, dir); // made by: MS-DOS, zip 2.0
    dir = described(out, dir, e, flags, time, day);
    dir = out.writeUInt16LE(0, dir); // extra
    dir = out.writeUInt16LE(0, dir); // comment
    dir = out.writeUInt16LE(0, dir); // disk
    dir = out.writeUInt16LE(0, dir); // internal attributes
    dir = out.writeUInt32LE(0, dir); // external attributes
    dir = out.writeUInt32LE(offset, dir);
    dir += e.name.copy(out, dir);
  }
  dir = out.writeUInt32LE(0x06054b50, dir);
  dir = out.writeUInt16LE(0, dir);
  dir = out.writeUInt16LE(0, dir);
  dir = out.writeUInt16LE(entries.length, dir);
  dir = out.writeUInt16LE(entries.length, dir);
  dir = out.writeUInt32LE(central, dir);
  dir = out.writeUInt32LE(local, dir);
  out.writeUInt16LE(0, dir);
  return out;
}

/** The fields that a local header and its central directory entry share, in the same order: version needed to extract to the name's length. */
function described(out: Buffer, at: number, e: ZipEntry, flags: number, time: number, day: number): number {
  at = out.writeUInt16LE(20, at); // version needed: zip 2.0 (deflate)
  at = out.writeUInt16LE(flags, at);
  at = out.writeUInt16LE(e.method, at);
  at = out.writeUInt16LE(time, at);
  at = out.writeUInt16LE(day, at);
  at = out.writeUInt32LE(e.crc, at);
  at = out.writeUInt32LE(e.data.length, at);
  at = out.writeUInt32LE(e.size, at);
  return out.writeUInt16LE(e.name.length, at);
}
