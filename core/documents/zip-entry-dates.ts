/**
 * Sets the modification date of every entry of a zip file in place. The docx package zips with fflate, which
 * stamps each entry with the time of packing; a deterministic DOCX needs a fixed one. The date is an MS-DOS
 * date and time (APPNOTE.TXT §4.4.6), local time by convention: here China time, where the documents are filed.
 * Only the two date fields of each local header and each central-directory header change; nothing moves.
 */
import { DossierError } from '../errors';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The earliest date a zip can hold, used when no date is given. */
const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/** The MS-DOS time and date words of `instant` in China time (two-second resolution). */
function dosDateTime(instant: Date | undefined): { time: number; date: number } {
  if (!instant) return DOS_EPOCH;
  const china = new Date(instant.getTime() + 8 * 3600_000);
  const year = Math.max(0, china.getUTCFullYear() - 1980);
  return {
    time: (china.getUTCHours() << 11) | (china.getUTCMinutes() << 5) | (china.getUTCSeconds() >> 1),
    date: (year << 9) | ((china.getUTCMonth() + 1) << 5) | china.getUTCDate(),
  };
}

function malformed(): DossierError {
  return new DossierError('internal', { zh: '生成的 Word 文件结构异常', en: 'The generated Word file is malformed' });
}

/** Stamps every entry of the zip `bytes` with `instant` (or the zip epoch, 1980-01-01); returns the same array. */
export function setZipEntryDates(bytes: Uint8Array, instant: Date | undefined): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { time, date } = dosDateTime(instant);
  // The end-of-central-directory record is the last 22 bytes when there is no archive comment (fflate writes none).
  const end = bytes.length - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_DIRECTORY) throw malformed();
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_HEADER) throw malformed();
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, date, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > end || view.getUint32(local, true) !== LOCAL_HEADER) throw malformed();
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
