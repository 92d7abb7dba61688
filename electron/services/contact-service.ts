import type { Handlers } from '../../core/contract';
import { isCalendarDate } from '../../core/calendar/chinese-date';
import type { ContactValues } from '../../core/evidence/contact-model';
import { DossierError } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import { createContactRepository } from '../db/contact-repository';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createCaseFacts } from './readiness-facts';
import { parseTableOffMainThread } from './table-parse-off-thread';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** What an import row can say of a contact, as one comparable string (a proof file, consent or review note it cannot say). */
function importedFacts(v: ContactValues): string {
  return JSON.stringify([v.occurredAt, v.channel, v.party, v.partyName, v.address, v.toReservedContact, v.outcome, v.notes,
    v.deliveryProof, v.trackingNumber, v.deliveryStatus, v.deliveredOn, v.agency, v.agencyDisclosed]);
}

/** Handlers for contact records (催收记录): list with compliance flags, save, delete, import. */
export function createContactHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const contacts = createContactRepository(db);
  const evidence = createEvidenceRepository(db);
  const facts = createCaseFacts(context);

  /** Date checks the schema cannot make, and the proof file must belong to the same case. */
  function check(caseId: number, values: ContactValues): void {
    if (!isCalendarDate(values.occurredAt.slice(0, 10)) || Number(values.occurredAt.slice(11, 13)) > 23 || Number(values.occurredAt.slice(14)) > 59) {
      throw new DossierError('invalid-input', { zh: `时间“${values.occurredAt}”不存在`, en: `The time "${values.occurredAt}" does not exist` }, { field: 'values.occurredAt' });
    }
    if (values.deliveredOn !== '' && !isCalendarDate(values.deliveredOn)) {
      throw new DossierError('invalid-input', { zh: `日期“${values.deliveredOn}”不存在`, en: `The date "${values.deliveredOn}" does not exist` }, { field: 'values.deliveredOn' });
    }
    if (values.proofEvidenceId !== null && evidence.find(values.proofEvidenceId)?.caseId !== caseId) {
      throw new DossierError('invalid-input', { zh: '所选证明文件不属于本案', en: 'The chosen proof file belongs to another case' }, { field: 'values.proofEvidenceId' });
    }
  }

  return {
    'contact:list': ({ caseId }) => {
      facts.mustFindCase(caseId);
      return facts.contactViews(caseId);
    },
    'contact:save': ({ caseId, id, values }) => {
      facts.mustFindCase(caseId);
      check(caseId, values);
      return db.transaction(() => {
        const now = clock.timestamp();
        const before = id === undefined ? null : (contacts.find(id) ?? null);
        if (id !== undefined && before?.caseId !== caseId) throw new DossierError('not-found', { zh: `找不到催收记录（编号 ${id}）`, en: `No contact record with id ${id}` });
        const savedId = id === undefined ? contacts.insert(caseId, values, now) : (contacts.update(id, caseId, values, now), id);
        const after = contacts.find(savedId)!;
        writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before: before && { contactRecord: before }, after: { contactRecord: after } });
        return after;
      }).immediate();
    },
    'contact:delete': ({ id }) =>
      db.transaction(() => {
        const before = contacts.find(id);
        if (!before) throw new DossierError('not-found', { zh: `找不到催收记录（编号 ${id}）`, en: `No contact record with id ${id}` });
        contacts.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: before.caseId, action: 'update', before: { contactRecord: before }, after: null });
        return { deleted: true as const };
      }).immediate(),
    'contact:import': async ({ caseId, fileName, contentBase64, encoding }) => {
      facts.mustFindCase(caseId);
      const parsed = await parseTableOffMainThread({ kind: 'contacts', fileName, bytes: Buffer.from(contentBase64, 'base64'), encoding });
      const { records } = parsed;
      for (const values of records) check(caseId, values);
      return db.transaction(() => {
        // A row saying what a stored record already says is that record (the same file imported again), not a new contact.
        const onRecord = new Set(contacts.listForCase(caseId).map(importedFacts));
        const fresh = records.filter((values) => !onRecord.has(importedFacts(values)));
        if (fresh.length === 0) return { imported: 0 };
        const now = clock.timestamp();
        for (const values of fresh) contacts.insert(caseId, values, now);
        writeAudit(db, { at: now, actor, entity: 'case', entityId: caseId, action: 'update', before: null, after: { contactImport: { fileName, records: fresh.length, alreadyOnRecord: records.length - fresh.length } } });
        return { imported: fresh.length };
      }).immediate();
    },
  } satisfies Partial<Handlers>;
}
