/**
 * Compliance flags on contact records: the unlawful-collection practices of domain.md §9 (C1–C12),
 * each with its rule. Statutory flags rest on a law, judicial interpretation or regulator's rule;
 * industry flags (C4, C5, C8) on the China Banking Association's 2026 collection guideline, a
 * self-regulatory text, and are shown with a lower severity. Notes are screened by keyword; a
 * flag that needs a lawyer's judgement (e.g. an emergency contact reached only to find the
 * cardholder) is a "review" flag that a review note clears. A record with any remaining flag goes to
 * the lawyer's review: it still counts for limitation (contact-demand.ts), and whether its proof may be
 * used is the Interp 106 test — only evidence obtained by seriously unlawful means is excluded (domain.md §10).
 */
import type { Bilingual } from '../bilingual';
import type { ContactRecord } from './contact-model';

export const contactFlagIds = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12'] as const;
export type ContactFlagId = (typeof contactFlagIds)[number];

/** One flag on one record. */
export type ContactFlag = {
  id: ContactFlagId;
  level: 'statutory' | 'industry';
  certainty: 'violation' | 'review';
  title: Bilingual;
  rule: Bilingual;
  found: Bilingual;
};

const cba: Bilingual = { zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）', en: 'CBA personal consumer-loan collection guideline (2026, self-regulatory)' };

/** Each flag's title, level and rule (domain.md §9). */
export const contactFlagRules: Record<ContactFlagId, Omit<ContactFlag, 'certainty' | 'found'>> = {
  C1: { id: 'C1', level: 'statutory', title: { zh: '向无关第三人催收或透露债务', en: 'Pressing or disclosing the debt to a third party' }, rule: { zh: '《商业银行信用卡业务监督管理办法》第六十八条；《银行保险机构消费者权益保护管理办法》第四十一条', en: 'Card measures art. 68; consumer-protection measures art. 41' } },
  C2: { id: 'C2', level: 'statutory', title: { zh: '威胁、恐吓、侮辱、谩骂', en: 'Threats, intimidation or insults' }, rule: { zh: '《商业银行信用卡业务监督管理办法》第六十八条；《治安管理处罚法》（2012）第四十二条；《刑法》第二百四十六条', en: 'Card measures art. 68; Public Security Administration Punishments Law (2012) art. 42; Criminal Law art. 246' } },
  C3: { id: 'C3', level: 'statutory', title: { zh: '公开曝光、散布隐私', en: 'Public exposure or spreading private information' }, rule: { zh: '《民法典》第一千零二十四条、第一千零三十二条至第一千零三十八条；《个人信息保护法》第十条、第十三条', en: 'CC arts. 1024, 1032–1038; PIPL arts. 10, 13' } },
  C4: { id: 'C4', level: 'industry', title: { zh: '22:00 至次日 08:00 联系', en: 'Contact between 22:00 and 08:00' }, rule: cba },
  C5: { id: 'C5', level: 'industry', title: { zh: '单日拨打次数超过上限', en: 'More call attempts in a day than the limit' }, rule: cba },
  C6: { id: 'C6', level: 'statutory', title: { zh: '反复发送骚扰信息', en: 'Repeated harassing messages' }, rule: { zh: '《治安管理处罚法》（2012）第四十二条第（五）项；《民法典》第一千零三十三条第（一）项', en: 'Public Security Administration Punishments Law (2012) art. 42(5); CC art. 1033(1)' } },
  C7: { id: 'C7', level: 'statutory', title: { zh: '冒充司法机关、公安或伪造法律文书', en: 'Impersonating courts or police, or fake legal documents' }, rule: { zh: '《银行保险机构消费者权益保护管理办法》第四十一条', en: 'Consumer-protection measures art. 41' } },
  C8: { id: 'C8', level: 'industry', title: { zh: '收取额外催收费用或诱导借新还旧', en: 'Extra collection fees or pushing new borrowing' }, rule: cba },
  C9: { id: 'C9', level: 'statutory', title: { zh: '催收函件未附原件，无法核对必备内容', en: 'Collection letter not attached; its required contents cannot be checked' }, rule: { zh: '《商业银行信用卡业务监督管理办法》第六十九条', en: 'Card measures art. 69' } },
  C10: { id: 'C10', level: 'statutory', title: { zh: '催收过程没有留存记录', en: 'No record kept of the contact' }, rule: { zh: '《商业银行信用卡业务监督管理办法》第六十八条（催收记录至少保存二年）', en: 'Card measures art. 68 (records kept at least two years)' } },
  C11: { id: 'C11', level: 'statutory', title: { zh: '委外催收未事先告知', en: 'Outsourced collector not disclosed in advance' }, rule: { zh: '《银行保险机构消费者权益保护管理办法》第四十一条', en: 'Consumer-protection measures art. 41' } },
  C12: { id: 'C12', level: 'statutory', title: { zh: '上门催收时擅自进入、跟踪或限制人身自由', en: 'Entering without consent, following or restraining during a visit' }, rule: { zh: '《民法典》第一千零三十三条第（二）项；《刑法》第二百三十八条', en: 'CC art. 1033(2); Criminal Law art. 238' } },
};

/** Keyword screens of the notes (Chinese and English). */
const screens: { id: ContactFlagId; pattern: RegExp; channels?: readonly string[] }[] = [
  { id: 'C2', pattern: /威胁|恐吓|辱骂|谩骂|骂|弄死|打断|废了|找人收拾|不得好死|threat|insult|abuse/i },
  { id: 'C3', pattern: /曝光|张贴|公示|朋友圈|微博|群发|通讯录|告诉(你|他|她)?(单位|领导|同事|邻居|亲友)|expose|post(ed)? publicly|contact list/i },
  { id: 'C7', pattern: /冒充|假冒|自称(是)?(法院|法官|警察|公安|检察)|伪造|假传票|通缉令|逮捕令|impersonat|fake (summons|warrant)/i },
  { id: 'C8', pattern: /催收费|上门费|外访费|借钱还|以贷养贷|网贷|套现|collection fee|borrow (money )?to (re)?pay/i },
  { id: 'C12', pattern: /闯入|强行进入|擅自进入|尾随|跟踪|堵门|不让(他|她|其)?(离开|走)|限制.{0,4}自由|followed|forced entry|blocked the door/i, channels: ['visit'] },
];

const debtWords = /欠款|还款|催收|逾期|欠钱|债务|欠.{0,4}(钱|款)|debt|repay|overdue/i;

const hour = (record: ContactRecord) => Number(record.occurredAt.slice(11, 13));

/** The flags of every record of a case; `dailyLimit` is the most call attempts a day to one contact (C5, default 6). */
export function contactFlags(records: readonly ContactRecord[], dailyLimit: number): Map<number, ContactFlag[]> {
  const result = new Map<number, ContactFlag[]>(records.map((r) => [r.id, []]));
  const add = (record: ContactRecord, id: ContactFlagId, certainty: ContactFlag['certainty'], found: Bilingual) =>
    result.get(record.id)!.push({ ...contactFlagRules[id], certainty, found });

  for (const record of records) {
    if (record.party !== 'cardholder' && record.channel !== 'lawyer-letter') {
      if (record.party === 'third-party' || debtWords.test(record.notes)) {
        add(record, 'C1', 'violation', { zh: `联系对象为${record.party === 'third-party' ? '无关第三人' : '紧急联系人且涉及债务'}`, en: `Contacted ${record.party === 'third-party' ? 'an unrelated third party' : 'the emergency contact about the debt'}` });
      } else {
        add(record, 'C1', 'review', { zh: '联系了紧急联系人：如仅为查找持卡人下落且未透露债务，可经复核后作为依据', en: 'The emergency contact was reached: if only to locate the cardholder without disclosing the debt, a lawyer may clear this on review' });
      }
    }
    for (const screen of screens) {
      if (screen.channels && !screen.channels.includes(record.channel)) continue;
      const match = screen.pattern.exec(record.notes);
      if (match) add(record, screen.id, 'violation', { zh: `记录内容含“${match[0]}”`, en: `The notes contain "${match[0]}"` });
    }
    const h = hour(record);
    if ((h >= 22 || h < 8) && !record.timeConsented && ['phone', 'visit', 'sms', 'app-message'].includes(record.channel)) {
      add(record, 'C4', 'violation', { zh: `联系时间 ${record.occurredAt.slice(11)}，未经持卡人同意`, en: `Contact at ${record.occurredAt.slice(11)} without the cardholder's consent` });
    }
    if ((record.channel === 'letter' || record.channel === 'lawyer-letter') && record.proofEvidenceId === null) {
      add(record, 'C9', 'review', { zh: '未附函件原件或扫描件，无法核对是否载明持卡人姓名、欠款金额、依据、异议途径等必备内容', en: 'No copy of the letter is attached, so its required contents (holder, balance, basis, how to object…) cannot be checked' });
    }
    if (record.proofEvidenceId === null && record.notes === '' && record.deliveryProof === 'none') {
      add(record, 'C10', 'review', { zh: '既无证明文件也无过程记录', en: 'Neither a proof file nor notes of what happened' });
    }
    if (record.agency !== '' && !record.agencyDisclosed) {
      add(record, 'C11', 'violation', { zh: `委外机构“${record.agency}”未事先告知持卡人`, en: `The cardholder was not told in advance about the agency "${record.agency}"` });
    }
  }

  // Frequency: calls (C5) and messages (C6) to the same contact on the same day, beyond the limit.
  const groups = new Map<string, ContactRecord[]>();
  for (const record of records) {
    const kind = record.channel === 'phone' ? 'call' : record.channel === 'sms' || record.channel === 'app-message' ? 'message' : null;
    if (!kind) continue;
    const key = `${kind}|${record.occurredAt.slice(0, 10)}|${record.party}|${record.address || record.partyName}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  for (const [key, group] of groups) {
    if (group.length <= dailyLimit) continue;
    const sorted = [...group].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id - b.id));
    const isCall = key.startsWith('call');
    for (const record of sorted.slice(dailyLimit)) {
      add(record, isCall ? 'C5' : 'C6', 'violation', {
        zh: `同日对同一联系人${isCall ? '拨打' : '发送'} ${group.length} 次，超过上限 ${dailyLimit} 次`,
        en: `${group.length} ${isCall ? 'call attempts' : 'messages'} to one contact in a day, above the limit of ${dailyLimit}`,
      });
    }
  }

  // A lawyer's review note clears the review flags, never the violations.
  for (const record of records) {
    if (record.reviewNote !== '') result.set(record.id, result.get(record.id)!.filter((flag) => flag.certainty === 'violation'));
  }
  return result;
}
