import { rmSync } from 'node:fs';
import type { Bilingual } from '../../core/bilingual';
import { DossierError } from '../../core/errors';
import type { CaseEvent, EventInputParsed } from '../../core/tracking/event-types';
import { courtCodeOf } from '../../core/tracking/case-number-court-code';
import { planTransition, stateFromEvents } from '../../core/tracking/transitions';
import type { DebtCase } from '../../core/tracking/transitions';
import { writeAudit } from '../db/audit-log';
import { courtDataStoreFor } from './court-data-store';
import type { ServiceContext } from './service-context';
import { storeAttachment } from './tracking-attachments';
import type { TrackingStore } from './tracking-store';
import type { TrackingSnapshot } from './tracking-sync';

/**
 * Records lifecycle events: the guard (core/tracking/transitions.ts), the uniqueness of case numbers, the
 * event row, the derived rows and the audit record, all in the caller's better-sqlite3 transaction.
 */
export function createEventRecorder(context: ServiceContext, store: TrackingStore) {
  const { db, actor } = context;
  const { repo, sync, clock } = store;
  const casesOnCard = db.prepare('SELECT id FROM cases WHERE card_number = (SELECT card_number FROM cases WHERE id = ?) AND id <> ? ORDER BY id');

  /** The other cases on the same card account — the same debt — and how far each has gone (Interp 247). */
  function otherCasesOnDebt(caseId: number): DebtCase[] {
    return (casesOnCard.all(caseId, caseId) as { id: number }[]).map(({ id }) => {
      const state = stateFromEvents('draft', '', repo.events(id));
      return { caseId: id, effectiveDocument: state.effectiveDocument, enforcementApplied: state.enforcementApplied };
    });
  }

  /** The 法院代字 of the case's court where the directory names a basic court for it (法〔2015〕137号). */
  function courtCode(courtName: string): string | null {
    const name = courtName.trim();
    if (name === '') return null;
    const found = courtDataStoreFor(db, context.templatesDir).directory().all().filter((c) => c.name === name);
    return found.length === 1 ? courtCodeOf(found[0]!) : null;
  }

  /** Records one event on a case; must run inside a transaction. Throws without writing when a guard refuses. */
  function recordInTransaction(caseId: number, input: EventInputParsed, attachment: CaseEvent['attachment']): { event: CaseEvent; snapshot: TrackingSnapshot; warnings: Bilingual[] } {
    const today = clock.today();
    const timestamp = clock.timestamp();
    const before = sync.snapshot(caseId, today);
    const state = before.view.state;
    const plan = planTransition(state, input, {
      today, calendar: store.calendar().calendar, courtName: before.facts.court_name, claimTotalFen: before.facts.claimed_fen,
      intakeProblemCount: input.type === 'marked-ready' ? store.intakeProblems(caseId) : 0,
      outstandingFen: before.outstandingFen, events: before.events,
      courtCode: courtCode(before.facts.court_name), otherCasesOnDebt: otherCasesOnDebt(caseId),
    });
    const courtNumber = plan.details.courtCaseNumber;
    if (input.type === 'accepted' && courtNumber) {
      const other = repo.caseWithCourtNumber(courtNumber, caseId);
      if (other !== undefined) {
        throw new DossierError('conflict', { zh: `案号 ${courtNumber} 已登记在案件 ${other} 上`, en: `The case number ${courtNumber} is already recorded on case ${other}` }, { field: 'details.courtCaseNumber' });
      }
    }
    const enforcementNumber = plan.details.enforcementCaseNumber;
    if (enforcementNumber) {
      const other = repo.caseWithEnforcementNumber(enforcementNumber, caseId);
      if (other !== undefined) {
        throw new DossierError('conflict', { zh: `执行案号 ${enforcementNumber} 已登记在案件 ${other} 上`, en: `The enforcement number ${enforcementNumber} is already recorded on case ${other}` }, { field: 'details.enforcementCaseNumber' });
      }
    }
    const record: Omit<CaseEvent, 'id'> = {
      caseId, type: input.type, date: input.date, details: plan.details, note: input.note,
      stageBefore: state.stage, stageAfter: plan.stageAfter, attachment, actor, createdAt: timestamp,
    };
    const eventId = repo.insertEvent(record);
    const event: CaseEvent = { ...record, id: eventId };
    const snapshot = sync.sync(caseId, today, timestamp);
    writeAudit(db, {
      at: timestamp, actor, entity: 'case', entityId: caseId, action: 'update',
      before: { tracking: { stage: state.stage, stageSince: state.stageSince } },
      after: { tracking: { stage: snapshot.view.state.stage, event } },
    });
    return { event, snapshot, warnings: plan.warnings };
  }

  /** Records one event with its attachment; the attachment file is removed again if the event is refused. */
  function record(caseId: number, input: EventInputParsed) {
    const stored = input.attachment ? storeAttachment(context.dataDir, input.attachment, context.filesKey) : null;
    try {
      return db.transaction(() =>
        recordInTransaction(caseId, input, stored && { fileName: stored.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes }),
      ).immediate();
    } catch (error) {
      if (stored?.createdPath) rmSync(stored.createdPath, { force: true });
      throw error;
    }
  }

  /** Removes the latest event of a case (a mistaken entry), with an audit record; earlier events cannot be removed. */
  function undo(caseId: number, eventId: number): TrackingSnapshot {
    return db.transaction(() => {
      const events = repo.events(caseId);
      const latest = events.at(-1);
      if (!latest || latest.id !== eventId) {
        throw new DossierError('conflict', { zh: '只能撤销该案件最近登记的一条事件', en: 'Only the most recent event of the case can be undone' }, { field: 'eventId' });
      }
      const timestamp = clock.timestamp();
      repo.deleteEvent(eventId);
      const snapshot = sync.sync(caseId, clock.today(), timestamp);
      writeAudit(db, {
        at: timestamp, actor, entity: 'case', entityId: caseId, action: 'update',
        before: { tracking: { stage: latest.stageAfter, event: latest } }, after: { tracking: { stage: snapshot.view.state.stage, undone: eventId } },
      });
      return snapshot;
    }).immediate();
  }

  return { recordInTransaction, record, undo };
}
