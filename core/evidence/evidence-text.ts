/**
 * The words of an evidence item that the bundle prints (title, source, facts proved, file name) are checked
 * when the item is added or edited, not when the bundle is built: invisible characters (controls, bidi controls
 * that can make a title read backwards, zero-width characters; core/text/invisible-characters.ts lists them)
 * are removed, and the change is reported so the user sees what was kept. A
 * character the bundle's font cannot draw (an emoji, a rare ideograph) is refused naming it, by the same
 * font check the bundle uses (core/documents/pdf-fonts.ts), so an accepted item never stops a bundle later.
 */
import type { Bilingual } from '../bilingual';
import { describeCharacters, missingGlyphs } from '../documents/pdf-fonts';
import { DossierError } from '../errors';
import { revealInvisible, withoutInvisible } from '../text/invisible-characters';

/** The printed words of an item. */
export type EvidenceTextField = 'title' | 'source' | 'proves' | 'fileName';

/** A text changed at intake: which, what the user gave, what was kept, and the sentence that tells the user. */
export type EvidenceTextChange = { field: EvidenceTextField; from: string; to: string; message: Bilingual };

/** The field names as a user reads them. */
export const evidenceTextFieldNames: Record<EvidenceTextField, Bilingual> = {
  title: { zh: '证据名称', en: 'title' },
  source: { zh: '证据来源', en: 'source' },
  proves: { zh: '证明内容', en: 'facts proved' },
  fileName: { zh: '文件名', en: 'file name' },
};

/**
 * Cleans the printed words of an item: returns them without invisible characters and the list of changes;
 * throws missing-glyph naming the field and the characters when the font cannot draw one (`fontBytes`: the
 * bundle's font). `file` names the file in the error.
 */
export function cleanEvidenceText<T extends Partial<Record<EvidenceTextField, string>>>(
  texts: T, fontBytes: Uint8Array, file: string,
): { texts: T; changes: EvidenceTextChange[] } {
  const cleaned = { ...texts };
  const changes: EvidenceTextChange[] = [];
  for (const field of Object.keys(evidenceTextFieldNames) as EvidenceTextField[]) {
    const from = texts[field];
    if (from === undefined) continue;
    const to = withoutInvisible(from);
    const missing = missingGlyphs(fontBytes, new Set(to));
    if (missing.length > 0) {
      const chars = describeCharacters(missing);
      const name = evidenceTextFieldNames[field];
      throw new DossierError('missing-glyph', {
        zh: `${name.zh}“${to}”含有证据材料字体无法显示的字符${chars.zh}，请删去或改用常用字。文件未保存`,
        en: `The ${name.en} "${to}" has characters the bundle's font cannot draw: ${chars.en}; remove them or use common characters. Nothing was stored`,
      }, { field, file });
    }
    if (to !== from) {
      changes.push({ field, from, to, message: textChangeLine(field, from, to) });
      (cleaned as Record<EvidenceTextField, string>)[field] = to;
    }
  }
  return { texts: cleaned, changes };
}

/** The sentence for one change: 证据名称“a[U+202E]b”已改为“ab”（已删去不可见的控制字符）. */
function textChangeLine(field: EvidenceTextField, from: string, to: string): Bilingual {
  const name = evidenceTextFieldNames[field];
  return {
    zh: `${name.zh}“${revealInvisible(from)}”已改为“${to}”（已删去不可见的控制字符）`,
    en: `The ${name.en} "${revealInvisible(from)}" was changed to "${to}" (invisible control characters removed)`,
  };
}
