import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { fontProgram } from '../../../core/documents/pdf-font-program';
import { prepareSubset } from '../../../core/documents/pdf-fonts';
import { DossierError } from '../../../core/errors';
import { testFonts } from '../../support/fonts';

/** A copy of a TrueType font whose glyph `id` has an empty outline (its loca entry equals the next one's). */
function withEmptyOutline(bytes: Uint8Array, id: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const tables = view.getUint16(4);
  let loca = -1;
  let head = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...copy.subarray(record, record + 4));
    if (tag === 'loca') loca = view.getUint32(record + 8);
    if (tag === 'head') head = view.getUint32(record + 8);
  }
  const long = view.getInt16(head + 50) === 1;
  if (long) view.setUint32(loca + 4 * (id + 1), view.getUint32(loca + 4 * id));
  else view.setUint16(loca + 2 * (id + 1), view.getUint16(loca + 2 * id));
  return copy;
}

describe('font program', () => {
  it('refuses a subset that lost the outline of a visible character, rather than print a blank', async () => {
    const { regular } = await testFonts();
    const subset = await prepareSubset(regular, '民事 起诉状');
    const id = fontkit.create(subset.bytes).glyphForCodePoint('事'.codePointAt(0)!).id;
    await expect(fontProgram(subset)).resolves.toBeDefined();
    const broken = { ...subset, bytes: withEmptyOutline(subset.bytes, id) };
    const refused = await fontProgram(broken).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(DossierError);
    expect((refused as DossierError).text.zh).toContain('“事”');
  });
});
