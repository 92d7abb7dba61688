import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { setZipEntryDates } from '../../../core/documents/zip-entry-dates';
import { DossierError } from '../../../core/errors';

const files = { 'a.txt': new TextEncoder().encode('甲'), 'dir/b.xml': new TextEncoder().encode('<b/>') };

/** The MS-DOS time and date words of every local and central header, in file order. */
function headerDates(zip: Uint8Array): number[][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[][] = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) out.push([view.getUint16(i + 10, true), view.getUint16(i + 12, true)]);
    if (signature === 0x02014b50) out.push([view.getUint16(i + 12, true), view.getUint16(i + 14, true)]);
  }
  return out;
}

describe('setZipEntryDates', () => {
  it('dates every local and central header with the China time of the instant, and leaves the contents alone', () => {
    const zip = setZipEntryDates(zipSync(files, { mtime: new Date('2001-01-01T00:00:00Z') }), new Date('2026-03-04T05:06:08Z'));
    // 13:06:08 on 2026-03-04 in China: time (13 << 11 | 6 << 5 | 4), date (46 << 9 | 3 << 5 | 4).
    expect(headerDates(zip)).toEqual(Array.from({ length: 4 }, () => [(13 << 11) | (6 << 5) | 4, (46 << 9) | (3 << 5) | 4]));
    expect(unzipSync(zip)).toEqual(files);
  });

  it('uses the zip epoch, 1980-01-01 00:00, without an instant', () => {
    const zip = setZipEntryDates(zipSync(files), undefined);
    expect(headerDates(zip)).toEqual(Array.from({ length: 4 }, () => [0, (1 << 5) | 1]));
  });

  it('refuses what is not a plain zip file: not a zip, or bytes after the directory (an archive comment)', () => {
    expect(() => setZipEntryDates(new Uint8Array([1, 2, 3]), undefined)).toThrow(DossierError);
    expect(() => setZipEntryDates(new Uint8Array([...zipSync(files), 0x78]), undefined)).toThrow(DossierError);
  });
});
