import type { Handlers } from '../../core/contract';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import { DossierError } from '../../core/errors';
import { formatYuan, MAX_FEN, parseYuan } from '../../core/money/fen';
import { writeAudit } from '../db/audit-log';
import { createLedgerRepository } from '../db/ledger-repository';
import { createCaseFacts } from './readiness-facts';
import { parseTableOffMainThread } from './table-parse-off-thread';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

function checkDate(date: string, field: string): void {
  if (!isCalendarDate(date)) throw new DossierError('invalid-input', { zh: `日期“${date}”不存在`, en: `The date "${date}" does not exist` }, { field });
}

/** Handlers for the card's ledger: import (CSV/XLSX with a column mapping), entries by hand, balances entered directly. */
export function createLedgerHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const ledger = createLedgerRepository(db);
  const facts = createCaseFacts(context);

  /**
   * Refuses a change after which the case's entries would add up to more than a claim can hold (MAX_FEN), checked
   * inside the write transaction: one file is checked as it is read, but files added one after another, or entries
   * by hand, would otherwise pass the limit together and leave a ledger no claim can be computed from.
   */
  function checkLedgerTotal(caseId: number, kept: LedgerEntry['source'][], addedFen: number, field: string) {
    const stored = ledger.amountTotal(caseId, kept);
    if (stored + addedFen <= MAX_FEN) return;
    throw new DossierError('invalid-input', {
      zh: `账单流水合计将超过上限 ${formatYuan(MAX_FEN)} 元（已记录 ${formatYuan(stored)} 元，本次 ${formatYuan(addedFen)} 元），未作任何更改`,
      en: `The ledger would add up to more than the limit of ${formatYuan(MAX_FEN)} yuan (${formatYuan(stored)} recorded, ${formatYuan(addedFen)} added); nothing was changed`,
    }, { field });
  }

  function audit(caseId: number, before: unknown, after: unknown) {
    writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: caseId, action: 'update', before, after });
  }

  return {
    'ledger:list': ({ caseId }) => {
      facts.mustFindCase(caseId);
      return ledger.listForCase(caseId);
    },
    'ledger:preview': async ({ fileName, contentBase64, encoding }) => {
      const parsed = await parseTableOffMainThread({ kind: 'ledger-preview', fileName, bytes: Buffer.from(contentBase64, 'base64'), encoding });
      return parsed.preview;
    },
    'ledger:import': async ({ caseId, fileName, contentBase64, encoding, mapping, replace }) => {
      facts.mustFindCase(caseId);
      const parsed = await parseTableOffMainThread({ kind: 'ledger', fileName, bytes: Buffer.from(contentBase64, 'base64'), encoding, mapping });
      const { entries, skipped } = parsed.ledger;
      const importedFen = entries.reduce((sum, entry) => sum + Math.abs(entry.amountFen), 0);
      return db.transaction(() => {
        checkLedgerTotal(caseId, replace ? ['import'] : [], importedFen, 'fileName');
        const now = clock.timestamp();
        const removed = replace ? ledger.removeBySource(caseId, ['import']) : 0;
        for (const entry of entries) ledger.insert({ caseId, ...entry, source: 'import' }, now);
        audit(caseId, { ledgerEntriesReplaced: removed }, { ledgerImport: { fileName, entries: entries.length, skippedRows: skipped.map((s) => s.row) } });
        return { imported: entries.length, skipped };
      }).immediate();
    },
    'ledger:add-entry': ({ caseId, entry }) => {
      facts.mustFindCase(caseId);
      checkDate(entry.date, 'entry.date');
      const signed = entry.type === 'adjustment' && entry.amount.trim().startsWith('-');
      const fen = parseYuan(signed ? entry.amount.trim().slice(1) : entry.amount, 'entry.amount');
      if (fen === 0) throw new DossierError('invalid-input', { zh: '金额不能为零', en: 'The amount cannot be zero' }, { field: 'entry.amount' });
      return db.transaction(() => {
        checkLedgerTotal(caseId, [], fen, 'entry.amount');
        const id = ledger.insert({ caseId, date: entry.date, type: entry.type, amountFen: signed ? -fen : fen, description: entry.description, source: 'manual' }, clock.timestamp());
        const after = ledger.find(id)!;
        audit(caseId, null, { ledgerEntryAdded: after });
        return after;
      }).immediate();
    },
    'ledger:delete-entry': ({ id }) =>
      db.transaction(() => {
        const before = ledger.find(id);
        if (!before) throw new DossierError('not-found', { zh: `找不到账务记录（编号 ${id}）`, en: `No ledger entry with id ${id}` });
        ledger.remove(id);
        audit(before.caseId, { ledgerEntryRemoved: before }, null);
        return { deleted: true as const };
      }).immediate(),
    'ledger:set-balances': ({ caseId, balances }) => {
      facts.mustFindCase(caseId);
      checkDate(balances.date, 'balances.date');
      const parts: [LedgerEntry['type'], string, string, string][] = [
        ['consumption', balances.principal, 'balances.principal', '余额录入：透支本金'],
        ['interest', balances.interest, 'balances.interest', '余额录入：利息'],
        ['penalty', balances.penalty, 'balances.penalty', '余额录入：违约金'],
        ['fee', balances.fees, 'balances.fees', '余额录入：费用'],
      ];
      const amounts = parts.map(([type, text, field, description]) => ({ type, fen: text === '' ? 0 : parseYuan(text, field), description }));
      return db.transaction(() => {
        checkLedgerTotal(caseId, ['balance'], amounts.reduce((sum, { fen }) => sum + fen, 0), 'balances.principal');
        const now = clock.timestamp();
        ledger.removeBySource(caseId, ['balance']);
        for (const { type, fen, description } of amounts) {
          if (fen > 0) ledger.insert({ caseId, date: balances.date, type, amountFen: fen, description, source: 'balance' }, now);
        }
        const after = ledger.listForCase(caseId).filter((e) => e.source === 'balance');
        audit(caseId, null, { ledgerBalances: after });
        return after;
      }).immediate();
    },
  } satisfies Partial<Handlers>;
}
