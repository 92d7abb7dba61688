import type { CliCommand } from '../cli-command';

/** `dossier form fill FORM.pdf CASE_ID --mapping FILE --out FILE [--flatten]`. */
export const formFillCommand: CliCommand = {
  words: ['form', 'fill'],
  usage: [
    'dossier form fill FORM.pdf CASE_ID --mapping FILE --out FILE [--flatten] [--db FILE] [--json]',
    '    用案件数据填写 PDF 表单（AcroForm），--flatten 将填写结果固化；列出未能填写的字段',
    '    Fill a PDF form with a case\'s data; --flatten burns the values in; unfilled fields are listed',
  ].join('\n'),
  options: { mapping: { type: 'string' }, out: { type: 'string' }, flatten: { type: 'boolean', default: false } },
  load: async () => (await import('../commands/form-commands')).runFormFill,
};

/** `dossier form fields FORM.pdf`: the fields of a form, to write a mapping for it. */
export const formFieldsCommand: CliCommand = {
  words: ['form', 'fields'],
  usage: 'dossier form fields FORM.pdf [--json]\n    列出 PDF 表单的字段，以便编写字段映射 / List a PDF form\'s fields to write its mapping',
  load: async () => (await import('../commands/form-commands')).runFormFields,
};

/** The form commands, in --help order. */
export const formCommands: CliCommand[] = [formFillCommand, formFieldsCommand];
