/**
 * One limitation engine behind every place that states the date (domain.md §10): the limitation handler,
 * the readiness report, the tracking view and the stored deadlines list show one last day resting on one
 * event, on a real database with all migrations, and the stored deadline follows each record the period
 * depends on (contact records, ledger, limitation events entered by hand, card terms).
 */
import { describe, expect, it } from 'vitest';
import { cardTermsInput } from '../../core/claim/card-terms';
import type { Handlers } from '../../core/contract';
import { ok } from '../support/dispatch-call';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** What each entry point says: the last day and the resting event's date and description. */
async function entryPoints(handlers: Handlers, caseId: number) {
  const limitation = await ok(handlers, 'limitation:compute', { caseId });
  const report = await ok(handlers, 'readiness:check', { caseId });
  const tracking = (await ok(handlers, 'tracking:get', { caseId })).deadlines.find((d) => d.kind === 'limitation');
  const listed = (await ok(handlers, 'deadline:list', { kinds: ['limitation'] })).rows.find((r) => r.caseId === caseId);
  return { limitation, report, tracking, listed };
}

/** Asserts that all four agree, and returns the date they agree on. */
async function agreedDate(handlers: Handlers, caseId: number): Promise<string> {
  const { limitation, report, tracking, listed } = await entryPoints(handlers, caseId);
  const lastDay = limitation.period!.lastDay;
  const restsOn = limitation.restsOn!;
  expect(report.limitation).toEqual({ period: limitation.period, restsOn });
  expect(tracking?.date).toBe(lastDay);
  expect(listed?.date).toBe(lastDay);
  for (const rule of [tracking!.rule.zh, listed!.rule.zh]) expect(rule).toContain(`${restsOn.date} ${restsOn.description.zh}`);
  return lastDay;
}

describe('one limitation date through every entry point', () => {
  it('agrees before and after each record the period depends on changes', async () => {
    const services = openTestServices(tempDir());
    const { handlers } = services;
    try {
      const { cases } = await seedProfiles(handlers);
      const caseId = (await ok(handlers, 'case:create', { values: cases[0]! })).id;

      // No due date: counted from the day before the first default (2025-06-20), Mon 2028-06-19.
      expect(await agreedDate(handlers, caseId)).toBe('2028-06-19');

      // A letter to the reserved address, returned: it interrupts on sending (银行卡规定 art. 3(2)). Fri 2028-09-01.
      await ok(handlers, 'contact:save', { caseId, values: {
        occurredAt: '2025-09-01 10:00', channel: 'letter', party: 'cardholder', address: '昆明市官渡区关上街道 1 号', toReservedContact: true,
        outcome: 'unreachable', notes: '邮寄催收函，查无此人退回', deliveryProof: 'postal-tracking', trackingNumber: 'EA900800700CN', deliveryStatus: 'returned',
      } });
      expect(await agreedDate(handlers, caseId)).toBe('2028-09-01');

      // A part payment in the ledger: Mon 2028-10-16.
      await ok(handlers, 'ledger:add-entry', { caseId, entry: { date: '2025-10-16', type: 'payment', amount: '200', description: '还款' } });
      expect(await agreedDate(handlers, caseId)).toBe('2028-10-16');

      // An acknowledgement entered by hand: Wed 2029-01-10; deleting it brings the payment back.
      const event = await ok(handlers, 'limitation:save-event', { caseId, values: { date: '2026-01-10', kind: 'acknowledgement', note: '持卡人签署欠款确认书', evidenceId: null } });
      expect(await agreedDate(handlers, caseId)).toBe('2029-01-10');
      await ok(handlers, 'limitation:delete-event', { id: event.id });
      expect(await agreedDate(handlers, caseId)).toBe('2028-10-16');

      // Card terms: an instalment plan whose last instalment falls after every event (CC 189). Mon 2029-09-10.
      await ok(handlers, 'claim:save-terms', { caseId, terms: cardTermsInput.parse({ lastInstallmentDate: '2026-09-10' }) });
      expect(await agreedDate(handlers, caseId)).toBe('2029-09-10');
    } finally {
      services.close();
    }
  });
});
