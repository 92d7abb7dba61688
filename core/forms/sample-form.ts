/**
 * The bundled sample of a fillable court form (templates/forms/case-registration-sample.pdf), built here in
 * code so it can be regenerated and so its content is ours: an invented court's case-registration sheet
 * (立案信息登记表) with text fields (one combed, some multiline, some length-limited), a drop-down and a
 * check box. Everything on it is fictional. Labels are drawn with the embedded CJK subset font.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, TextAlignment, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { embedSubset } from '../documents/pdf-fonts';

type Row =
  | { label: string; name: string; kind: 'text'; lines?: number; maxLength?: number; comb?: boolean; width?: number }
  | { label: string; name: string; kind: 'dropdown'; options: string[]; width?: number }
  | { label: string; name: string; kind: 'checkbox' };

/** The sheet's rows, top to bottom; two rows share a line when both give a width below 1. */
export const sampleFormRows: readonly Row[] = [
  { label: '受理法院', name: 'court_name', kind: 'text' },
  { label: '案由', name: 'case_cause', kind: 'text' },
  { label: '原告名称', name: 'plaintiff_name', kind: 'text' },
  { label: '统一社会信用代码', name: 'plaintiff_credit_code', kind: 'text', maxLength: 18, comb: true },
  { label: '负责人及职务', name: 'plaintiff_representative', kind: 'text' },
  { label: '委托诉讼代理人', name: 'agent_name', kind: 'text' },
  { label: '代理人联系电话', name: 'agent_phone', kind: 'text', maxLength: 20 },
  { label: '被告姓名', name: 'defendant_name', kind: 'text' },
  { label: '被告性别', name: 'defendant_sex', kind: 'dropdown', options: ['男', '女'] },
  { label: '公民身份号码', name: 'defendant_id', kind: 'text', maxLength: 18, comb: true },
  { label: '被告住所', name: 'defendant_address', kind: 'text', lines: 2 },
  { label: '被告联系电话', name: 'defendant_phone', kind: 'text', maxLength: 20 },
  { label: '诉讼标的额（元）', name: 'claim_total', kind: 'text' },
  { label: '标的额大写', name: 'claim_total_capitals', kind: 'text' },
  { label: '诉讼请求', name: 'claims', kind: 'text', lines: 4 },
  { label: '适用程序', name: 'procedure', kind: 'dropdown', options: ['普通程序', '简易程序', '小额诉讼程序'] },
  { label: '同意电子送达', name: 'e_service', kind: 'checkbox' },
  { label: '送达地址邮政编码', name: 'service_postcode', kind: 'text', maxLength: 6, comb: true },
  { label: '起诉日期', name: 'filing_date', kind: 'text' },
];

const TITLE = '民事案件立案信息登记表';
const SUBTITLE = '（示例表单·滇池市盘龙区人民法院为虚构法院，仅供演示）';
const FOOTNOTE = '本表为卷宗生成的示例可填写表单，字段名与 case-registration-sample.mapping.json 对应。';

const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 72 } as const;
const LABEL_WIDTH = 130;
const LINE = 26;
// 五号, the size of table text in the documents.
const FIELD_SIZE = 10.5;
const BLACK = rgb(0, 0, 0);

function drawCentred(page: PDFPage, font: PDFFont, text: string, size: number, y: number): void {
  page.drawText(text, { x: (PAGE.width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: BLACK });
}

/** Builds the sample form; `fontBytes` is the full document font, subset to the labels and choices. */
export async function buildSampleForm(fontBytes: Uint8Array, createdAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const text = [TITLE, SUBTITLE, FOOTNOTE, ...sampleFormRows.flatMap((r) => [r.label, ...(r.kind === 'dropdown' ? r.options : [])])].join('');
  const font = await embedSubset(pdf, fontBytes, new Set(Array.from(text).filter((ch) => ch >= ' ')));
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const form = pdf.getForm();
  drawCentred(page, font, TITLE, 18, PAGE.height - PAGE.top - 18);
  drawCentred(page, font, SUBTITLE, 9, PAGE.height - PAGE.top - 36);

  const fieldLeft = PAGE.left + LABEL_WIDTH;
  const fieldWidth = PAGE.width - PAGE.right - fieldLeft;
  let top = PAGE.height - PAGE.top - 60;
  for (const row of sampleFormRows) {
    const lines = row.kind === 'text' ? (row.lines ?? 1) : 1;
    const height = LINE * lines - 6;
    const y = top - height;
    page.drawText(row.label, { x: PAGE.left, y: y + height - 14, size: 10.5, font, color: BLACK });
    const box = { x: fieldLeft, y, width: fieldWidth, height, font, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 };
    if (row.kind === 'text') {
      const field = form.createTextField(row.name);
      if (row.maxLength !== undefined) field.setMaxLength(row.maxLength);
      if (row.comb) field.enableCombing();
      if (lines > 1) field.enableMultiline();
      field.setAlignment(TextAlignment.Left);
      field.addToPage(page, row.comb && row.maxLength ? { ...box, width: Math.min(fieldWidth, row.maxLength * 15) } : box);
      field.setFontSize(FIELD_SIZE);
    } else if (row.kind === 'dropdown') {
      const field = form.createDropdown(row.name);
      field.addOptions(row.options);
      field.addToPage(page, { ...box, width: 140 });
      field.setFontSize(FIELD_SIZE);
    } else {
      const field = form.createCheckBox(row.name);
      field.addToPage(page, { x: fieldLeft, y: y + 2, width: 14, height: 14, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
    }
    top -= LINE * lines;
  }
  page.drawText(FOOTNOTE, { x: PAGE.left, y: top - 24, size: 9, font, color: BLACK });
  pdf.setTitle(`${TITLE}（示例）`);
  pdf.setCreator('Dossier');
  pdf.setProducer('Dossier');
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  return pdf.save({ updateFieldAppearances: false });
}
