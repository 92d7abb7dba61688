/**
 * The court directory as CSV (RFC 4180), for editing in a spreadsheet: exported with a BOM and
 * Chinese headers so Excel opens it as UTF-8; imported with Chinese or English headers. Rows are
 * numbered as the spreadsheet shows them (the header is row 1), so an error names the row to fix.
 */
import { DossierError } from '../errors';
import { safeSpreadsheetCell } from '../tables/spreadsheet-cell';
import type { FieldIssue } from '../errors';
import { courtInput, courtKinds, courtLevels } from './court-model';
import type { Court, CourtInputParsed } from './court-model';

const columns = [
  { key: 'id', zh: '编号' },
  { key: 'name', zh: '法院名称' },
  { key: 'level', zh: '审级' },
  { key: 'kind', zh: '类型' },
  { key: 'divisionCode', zh: '区划代码' },
  { key: 'address', zh: '地址' },
  { key: 'phone', zh: '电话' },
  { key: 'notes', zh: '备注' },
  { key: 'towns', zh: '管辖镇街' },
  { key: 'appealCourtId', zh: '上诉法院编号' },
] as const;
type ColumnKey = (typeof columns)[number]['key'];

const levelLabels: Record<Court['level'], string> = { basic: '基层', intermediate: '中级', high: '高级' };
const kindLabels: Record<Court['kind'], string> = { general: '普通', internet: '互联网法院', financial: '金融法院' };

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes courts as CSV text with a BOM and Chinese headers. */
export function courtsToCsv(courts: readonly Court[]): string {
  const lines = [columns.map((c) => c.zh).join(',')];
  for (const court of courts) {
    const values: Record<ColumnKey, string> = {
      id: court.id, name: court.name, level: levelLabels[court.level], kind: kindLabels[court.kind], divisionCode: court.divisionCode,
      address: court.address, phone: court.phone, notes: court.notes, towns: court.towns.join('、'), appealCourtId: court.appealCourtId,
    };
    // A value that a spreadsheet would run as a formula is written inert (OWASP CSV injection).
    lines.push(columns.map((c) => quote(safeSpreadsheetCell(values[c.key]))).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Splits CSV text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (quoted) throw new DossierError('invalid-input', { zh: 'CSV 文件中有未闭合的引号', en: 'The CSV file has an unclosed quote' }, { row: rows.length + 1 });
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}

/** One imported row: the court id (empty for a new court), its values and its spreadsheet row number. */
export type ImportedCourt = { row: number; id: string; values: CourtInputParsed };

function fromLabel<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): T | undefined {
  const v = value.trim();
  return codes.find((code) => code === v || labels[code] === v);
}

/** Reads courts from CSV text; throws one bilingual error listing every bad row and field, importing nothing. */
export function courtsFromCsv(text: string): ImportedCourt[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new DossierError('invalid-input', { zh: 'CSV 文件为空', en: 'The CSV file is empty' }, { row: 1 });
  const index = new Map<ColumnKey, number>();
  header.forEach((h, i) => {
    const column = columns.find((c) => c.zh === h.trim() || c.key === h.trim());
    if (column) index.set(column.key, i);
  });
  const missing = (['name', 'level', 'divisionCode'] as const).filter((k) => !index.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => columns.find((c) => c.key === k)!.zh).join('、');
    throw new DossierError('invalid-input', { zh: `CSV 缺少列：${names}`, en: `The CSV lacks the column(s): ${missing.join(', ')}` }, { row: 1 });
  }
  const issues: FieldIssue[] = [];
  const imported: ImportedCourt[] = [];
  rows.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    const cell = (key: ColumnKey) => (index.has(key) ? (cells[index.get(key)!] ?? '').trim() : '');
    const level = fromLabel(cell('level'), courtLevels, levelLabels);
    const kind = cell('kind') === '' ? 'general' : fromLabel(cell('kind'), courtKinds, kindLabels);
    if (!level) issues.push({ field: `row ${rowNumber}: level`, message: { zh: `第 ${rowNumber} 行“审级”应为 基层、中级 或 高级`, en: `Row ${rowNumber}: level must be basic, intermediate or high` } });
    if (!kind) issues.push({ field: `row ${rowNumber}: kind`, message: { zh: `第 ${rowNumber} 行“类型”应为 普通、互联网法院 或 金融法院`, en: `Row ${rowNumber}: kind must be general, internet or financial` } });
    const parsed = courtInput.safeParse({
      name: cell('name'), level: level ?? 'basic', kind: kind ?? 'general', divisionCode: cell('divisionCode'), address: cell('address'),
      phone: cell('phone'), notes: cell('notes'), towns: cell('towns') ? cell('towns').split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean) : [],
      appealCourtId: cell('appealCourtId'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const label = columns.find((c) => c.key === key)?.zh ?? key;
        issues.push({ field: `row ${rowNumber}: ${key}`, message: { zh: `第 ${rowNumber} 行“${label}”有误：${issue.message}`, en: `Row ${rowNumber}, ${key}: ${issue.message}` } });
      }
      return;
    }
    if (level && kind) imported.push({ row: rowNumber, id: cell('id'), values: parsed.data });
  });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new DossierError('invalid-input', {
      zh: `CSV 有 ${issues.length} 处错误，未导入任何数据。${first.message.zh}`,
      en: `The CSV has ${issues.length} error(s); nothing was imported. ${first.message.en}`,
    }, { row: Number(/row (\d+)/.exec(first.field)?.[1] ?? 0) }, issues);
  }
  return imported;
}
