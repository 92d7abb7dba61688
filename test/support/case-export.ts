/**
 * A bank's case export as tests and the import benchmark build it: Chinese headers as banks write them and rows
 * of fictional cardholders whose ID numbers and card numbers carry correct check characters.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { makeCardNumber, makeResidentId } from './identities';

/** The headers of the export, one per column. */
export const exportHeaders = [
  '客户姓名', '证件号码', '民族', '户籍地址', '手机号码', '信用卡卡号', '开卡日期', '发卡机构', '信用额度',
  '首次逾期日期', '计算截止日', '透支本金', '利息', '违约金', '费用', '欠款总额', '经办人',
] as const;

/** The fictional cardholder of row `i` (0-based): ID sequence and card digits from `i`, amounts that add up. */
export function exportRow(i: number): string[] {
  const birth = `19${String(60 + (i % 40)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
  const residentId = makeResidentId('530111', birth, String(100 + (i % 900)).padStart(3, '0'));
  const cardNumber = makeCardNumber(`62284800${String(i).padStart(7, '0')}`);
  const principal = 10_000 + (i % 5000);
  return [
    `测试客户${i}`, residentId, '汉族', `云南省昆明市官渡区示例路${i + 1}号`, '13800138000', cardNumber, '2019-04-01',
    '云岭银行昆明分行', '50,000.00', '2024-03-02', '2026-10-31', `${principal}.50`, '1000.25', '300', '0',
    `${principal + 1300}.75`, '张经办',
  ];
}

/** Writes rows under the export's headers as a CSV in GB18030 (the encoding of many banks' Windows exports). */
export function writeGb18030Csv(path: string, rows: readonly (readonly string[])[], headers: readonly string[] = exportHeaders): void {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = [headers, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
  writeFileSync(path, iconv.encode(text, 'gb18030'));
}

/** Writes rows under the export's headers as an XLSX, streaming (exceljs' WorkbookWriter), so 100,000 rows fit. */
export async function writeExportXlsx(path: string, rowCount: number, rowAt: (i: number) => readonly string[] = exportRow): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('案件');
  sheet.addRow([...exportHeaders]).commit();
  for (let i = 0; i < rowCount; i += 1) sheet.addRow([...rowAt(i)]).commit();
  sheet.commit();
  await workbook.commit();
}
