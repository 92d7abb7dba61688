/**
 * The two readiness checks that look at demands read the limitation engine's timeline (domain.md §10):
 * "a delivered demand" is whatever the engine counts (sent to the reserved contact, or shown to have
 * reached the cardholder), and a flagged record is raised for review when the case relies on it — it
 * counts for limitation or its proof is in the evidence list — with or without that reliance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';
import { computeLimitation } from '../../../core/claim/limitation';
import { checks } from '../../../core/evidence/completeness-checks';
import { contactLimitationEvents } from '../../../core/evidence/contact-demand';
import { contactFlags } from '../../../core/evidence/contact-flags';
import { contactInput } from '../../../core/evidence/contact-model';
import type { ContactInput, ContactRecord } from '../../../core/evidence/contact-model';
import { evidenceMetaInput } from '../../../core/evidence/evidence-model';
import type { EvidenceItem } from '../../../core/evidence/evidence-model';
import type { ReadinessFacts } from '../../../core/evidence/readiness-model';

const calendar = JSON.parse(readFileSync(new URL('../../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;
const proof: EvidenceItem = {
  ...evidenceMetaInput.parse({ kind: 'contact-record' }), id: 50, caseId: 1, title: '通话录音', fileName: 'call.mp3', fileType: 'pdf', mimeType: 'application/pdf',
  sizeBytes: 1000, sha256: 'b'.repeat(64), pageCount: 1, addedAt: '2026-11-01T10:00:00.000+08:00',
};

let nextId = 1;
const contact = (values: Partial<ContactInput>): ContactRecord => ({
  id: nextId++, caseId: 1, ...contactInput.parse({ occurredAt: '2026-03-01 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', notes: '催收', ...values }),
});

/** Readiness facts with only what these two checks read. */
function factsOf(contacts: ContactRecord[], evidence: EvidenceItem[] = []): ReadinessFacts {
  const flags = contactFlags(contacts, 6);
  const limitation = computeLimitation({
    start: { date: '2025-06-19', basis: { zh: '到期还款日', en: 'Due date' } },
    events: contactLimitationEvents(contacts, (id) => flags.get(id) ?? []), calendar, filingDate: '2026-11-28',
  });
  return {
    caseId: 1, filingDate: '2026-11-28', defendant: { name: '李晓梅', residentId: '' },
    claim: { asOfDate: '2026-10-31', principalFen: 0, interestFen: 0, penaltyFen: 0, feesFen: 0 }, hasAgent: true, claimFromBreakdown: false,
    evidence, ledgerEntryCount: 0, breakdown: null, limitation, contacts: contacts.map((record) => ({ record, flags: flags.get(record.id) ?? [] })),
    court: { addressedName: '昆明市官渡区人民法院', candidates: [{ courtName: '昆明市官渡区人民法院' }], ruledOut: [], override: null },
  };
}
const delivered = (facts: ReadinessFacts) => checks['delivered-demand-in-period']({ type: 'delivered-demand-in-period' }, facts);
const flagged = (facts: ReadinessFacts) => checks['no-flagged-contact-relied-on']({ type: 'no-flagged-contact-relied-on' }, facts);

describe('readiness checks on demands', () => {
  it('a returned letter to the reserved address is a demand in the period; to another address it is not', () => {
    const returned = { deliveryProof: 'postal-tracking', trackingNumber: 'EA1', deliveryStatus: 'returned', outcome: 'unreachable' } as const;
    expect(delivered(factsOf([contact({ ...returned, toReservedContact: true })]))).toEqual([]);
    const failures = delivered(factsOf([contact({ ...returned, toReservedContact: false })]));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message.zh).toContain('未证明已向预留联系方式发送或已到达持卡人 1 条');
  });

  it('raises a flagged night call for review when limitation counts it, even with its proof out of the evidence list', () => {
    const promise = contact({ channel: 'phone', occurredAt: '2026-03-01 23:10', outcome: 'promise-to-pay', deliveryProof: 'call-recording' });
    const failures = flagged(factsOf([promise]));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message.zh).toContain('22:00 至次日 08:00 联系');
    expect(failures[0]!.message.zh).toContain('计入诉讼时效中断');
    expect(failures[0]!.message.zh).not.toMatch(/C4|domain/);
  });

  it('raises a flagged record whose proof is in the evidence list, and leaves one nothing relies on', () => {
    const unanswered = { channel: 'phone', occurredAt: '2026-03-01 23:10', outcome: 'unreachable', deliveryProof: 'call-recording' } as const;
    expect(flagged(factsOf([contact(unanswered)]))).toEqual([]);
    const withProof = flagged(factsOf([contact({ ...unanswered, proofEvidenceId: proof.id })], [proof]));
    expect(withProof).toHaveLength(1);
    expect(withProof[0]!.message.zh).toContain('其证明文件在证据目录中');
    expect(withProof[0]!.message.zh).not.toContain('计入诉讼时效中断');
  });
});
