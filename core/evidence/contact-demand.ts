/**
 * What a contact record with the cardholder does to the limitation period (domain.md §4.2, §10):
 * - The cardholder's own acknowledgment in the contact — a promise to pay or a part payment — interrupts
 *   as the debtor agreeing to perform (《民法典》第一百九十五条第（二）项; 诉讼时效规定 art. 14), once the record
 *   has its recording or other proof, whatever compliance flags it carries.
 * - An SMS, letter or e-mail sent to the phone number, postal address or e-mail the cardholder left with
 *   the bank interrupts on sending, with no proof of arrival (银行卡规定 art. 3(2)): a letter returned
 *   "查无此人" or an SMS without a delivery report still counts. A letter needs a record of its posting.
 * - A demand by any other route interrupts only once shown to have reached the cardholder (诉讼时效规定
 *   art. 8): a signed receipt, a delivered (妥投) tracking record, a delivery report or mail log.
 * - A call or visit is a demand only when the cardholder was reached (an unanswered call demands nothing),
 *   and it is proven by its recording or visit record.
 * Compliance flags never change this reading; they make the record a review item (contact-flags.ts).
 */
import type { Bilingual } from '../bilingual';
import type { LimitationEvent, LimitationEventKind } from '../claim/limitation';
import type { ContactFlag } from './contact-flags';
import type { ContactRecord } from './contact-model';

/** How one contact record reads for limitation: whether it interrupts, on which day, as what, and why. */
export type DemandReading = { interrupts: boolean; date: string; kind: LimitationEventKind; reading: Bilingual; basis: Bilingual };

const limitationProvisions = '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》';
const bankCardProvisions = '《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》';

/** The citations a contact's reading rests on, as shown to the user. */
export const demandBasis = {
  reserved: { zh: `${bankCardProvisions}第三条第（二）项`, en: 'SPC bank-card provisions art. 3(2)' },
  reached: { zh: `《中华人民共和国民法典》第一百九十五条第（一）项；${limitationProvisions}第八条`, en: 'CC art. 195(1); SPC limitation provisions art. 8' },
  acknowledged: { zh: `《中华人民共和国民法典》第一百九十五条第（二）项；${limitationProvisions}第十四条`, en: 'CC art. 195(2); SPC limitation provisions art. 14' },
} satisfies Record<string, Bilingual>;

const reservedKind: Record<'sms' | 'letter' | 'lawyer-letter' | 'email', Bilingual> = {
  sms: { zh: '电话号码', en: 'phone number' }, letter: { zh: '通讯地址', en: 'postal address' },
  'lawyer-letter': { zh: '通讯地址', en: 'postal address' }, email: { zh: '电子邮箱', en: 'e-mail address' },
};

const channelNames: Record<ContactRecord['channel'], Bilingual> = {
  phone: { zh: '电话', en: 'Phone call' }, sms: { zh: '短信', en: 'SMS' }, letter: { zh: '信函', en: 'Letter' },
  visit: { zh: '上门', en: 'Visit' }, email: { zh: '电子邮件', en: 'E-mail' }, 'app-message': { zh: 'App 消息', en: 'App message' },
  'lawyer-letter': { zh: '律师函', en: "Lawyer's letter" },
};

const voiceReached: readonly ContactRecord['outcome'][] = ['reached', 'promise-to-pay', 'refused', 'partial-payment'];

/** Whether the record carries proof of what was said or done in a call or visit. */
function voiceProof(record: ContactRecord): boolean {
  if (record.proofEvidenceId !== null) return true;
  return record.channel === 'phone' ? record.deliveryProof === 'call-recording' : record.deliveryProof === 'visit-record' || record.deliveryProof === 'signed-receipt';
}

/** Whether a written demand is shown to have reached the cardholder (诉讼时效规定 art. 8). */
function writtenArrival(record: ContactRecord): boolean {
  const delivered = record.deliveryStatus === 'delivered';
  switch (record.channel) {
    case 'letter':
    case 'lawyer-letter':
      return record.deliveryProof === 'signed-receipt' || (record.deliveryProof === 'postal-tracking' && delivered && record.trackingNumber !== '');
    case 'sms':
    case 'app-message':
      return record.deliveryProof === 'sms-report' && delivered;
    case 'email':
      return record.deliveryProof === 'email-log' && delivered;
    default:
      return false;
  }
}

/** Whether a letter's posting is on record: a tracking number, a receipt or the letter itself. */
function postingRecorded(record: ContactRecord): boolean {
  return record.trackingNumber !== '' || record.deliveryProof === 'signed-receipt' || record.deliveryProof === 'postal-tracking' || record.proofEvidenceId !== null;
}

/** The one reading of a contact record with the cardholder for limitation. */
export function demandReading(record: ContactRecord): DemandReading {
  const day = record.occurredAt.slice(0, 10);
  const acknowledged = record.outcome === 'promise-to-pay' || record.outcome === 'partial-payment';
  const ackProof = record.channel === 'phone' || record.channel === 'visit' ? voiceProof(record) : record.proofEvidenceId !== null;
  if (acknowledged && ackProof) {
    const what = record.outcome === 'promise-to-pay' ? { zh: '持卡人承诺还款', en: 'The cardholder promised to pay' } : { zh: '持卡人部分还款', en: 'The cardholder paid part of the debt' };
    return {
      interrupts: true, date: day, kind: record.outcome === 'promise-to-pay' ? 'promise-to-pay' : 'payment', basis: demandBasis.acknowledged,
      reading: { zh: `${what.zh}，属债务人同意履行，依${demandBasis.acknowledged.zh}中断时效`, en: `${what.en}: the debtor agreed to perform, which interrupts under ${demandBasis.acknowledged.en}` },
    };
  }
  if (record.channel === 'phone' || record.channel === 'visit') {
    const name = record.channel === 'phone' ? { zh: '电话', en: 'call' } : { zh: '上门', en: 'visit' };
    if (!voiceReached.includes(record.outcome)) {
      return { interrupts: false, date: day, kind: 'demand', basis: demandBasis.reached, reading: { zh: `${name.zh}未联系到持卡人，不构成催收，不中断时效`, en: `The ${name.en} did not reach the cardholder: no demand was made, so it does not interrupt` } };
    }
    if (!voiceProof(record)) {
      return { interrupts: false, date: day, kind: 'demand', basis: demandBasis.reached, reading: { zh: `记录称${name.zh}联系到持卡人，但没有${record.channel === 'phone' ? '通话录音' : '上门记录'}等证明，不能证明催收到达，不中断时效`, en: `The record says the ${name.en} reached the cardholder but there is no ${record.channel === 'phone' ? 'recording' : 'visit record'} or other proof, so it does not interrupt` } };
    }
    return { interrupts: true, date: day, kind: 'demand', basis: demandBasis.reached, reading: { zh: `${name.zh}催收已到达持卡人，依${demandBasis.reached.zh}中断时效`, en: `The ${name.en} reached the cardholder: interrupts under ${demandBasis.reached.en}` } };
  }
  // An app message goes to an account, not to a phone number, address or e-mail the cardholder left, so
  // art. 3(2) does not reach it; a lawyer's letter is the bank's own demand made through its agent.
  if (record.toReservedContact && record.channel !== 'app-message') {
    const where = reservedKind[record.channel];
    if ((record.channel === 'letter' || record.channel === 'lawyer-letter') && !postingRecorded(record)) {
      return { interrupts: false, date: day, kind: 'demand', basis: demandBasis.reserved, reading: { zh: `寄往持卡人预留的${where.zh}，但没有邮寄单号、回执或函件存档，不能证明已经发送，不中断时效`, en: `Addressed to the ${where.en} the cardholder left with the bank, but with no tracking number, receipt or copy, its sending is not shown, so it does not interrupt` } };
    }
    return { interrupts: true, date: day, kind: 'demand', basis: demandBasis.reserved, reading: { zh: `发送至持卡人预留的${where.zh}，依${demandBasis.reserved.zh}中断时效（无需送达凭证）`, en: `Sent to the ${where.en} the cardholder left with the bank: interrupts under ${demandBasis.reserved.en} (no proof of arrival needed)` } };
  }
  if (writtenArrival(record)) {
    return { interrupts: true, date: record.deliveredOn || day, kind: 'demand', basis: demandBasis.reached, reading: { zh: `发送至非预留的联系方式，有送达凭证证明已到达持卡人，依${demandBasis.reached.zh}中断时效`, en: `Sent to a contact other than the one the cardholder left with the bank, with proof that it reached the cardholder: interrupts under ${demandBasis.reached.en}` } };
  }
  return { interrupts: false, date: day, kind: 'demand', basis: demandBasis.reached, reading: { zh: `发送至非预留的联系方式，没有证明到达持卡人的凭证，依${demandBasis.reached.zh}不中断时效`, en: `Sent to a contact other than the one the cardholder left with the bank, with no proof that it reached the cardholder: under ${demandBasis.reached.en} it does not interrupt` } };
}

/** The limitation events of a case's contact records; only contacts with the cardholder are demands on the debtor. */
export function contactLimitationEvents(records: readonly ContactRecord[], flagsOf: (id: number) => readonly ContactFlag[]): LimitationEvent[] {
  return records.filter((r) => r.party === 'cardholder').map((record) => {
    const read = demandReading(record);
    const name = channelNames[record.channel];
    const acknowledged = read.interrupts && read.kind !== 'demand';
    return {
      date: read.date,
      kind: read.kind,
      description: acknowledged
        ? { zh: `${name.zh}催收，${record.outcome === 'promise-to-pay' ? '持卡人承诺还款' : '持卡人部分还款'}（${record.occurredAt}）`, en: `${name.en}: ${record.outcome === 'promise-to-pay' ? 'the cardholder promised to pay' : 'the cardholder paid part'} (${record.occurredAt})` }
        : { zh: `${name.zh}催收（${record.occurredAt}）`, en: `${name.en} demand (${record.occurredAt})` },
      source: { type: 'contact', id: record.id },
      interrupts: read.interrupts,
      reading: read.reading,
      basis: read.basis,
      reviewFlags: flagsOf(record.id).map((flag) => flag.title),
    } satisfies LimitationEvent;
  });
}
