/**
 * Turns a transaction-detail table (CSV or XLSX, already read into text cells) into ledger entries
 * through a column mapping. Every problem names its row and column; one bad row fails the whole
 * import (imports are all or nothing).
 */
import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { isCalendarDate } from '../calendar/chinese-date';
import { DossierError } from '../errors';
import { MAX_FEN, formatYuan, parseSignedYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import type { LedgerEntryType } from './ledger-model';
import { rowProblems } from './text-table';
import type { SkippedRow, TextTable } from './text-table';

/** Which column holds what; columns are named by their header text. */
export const ledgerMapping = z.object({
  date: z.string().min(1).max(60),
  /** One signed amount column (payments may be negative) … */
  amount: z.string().max(60).default(''),
  /** … or separate debit (支出) and credit (存入/还款) columns. */
  debit: z.string().max(60).default(''),
  credit: z.string().max(60).default(''),
  /** The entry type column (交易类型); when empty the description is read for the type. */
  type: z.string().max(60).default(''),
  description: z.string().max(60).default(''),
});
export type LedgerMapping = z.output<typeof ledgerMapping>;

/** An entry read from a file, before it is stored. */
export type ImportedEntry = { date: string; type: LedgerEntryType; amountFen: Fen; description: string };

/** What a ledger file holds: the entries to store, and the rows left out with the reason (each listed to the user). */
export type ImportedLedger = { entries: ImportedEntry[]; skipped: SkippedRow[] };

/** Words that name each entry type in Chinese and English bank exports; checked in this order. */
const typeWords: [LedgerEntryType, RegExp][] = [
  ['adjustment', /调整|冲正|冲减|退货|退款|撤销|adjust|refund|reversal/i],
  ['payment', /还款|存入|转入|缴款|扣款|扣划|自动还|payment|repay|credit/i],
  ['cash-advance', /取现|预借现金|cash/i],
  ['interest', /利息|复利|罚息|interest/i],
  ['penalty', /违约金|滞纳金|penalty|late/i],
  ['fee', /年费|手续费|费用|超限费|服务费|fee/i],
  ['consumption', /消费|购物|支付|刷卡|purchase|consumption/i],
];

/** The entry type a cell's text names, or null. */
export function entryTypeFromText(text: string): LedgerEntryType | null {
  return typeWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** Header words used to suggest a mapping. */
const headerWords: Record<keyof LedgerMapping, RegExp> = {
  date: /交易日期|记账日期|入账日期|日期|date/i,
  amount: /交易金额|入账金额|人民币金额|金额|amount/i,
  debit: /支出|借方|debit/i,
  credit: /存入|收入|贷方|credit/i,
  type: /交易类型|类型|type/i,
  description: /交易描述|交易摘要|摘要|描述|说明|备注|description|memo/i,
};

/** A mapping guessed from the header names; the user confirms or corrects it. */
export function suggestLedgerMapping(headers: string[]): LedgerMapping {
  const pick = (key: keyof LedgerMapping) => headers.find((h) => headerWords[key].test(h)) ?? '';
  const debit = pick('debit');
  const credit = pick('credit');
  const amount = debit && credit ? '' : pick('amount');
  return { date: pick('date'), amount, debit: amount ? '' : debit, credit: amount ? '' : credit, type: pick('type'), description: pick('description') };
}

const WRITTEN_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
// What may follow the date in a cell: nothing, or a clock time (with seconds, fractions and a zone, as exports write).
const TIME_AFTER = /^(?:[T\s]*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads a date written as 2026-03-05, 2026/3/5, 2026.03.05, 20260305 or 2026年3月5日, optionally followed by a clock
 * time (ignored). Anything else after the date (2026-03-05 待核实, 2026-03-05 下午9:30) is no date: a cell is read
 * exactly or refused, never read in part.
 */
export function normaliseDate(text: string): string | null {
  const trimmed = text.trim();
  const match = WRITTEN_DATE.exec(trimmed) ?? COMPACT_DATE.exec(trimmed);
  if (!match || !TIME_AFTER.test(trimmed.slice(match[0].length).trimEnd())) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * A signed amount in fen from one cell, by the one amount parser; null when the cell is empty or holds only "-"
 * (spreadsheets print "-" for nothing).
 */
function cellFen(text: string, field: string): Fen | null {
  return text === '' || text === '-' ? null : parseSignedYuan(text, field);
}

function columnIndex(table: TextTable, name: string, role: Bilingual): number {
  if (name === '') return -1;
  const index = table.headers.indexOf(name);
  if (index < 0) {
    throw new DossierError('invalid-input', {
      zh: `列映射有误：文件中没有名为“${name}”的列（${role.zh}）`,
      en: `Column mapping error: the file has no column named "${name}" (${role.en})`,
    }, { field: 'mapping' });
  }
  return index;
}

/**
 * Applies a mapping to a table; throws one error listing every bad row when any row cannot be read. A zero amount
 * is no transaction: its row is skipped and listed. The sum of all amounts must stay within MAX_FEN, so that no
 * total the claim later adds up from them can exceed what a claim can hold.
 */
export function importLedgerTable(table: TextTable, mapping: LedgerMapping, fileName: string): ImportedLedger {
  if (mapping.amount === '' && (mapping.debit === '' || mapping.credit === '')) {
    throw new DossierError('invalid-input', {
      zh: '列映射有误：请指定金额列，或同时指定支出列和存入列',
      en: 'Column mapping error: choose an amount column, or both a debit and a credit column',
    }, { field: 'mapping.amount' });
  }
  const col = {
    date: columnIndex(table, mapping.date, { zh: '日期', en: 'date' }),
    amount: columnIndex(table, mapping.amount, { zh: '金额', en: 'amount' }),
    debit: columnIndex(table, mapping.debit, { zh: '支出', en: 'debit' }),
    credit: columnIndex(table, mapping.credit, { zh: '存入', en: 'credit' }),
    type: columnIndex(table, mapping.type, { zh: '类型', en: 'type' }),
    description: columnIndex(table, mapping.description, { zh: '摘要', en: 'description' }),
  };
  const problems = rowProblems(fileName);
  const entries: ImportedEntry[] = [];
  const skipped: SkippedRow[] = [];
  let total = 0;
  let overLimit = false;
  table.rows.forEach((cells, index) => {
    const row = table.lineNumbers[index]!;
    const problem = (column: string, message: Bilingual) => problems.add(row, column, message);
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const date = normaliseDate(cell(col.date));
    if (!date) problem(mapping.date, { zh: `“${cell(col.date)}”不是有效日期`, en: `"${cell(col.date)}" is not a valid date` });
    let amount: Fen | null = null;
    try {
      if (col.amount >= 0) amount = cellFen(cell(col.amount), mapping.amount);
      else {
        const debit = cellFen(cell(col.debit), mapping.debit);
        const credit = cellFen(cell(col.credit), mapping.credit);
        amount = debit !== null && debit !== 0 ? debit : credit !== null && credit !== 0 ? -Math.abs(credit) : (debit ?? credit);
      }
      if (amount === null) problem(mapping.amount || mapping.debit, { zh: '金额为空', en: 'the amount is empty' });
    } catch (error) {
      const message = error instanceof DossierError ? error.text : { zh: '金额无法识别', en: 'the amount cannot be read' };
      problem(mapping.amount || mapping.debit, message);
    }
    const description = cell(col.description);
    let type: LedgerEntryType | null;
    if (col.type >= 0) {
      type = entryTypeFromText(cell(col.type));
      if (!type) problem(mapping.type, { zh: `无法识别交易类型“${cell(col.type)}”`, en: `unknown entry type "${cell(col.type)}"` });
    } else {
      // No type column: the description names the type; otherwise a credit is a payment and a debit a purchase.
      type = entryTypeFromText(description) ?? (amount !== null && amount < 0 ? 'payment' : 'consumption');
    }
    if (!date || amount === null || !type) return;
    if (type !== 'adjustment') amount = Math.abs(amount);
    if (amount === 0) {
      skipped.push({ row, column: mapping.amount || mapping.debit, reason: { zh: '金额为零，不是一笔交易，未导入', en: 'the amount is zero, so there is no transaction to import' } });
      return;
    }
    // Each amount is at most MAX_FEN, so the running total stays a safe integer until it first passes the limit.
    if (!overLimit) {
      total += Math.abs(amount);
      overLimit = total > MAX_FEN;
      if (overLimit) {
        problem(mapping.amount || mapping.debit, {
          zh: `至此各笔金额合计超过上限 ${formatYuan(MAX_FEN)} 元`,
          en: `the amounts up to this row add up to more than the limit of ${formatYuan(MAX_FEN)} yuan`,
        });
      }
    }
    entries.push({ date, type, amountFen: amount, description: description || cell(col.type) });
  });
  problems.throwIfAny();
  if (entries.length === 0) {
    throw new DossierError('invalid-input', { zh: `“${fileName}”中没有交易记录`, en: `"${fileName}" contains no entries` }, { file: fileName });
  }
  return { entries, skipped };
}
