/**
 * Filling an AcroForm with case data: text and choice fields get our own appearance streams in the
 * embedded CJK subset font (form-appearance.ts), check boxes and radio buttons take their on/off states,
 * and on request the form is flattened — every appearance painted into the page and the fields removed —
 * so the values print and display the same in any viewer. Every field that cannot be filled is reported
 * with its reason; nothing is silently left blank or clipped.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  PDFCheckBox, PDFDict, PDFDropdown, PDFName, PDFOptionList, PDFRadioGroup, PDFTextField, TextAlignment,
  type PDFDocument, type PDFField, type PDFFont, type PDFForm,
} from '@cantoo/pdf-lib';
import { describeCharacters, embedSubset, missingGlyphs } from '../documents/pdf-fonts';
import { DossierError } from '../errors';
import { fieldType, loadFormPdf, withFormStructure } from './acroform-read';
import { textAppearance, type TextBoxOptions } from './form-appearance';
import type { FieldValue, FillReport, SkippedField } from './form-model';
import type { ResolvedValue } from './form-values';

/** What fillForm needs besides the form: the resolved values, the font and whether to flatten. */
export type FillOptions = { fontBytes: Uint8Array; flatten: boolean; createdAt?: Date; fileName?: string };

const alignments: Record<number, TextBoxOptions['align']> = { [TextAlignment.Left]: 'left', [TextAlignment.Center]: 'center', [TextAlignment.Right]: 'right' };

/** The font size a field's /DA asks for (0 = auto). */
function daFontSize(field: PDFTextField | PDFDropdown | PDFOptionList): number {
  const da = field.acroField.getDefaultAppearance() ?? '';
  const match = /(\d+(?:\.\d+)?)\s+Tf/.exec(da);
  return match ? Number(match[1]) : 0;
}

/** Registers the font in the form's default resources so /DA can name it for viewers that redraw. */
function addToDefaultResources(pdf: PDFDocument, form: PDFForm, font: PDFFont): void {
  const acro = form.acroForm.dict;
  let dr = acro.lookup(PDFName.of('DR'));
  if (!(dr instanceof PDFDict)) {
    dr = pdf.context.obj({});
    acro.set(PDFName.of('DR'), dr);
  }
  const resources = dr as PDFDict;
  let fonts = resources.lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) {
    fonts = pdf.context.obj({});
    resources.set(PDFName.of('Font'), fonts);
  }
  (fonts as PDFDict).set(PDFName.of(font.name), font.ref);
}

/** Draws a text value into every widget of a text-like field with the CJK font; false when it does not fit. */
export function drawText(field: PDFTextField | PDFDropdown | PDFOptionList, text: string, font: PDFFont): boolean {
  const textField = field instanceof PDFTextField ? field : null;
  let fits = true;
  let usedSize = 0;
  field.updateAppearances(font, (_f, widget) => {
    const { width, height } = widget.getRectangle();
    const characteristics = widget.getAppearanceCharacteristics();
    const appearance = textAppearance(text, font, {
      border: { width: widget.getBorderStyle()?.getWidth() ?? 1, color: characteristics?.getBorderColor() ?? [] },
      background: characteristics?.getBackgroundColor() ?? null,
      width,
      height,
      multiline: textField?.isMultiline() ?? false,
      combCells: textField?.isCombed() ? (textField.getMaxLength() ?? 0) : 0,
      fontSize: daFontSize(field),
      align: alignments[textField?.getAlignment() ?? TextAlignment.Left] ?? 'left',
    });
    if (!appearance) {
      fits = false;
      return [];
    }
    usedSize = appearance.size;
    return appearance.operators;
  });
  if (fits) field.acroField.setDefaultAppearance(`/${font.name} ${usedSize} Tf 0 g`);
  return fits;
}

type Skip = Omit<SkippedField, 'name' | 'type'>;

/** Sets one field; returns the text written, or why it was not. */
function setField(field: PDFField, value: FieldValue, font: PDFFont | null): { written: string } | { skip: Skip } {
  if (field.isReadOnly()) return { skip: { reason: 'read-only', message: { zh: '该字段为只读字段', en: 'The field is read-only' } } };
  if (field instanceof PDFCheckBox) {
    if (value === true || value === 'true') field.check();
    else field.uncheck();
    return { written: field.isChecked() ? '☑' : '☐' };
  }
  const text = typeof value === 'boolean' ? (value ? '是' : '否') : value;
  if (field instanceof PDFRadioGroup) {
    if (!field.getOptions().includes(text)) {
      return { skip: { reason: 'not-an-option', message: { zh: `“${text}”不是该单选项的选项（${field.getOptions().join('、')}）`, en: `"${text}" is not one of the options (${field.getOptions().join(', ')})` } } };
    }
    field.select(text);
    return { written: text };
  }
  if (field instanceof PDFTextField || field instanceof PDFDropdown || field instanceof PDFOptionList) {
    if (field instanceof PDFTextField) {
      const max = field.getMaxLength();
      if (max !== undefined && Array.from(text).length > max) {
        return { skip: { reason: 'too-long', message: { zh: `内容有 ${Array.from(text).length} 个字符，超过该字段允许的 ${max} 个`, en: `The value has ${Array.from(text).length} characters; the field allows ${max}` } } };
      }
      field.setText(text);
    } else {
      const options = field.getOptions();
      const editable = field instanceof PDFDropdown && field.isEditable();
      if (!options.includes(text) && !editable) {
        return { skip: { reason: 'not-an-option', message: { zh: `“${text}”不是该下拉框的选项（${options.join('、')}）`, en: `"${text}" is not one of the options (${options.join(', ')})` } } };
      }
      field.select(text);
    }
    if (font && !drawText(field, text, font)) {
      return { skip: { reason: 'does-not-fit', message: { zh: '内容过长，最小 6 磅字号仍放不下', en: 'The value does not fit the field even at 6 pt' } } };
    }
    return { written: text };
  }
  return { skip: { reason: 'unsupported-type', message: { zh: '签名栏和按钮不能自动填写', en: 'Signature fields and buttons cannot be filled automatically' } } };
}

/**
 * Fills a form. `values` holds the mapping's result for each mapped field; every field of the form without
 * an entry is reported as unmapped, and every entry naming no field of the form as unknown.
 */
export async function fillForm(formBytes: Uint8Array, values: ReadonlyMap<string, ResolvedValue>, options: FillOptions): Promise<{ bytes: Uint8Array; report: FillReport }> {
  const fileName = options.fileName ?? 'form.pdf';
  const pdf = await loadFormPdf(formBytes, fileName);
  return withFormStructure(fileName, () => fillLoaded(pdf, fileName, values, options));
}

/** Fills a loaded form (see fillForm); a form without a single field is refused rather than "filled" with nothing. */
async function fillLoaded(pdf: PDFDocument, fileName: string, values: ReadonlyMap<string, ResolvedValue>, options: FillOptions): Promise<{ bytes: Uint8Array; report: FillReport }> {
  pdf.registerFontkit(fontkit);
  const form = pdf.getForm();
  const fields = form.getFields();
  if (fields.length === 0) {
    throw new DossierError('invalid-input', { zh: `“${fileName}”不含可填写的表单字段`, en: `"${fileName}" has no fillable form fields` }, { file: fileName });
  }
  const report: FillReport = { filled: [], skipped: [], flattened: options.flatten };
  const known = new Set(fields.map((f) => f.getName()));
  for (const name of values.keys()) {
    if (!known.has(name)) report.skipped.push({ name, type: null, reason: 'unknown-field', message: { zh: '表单中没有此字段', en: 'The form has no such field' } });
  }

  // One subset for every text value that can be drawn: characters the font lacks disqualify their field.
  const pending: { field: PDFField; value: FieldValue }[] = [];
  const chars = new Set<string>();
  for (const field of fields) {
    const name = field.getName();
    const type = fieldType(field);
    const resolved = values.get(name);
    if (!resolved) {
      report.skipped.push({ name, type, reason: 'unmapped', message: { zh: '未设置该字段对应的案件数据', en: 'No case data is mapped to this field' } });
      continue;
    }
    if ('skip' in resolved) {
      report.skipped.push({ name, type, ...resolved.skip });
      continue;
    }
    if (typeof resolved.value === 'string' && type !== 'checkbox') {
      const missing = missingGlyphs(options.fontBytes, new Set(Array.from(resolved.value).filter((ch) => ch >= ' ')));
      if (missing.length > 0) {
        const named = describeCharacters(missing);
        report.skipped.push({ name, type, reason: 'missing-glyph', message: { zh: `字体缺少字符${named.zh}`, en: `The font has no glyph for ${named.en}` } });
        continue;
      }
      for (const ch of resolved.value) if (ch >= ' ') chars.add(ch);
    }
    pending.push({ field, value: resolved.value });
  }
  const font = chars.size > 0 ? await embedSubset(pdf, options.fontBytes, chars) : null;
  if (font) addToDefaultResources(pdf, form, font);

  for (const { field, value } of pending) {
    const name = field.getName();
    const type = fieldType(field);
    let outcome: ReturnType<typeof setField>;
    try {
      outcome = setField(field, value, font);
    } catch {
      // pdf-lib's reason names its internals ("Expected instance of PDFArray"); the user learns the field is damaged.
      outcome = { skip: { reason: 'invalid-value', message: { zh: '该字段的结构已损坏，无法写入', en: 'The field is damaged and cannot be set' } } };
    }
    if ('written' in outcome) report.filled.push({ name, type, value: outcome.written });
    else {
      report.skipped.push({ name, type, ...outcome.skip });
      // Leave an unfillable text field empty rather than half-drawn.
      if (field instanceof PDFTextField && !field.isReadOnly()) field.setText(undefined);
    }
  }
  // Our appearances are complete: viewers must not regenerate them with a font that lacks Chinese.
  form.acroForm.dict.set(PDFName.of('NeedAppearances'), pdf.context.obj(false));
  if (options.flatten) form.flatten({ updateFieldAppearances: false });
  if (options.createdAt) pdf.setModificationDate(options.createdAt);
  const bytes = await pdf.save({ updateFieldAppearances: false });
  return { bytes, report };
}
