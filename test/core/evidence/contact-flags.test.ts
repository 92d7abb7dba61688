import { describe, expect, it } from 'vitest';
import { contactFlags } from '../../../core/evidence/contact-flags';
import type { ContactFlagId } from '../../../core/evidence/contact-flags';
import { contactInput } from '../../../core/evidence/contact-model';
import type { ContactInput, ContactRecord } from '../../../core/evidence/contact-model';

let nextId = 1;
const record = (values: Partial<ContactInput>): ContactRecord => ({
  id: nextId++, caseId: 1,
  ...contactInput.parse({ occurredAt: '2026-03-01 10:00', channel: 'phone', party: 'cardholder', outcome: 'reached', notes: '提醒还款', deliveryProof: 'call-recording', ...values }),
});
const flagsOf = (records: ContactRecord[], limit = 6) => {
  const map = contactFlags(records, limit);
  return records.map((r) => map.get(r.id)!.map((f) => f.id));
};
const only = (values: Partial<ContactInput>) => flagsOf([record(values)])[0]!;

describe('contact compliance flags (domain.md §9)', () => {
  it('passes an ordinary daytime call to the cardholder', () => {
    expect(only({})).toEqual([]);
  });

  const cases: [ContactFlagId, Partial<ContactInput>][] = [
    ['C1', { party: 'third-party', partyName: '被告同事', notes: '请其转告' }],
    ['C2', { notes: '威胁持卡人不还钱就找人收拾' }],
    ['C3', { notes: '称将在朋友圈曝光其欠款' }],
    ['C4', { occurredAt: '2026-03-01 22:30' }],
    ['C7', { notes: '自称法院工作人员要求还款' }],
    ['C8', { notes: '要求另付催收费 200 元' }],
    ['C9', { channel: 'letter', deliveryProof: 'signed-receipt', proofEvidenceId: null }],
    ['C10', { notes: '', deliveryProof: 'none', proofEvidenceId: null }],
    ['C11', { agency: '某某资产管理有限公司', agencyDisclosed: false }],
    ['C12', { channel: 'visit', notes: '上门后强行进入室内', deliveryProof: 'visit-record' }],
  ];
  for (const [id, values] of cases) {
    it(`flags ${id}`, () => expect(only(values)).toContain(id));
  }

  it('flags C5 beyond the daily call limit, per contact and day, and C6 for repeated messages', () => {
    const calls = Array.from({ length: 8 }, (_, i) => record({ occurredAt: `2026-03-01 ${String(9 + i).padStart(2, '0')}:00`, address: '13712345678', outcome: 'unreachable' }));
    const flags = flagsOf(calls);
    expect(flags.slice(0, 6).every((f) => f.length === 0)).toBe(true);
    expect(flags.slice(6).every((f) => f.includes('C5'))).toBe(true);
    // A configurable limit: with 8 allowed, none is flagged.
    expect(flagsOf(calls, 8).flat()).toEqual([]);
    const texts = Array.from({ length: 4 }, (_, i) => record({ channel: 'sms', occurredAt: `2026-03-02 1${i}:00`, address: '13712345678', deliveryProof: 'sms-report' }));
    expect(flagsOf(texts, 3)[3]).toContain('C6');
  });

  it('grades industry rules below statutory ones', () => {
    const map = contactFlags([record({ occurredAt: '2026-03-01 07:10', notes: '辱骂持卡人' })], 6);
    const flags = [...map.values()][0]!;
    expect(flags.find((f) => f.id === 'C4')!.level).toBe('industry');
    expect(flags.find((f) => f.id === 'C2')!.level).toBe('statutory');
    expect(flags.find((f) => f.id === 'C2')!.rule.zh).toContain('治安管理处罚法');
  });

  it('an emergency contact reached only to locate the cardholder is a review flag that a review note clears; a disclosure is not', () => {
    const locate = record({ party: 'emergency-contact', notes: '询问持卡人现住址' });
    const disclose = record({ party: 'emergency-contact', notes: '告知其亲属欠款逾期情况' });
    const first = contactFlags([locate, disclose], 6);
    expect(first.get(locate.id)!.map((f) => [f.id, f.certainty])).toEqual([['C1', 'review']]);
    expect(first.get(disclose.id)!.map((f) => [f.id, f.certainty])).toEqual([['C1', 'violation']]);
    const reviewed = contactFlags([{ ...locate, reviewNote: '律师复核：仅查找下落' }, { ...disclose, reviewNote: '已复核' }], 6);
    expect(reviewed.get(locate.id)).toEqual([]);
    expect(reviewed.get(disclose.id)!.map((f) => f.id)).toEqual(['C1']);
  });

  it('does not flag a night call the cardholder agreed to', () => {
    expect(only({ occurredAt: '2026-03-01 22:30', timeConsented: true })).toEqual([]);
  });
});
