/**
 * Which contact records are demands that reached the cardholder (domain.md §4.2): a letter signed for,
 * or delivered (妥投) to the address the cardholder gave the bank; an SMS, app message or e-mail with a
 * delivery report to the number or address the cardholder gave (银行卡规定 art. 3(2)); a call or visit
 * that reached the cardholder and was recorded. Anything else is an attempt that does not interrupt.
 */
import type { Bilingual } from '../bilingual';
import type { LimitationEvent } from '../claim/limitation';
import type { ContactRecord } from './contact-model';

const channelNames: Record<ContactRecord['channel'], Bilingual> = {
  phone: { zh: '电话', en: 'Phone call' }, sms: { zh: '短信', en: 'SMS' }, letter: { zh: '信函', en: 'Letter' },
  visit: { zh: '上门', en: 'Visit' }, email: { zh: '电子邮件', en: 'E-mail' }, 'app-message': { zh: 'App 消息', en: 'App message' },
  'lawyer-letter': { zh: '律师函', en: "Lawyer's letter" },
};

/** Whether the record proves the demand reached the cardholder, and on which day. */
export function demandDelivery(record: ContactRecord): { proven: boolean; date: string } {
  const day = record.occurredAt.slice(0, 10);
  const delivered = record.deliveryStatus === 'delivered';
  const reachedByVoice = ['reached', 'promise-to-pay', 'refused', 'partial-payment'].includes(record.outcome);
  switch (record.channel) {
    case 'letter':
    case 'lawyer-letter': {
      const signed = record.deliveryProof === 'signed-receipt';
      const tracked = record.deliveryProof === 'postal-tracking' && delivered && record.trackingNumber !== '' && record.toReservedContact;
      return { proven: signed || tracked, date: record.deliveredOn || day };
    }
    case 'sms':
    case 'app-message':
      return { proven: record.deliveryProof === 'sms-report' && delivered && record.toReservedContact, date: record.deliveredOn || day };
    case 'email':
      return { proven: record.deliveryProof === 'email-log' && delivered && record.toReservedContact, date: record.deliveredOn || day };
    case 'phone':
      return { proven: reachedByVoice && (record.deliveryProof === 'call-recording' || record.proofEvidenceId !== null), date: day };
    case 'visit':
      return { proven: reachedByVoice && (record.deliveryProof === 'visit-record' || record.deliveryProof === 'signed-receipt' || record.proofEvidenceId !== null), date: day };
  }
}

/** The limitation events of a case's contact records; `relied(id)` is false for flagged records. Only contacts with the cardholder count. */
export function contactLimitationEvents(records: readonly ContactRecord[], relied: (id: number) => boolean): LimitationEvent[] {
  return records.filter((r) => r.party === 'cardholder').map((record) => {
    const { proven, date } = demandDelivery(record);
    const promised = record.outcome === 'promise-to-pay' && proven;
    const name = channelNames[record.channel];
    return {
      date,
      kind: promised ? 'promise-to-pay' : 'demand',
      description: promised
        ? { zh: `${name.zh}催收，持卡人承诺还款（${record.occurredAt}）`, en: `${name.en}: the cardholder promised to pay (${record.occurredAt})` }
        : { zh: `${name.zh}催收（${record.occurredAt}）`, en: `${name.en} demand (${record.occurredAt})` },
      source: { type: 'contact', id: record.id },
      proven,
      relied: relied(record.id),
    } satisfies LimitationEvent;
  });
}
