/**
 * Reading an AcroForm: the fields a fillable PDF offers, with their kind, page, box, limits and choices,
 * so the user can map each one to case data. Works on bytes; the caller reads the file.
 */
import {
  PDFCheckBox, PDFDocument, PDFDropdown, PDFOptionList, PDFRadioGroup, PDFSignature, PDFTextField,
  type PDFField, type PDFWidgetAnnotation,
} from '@cantoo/pdf-lib';
import { DossierError } from '../errors';
import type { FormField, FormFieldType } from './form-model';

/** The kind of a pdf-lib field. */
export function fieldType(field: PDFField): FormFieldType {
  if (field instanceof PDFTextField) return 'text';
  if (field instanceof PDFCheckBox) return 'checkbox';
  if (field instanceof PDFRadioGroup) return 'radio';
  if (field instanceof PDFDropdown) return 'dropdown';
  if (field instanceof PDFOptionList) return 'option-list';
  if (field instanceof PDFSignature) return 'signature';
  return 'button';
}

/** A form whose structure pdf-lib cannot walk (fields without a kind, a /Parent loop, entries of the wrong type). */
function damagedForm(fileName: string): DossierError {
  return new DossierError('invalid-input', {
    zh: `PDF 表单“${fileName}”的结构已损坏，无法读取其字段`,
    en: `The PDF form "${fileName}" is damaged; its fields cannot be read`,
  }, { file: fileName });
}

/**
 * Runs `work` on a loaded form: pdf-lib's own failures on a damaged structure (a TypeError, a stack overflow on a
 * /Parent loop, "Expected instance of PDFDict") become an error naming the file.
 */
export async function withFormStructure<T>(fileName: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw damagedForm(fileName);
  }
}

/** Loads a PDF for form work; an unreadable, encrypted or damaged file is an error naming it. */
export async function loadFormPdf(bytes: Uint8Array, fileName = 'form.pdf'): Promise<PDFDocument> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if ((error as Error | null)?.constructor?.name === 'EncryptedPDFError') {
      throw new DossierError('invalid-input', { zh: `PDF 表单“${fileName}”已加密，请先解除密码保护再填写`, en: `The PDF form "${fileName}" is encrypted; remove its password first` }, { file: fileName });
    }
    throw new DossierError('invalid-input', { zh: `无法读取 PDF 表单“${fileName}”：文件已损坏或不是 PDF`, en: `Cannot read the PDF form "${fileName}": the file is damaged or not a PDF` }, { file: fileName });
  }
  // A file with a PDF header but no usable catalog loads, and fails at the first look at its form.
  await withFormStructure(fileName, () => pdf.getForm().getFields());
  return pdf;
}

function valueOf(field: PDFField): string {
  if (field instanceof PDFTextField) return field.getText() ?? '';
  if (field instanceof PDFCheckBox) return field.isChecked() ? 'true' : '';
  if (field instanceof PDFRadioGroup) return field.getSelected() ?? '';
  if (field instanceof PDFDropdown || field instanceof PDFOptionList) return field.getSelected().join(', ');
  return '';
}

function optionsOf(field: PDFField): string[] {
  if (field instanceof PDFRadioGroup || field instanceof PDFDropdown || field instanceof PDFOptionList) return field.getOptions();
  return [];
}

/** The 0-based page holding a widget: its /P entry, else the page whose /Annots lists it; -1 if neither. */
function widgetPage(pdf: PDFDocument, widget: PDFWidgetAnnotation): number {
  const pages = pdf.getPages();
  const pageRef = widget.P();
  if (pageRef) {
    const index = pages.findIndex((p) => p.ref === pageRef);
    if (index >= 0) return index;
  }
  const ref = pdf.context.getObjectRef(widget.dict);
  return pages.findIndex((p) => {
    const annots = p.node.Annots();
    return ref !== undefined && annots !== undefined && annots.asArray().some((a) => a === ref);
  });
}

/** Lists the fields of a loaded form in document order. */
export function formFields(pdf: PDFDocument): FormField[] {
  return pdf.getForm().getFields().map((field) => {
    const widget = field.acroField.getWidgets()[0];
    const pageIndex = widget ? widgetPage(pdf, widget) : -1;
    const text = field instanceof PDFTextField ? field : null;
    return {
      name: field.getName(),
      type: fieldType(field),
      page: pageIndex >= 0 ? pageIndex + 1 : widget ? 1 : 0,
      rect: widget ? widget.getRectangle() : null,
      readOnly: field.isReadOnly(),
      required: field.isRequired(),
      multiline: text?.isMultiline() ?? false,
      combed: text?.isCombed() ?? false,
      maxLength: text?.getMaxLength() ?? null,
      options: optionsOf(field),
      value: valueOf(field),
    };
  });
}

/** Lists the fields of a PDF given as bytes. */
export async function listFormFields(bytes: Uint8Array, fileName = 'form.pdf'): Promise<FormField[]> {
  const pdf = await loadFormPdf(bytes, fileName);
  return withFormStructure(fileName, () => formFields(pdf));
}
