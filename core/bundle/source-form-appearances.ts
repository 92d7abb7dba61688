/**
 * A source form that sets /NeedAppearances asks the viewer to redraw its fields from their values (/V); the
 * appearance streams it carries may be stale — empty, or an older value — and the bundle flattens appearances,
 * so the filled value would vanish from the page. Before the bundle flattens such a form, every text and choice
 * field with a value gets a fresh appearance drawn from /V with the embedded CJK font by the app's own form
 * drawing (core/forms/acroform-fill.ts). A field that cannot be drawn (a character the font lacks, a value too
 * long for its box, a form pdf-lib cannot read) is named in a warning of the bundle report, never dropped silently.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFBool, PDFDict, PDFDropdown, PDFName, PDFOptionList, PDFTextField } from '@cantoo/pdf-lib';
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { Bilingual } from '../bilingual';
import type { PdfFonts } from '../documents/render-pdf';
import { describeCharacters, embedPrepared, missingGlyphs, prepareSubset } from '../documents/pdf-fonts';
import { drawText } from '../forms/acroform-fill';
import type { ExhibitRef } from './bundle-errors';
import { reasonOf } from './bundle-errors';

type TextLike = PDFTextField | PDFDropdown | PDFOptionList;

function needsAppearances(doc: PDFDocument): boolean {
  const acro = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (!(acro instanceof PDFDict)) return false;
  const flag = acro.lookup(PDFName.of('NeedAppearances'));
  return flag instanceof PDFBool && flag.asBoolean();
}

function valueOf(field: TextLike): string {
  return field instanceof PDFTextField ? (field.getText() ?? '') : field.getSelected().join('、');
}

/** Redraws the fields of a /NeedAppearances form from their values; returns a warning per field it could not draw. */
export async function refreshFormAppearances(doc: PDFDocument, fonts: PdfFonts, exhibit: ExhibitRef): Promise<Bilingual[]> {
  if (!needsAppearances(doc)) return [];
  const where = { zh: `${exhibit.label}（${exhibit.fileName}）`, en: `${exhibit.label} (${exhibit.fileName})` };
  const warnings: Bilingual[] = [];
  const warn = (name: string, why: Bilingual) => warnings.push({
    zh: `${where.zh}表单字段“${name}”的填写内容无法重新绘制（${why.zh}），编入的页面可能不显示该内容，请核对原件`,
    en: `${where.en}: the value of form field "${name}" could not be redrawn (${why.en}); the bundled page may not show it, check the original`,
  });
  let fields: { field: TextLike; name: string; text: string }[];
  try {
    fields = doc.getForm().getFields()
      .filter((f): f is TextLike => f instanceof PDFTextField || f instanceof PDFDropdown || f instanceof PDFOptionList)
      .map((field) => ({ field, name: field.getName(), text: valueOf(field) }))
      .filter((f) => f.text !== '');
  } catch (error) {
    warn('*', { zh: `表单无法读取：${reasonOf(error)}`, en: `the form cannot be read: ${reasonOf(error)}` });
    return warnings;
  }
  const drawable = fields.filter(({ name, text }) => {
    const missing = missingGlyphs(fonts.regular, new Set(Array.from(text).filter((ch) => ch >= ' ')));
    if (missing.length === 0) return true;
    const chars = describeCharacters(missing);
    warn(name, { zh: `字体缺少字符${chars.zh}`, en: `the font has no glyph for ${chars.en}` });
    return false;
  });
  if (drawable.length === 0) return warnings;
  doc.registerFontkit(fontkit);
  const chars = new Set(drawable.flatMap(({ text }) => Array.from(text).filter((ch) => ch >= ' ')));
  const font = await embedPrepared(doc, await prepareSubset(fonts.regular, chars, fonts.subsetter));
  for (const { field, name, text } of drawable) {
    try {
      if (!drawText(field, text, font)) warn(name, { zh: '内容过长，最小字号仍放不下', en: 'the value does not fit its box even at 6 pt' });
    } catch (error) {
      warn(name, { zh: reasonOf(error), en: reasonOf(error) });
    }
  }
  // The font's objects are written into the source's object table, where the bundle copies them from.
  await doc.flush();
  return warnings;
}
