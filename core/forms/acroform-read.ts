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

/** Loads a PDF for form work; an unreadable or encrypted file is an error naming the problem. */
export async function loadFormPdf(bytes: Uint8Array, fileName = 'form.pdf'): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DossierError('invalid-input', { zh: `无法读取 PDF 表单：${reason}`, en: `Cannot read the PDF form: ${reason}` }, { file: fileName });
  }
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
export async function listFormFields(bytes: Uint8Array, fileName?: string): Promise<FormField[]> {
  return formFields(await loadFormPdf(bytes, fileName));
}
