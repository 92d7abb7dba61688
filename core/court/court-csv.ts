/**
 * The court directory as CSV (RFC 4180), for editing in a spreadsheet: exported with a BOM and
 * Chinese headers so Excel opens it as UTF-8; imported, as the reading layer reads the file (CSV in
 * any of its encodings, or XLSX), with Chinese or English headers. Rows are numbered as the
 * spreadsheet shows them, so an error names the row to fix.
 */
import type { TextTable } from '../claim/text-table';
import { DossierError } from '../errors';
import { safeSpreadsheetCell, spreadsheetCellText } from '../tables/spreadsheet-cell';
import type { FieldIssue } from '../errors';
import { issueProblem } from '../zod-issue-text';
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

/** One imported row: the court id (empty for a new court), its values and its spreadsheet row number. */
export type ImportedCourt = { row: number; id: string; values: CourtInputParsed };

function fromLabel<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): T | undefined {
  const v = value.trim();
  return codes.find((code) => code === v || labels[code] === v);
}

/** The column of the court directory a file's header names (编号 or id …), if any. */
function columnOf(header: string): (typeof columns)[number] | undefined {
  return columns.find((c) => c.zh === header.trim() || c.key === header.trim());
}

/** The file's own header for a court field (审级 or level), so a refused cell is named as the user's sheet names it. */
export function courtColumnHeader(headers: readonly string[], key: string): string {
  return headers.find((h) => columnOf(h)?.key === key) ?? columns.find((c) => c.key === key)?.zh ?? key;
}

/** Reads courts from a table; throws one bilingual error naming the file and listing every bad row and column, importing nothing. */
export function courtsFromTable(table: TextTable & { headerRow: number; fileName?: string }): ImportedCourt[] {
  const index = new Map<ColumnKey, number>();
  table.headers.forEach((h, i) => {
    const column = columnOf(h);
    if (column) index.set(column.key, i);
  });
  const file = table.fileName ?? 'CSV';
  const missing = (['name', 'level', 'divisionCode'] as const).filter((k) => !index.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => columns.find((c) => c.key === k)!.zh).join('、');
    throw new DossierError('invalid-input', { zh: `“${file}”缺少列：${names}`, en: `"${file}" lacks the column(s): ${missing.join(', ')}` }, { file, row: table.headerRow });
  }
  const header = (key: string) => courtColumnHeader(table.headers, key);
  const issues: FieldIssue[] = [];
  const imported: ImportedCourt[] = [];
  table.rows.forEach((cells, i) => {
    const rowNumber = table.lineNumbers[i]!;
    const cell = (key: ColumnKey) => (index.has(key) ? spreadsheetCellText((cells[index.get(key)!] ?? '').trim()) : '');
    const level = fromLabel(cell('level'), courtLevels, levelLabels);
    const kind = cell('kind') === '' ? 'general' : fromLabel(cell('kind'), courtKinds, kindLabels);
    if (!level) issues.push({ field: `row ${rowNumber}: level`, message: { zh: `第 ${rowNumber} 行“${header('level')}”应为 基层、中级 或 高级`, en: `Row ${rowNumber}, "${header('level')}": must be basic, intermediate or high` } });
    if (!kind) issues.push({ field: `row ${rowNumber}: kind`, message: { zh: `第 ${rowNumber} 行“${header('kind')}”应为 普通、互联网法院 或 金融法院`, en: `Row ${rowNumber}, "${header('kind')}": must be general, internet or financial` } });
    const parsed = courtInput.safeParse({
      name: cell('name'), level: level ?? 'basic', kind: kind ?? 'general', divisionCode: cell('divisionCode'), address: cell('address'),
      phone: cell('phone'), notes: cell('notes'), towns: cell('towns') ? cell('towns').split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean) : [],
      appealCourtId: cell('appealCourtId'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const problem = key === 'divisionCode' && issue.code === 'invalid_format' ? { zh: '应为 6 位数字', en: 'must be 6 digits' } : issueProblem(issue);
        issues.push({ field: `row ${rowNumber}: ${key}`, message: { zh: `第 ${rowNumber} 行“${header(key)}”${problem.zh}`, en: `Row ${rowNumber}, "${header(key)}": ${problem.en}` } });
      }
      return;
    }
    if (level && kind) imported.push({ row: rowNumber, id: cell('id'), values: parsed.data });
  });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new DossierError('invalid-input', {
      zh: `“${file}”有 ${issues.length} 处错误，未导入任何数据。${first.message.zh}`,
      en: `"${file}" has ${issues.length} error(s); nothing was imported. ${first.message.en}`,
    }, { file, row: Number(/row (\d+)/.exec(first.field)?.[1] ?? 0) }, issues);
  }
  return imported;
}
