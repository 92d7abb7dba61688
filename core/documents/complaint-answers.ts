/**
 * The answers of the complaint's fact items, each taken from the case's records or from what was entered for the
 * document, never assumed (《民事诉讼法》第十三条 good faith; domain.md §7.2, §10 "Facts come from the record").
 * An item neither answers is left open, with the record that would answer it: the documents print it blank
 * (□是 □否, ＿＿＿＿) and readiness lists it. The element complaint, the narrative complaint and readiness all read
 * these answers, so a document cannot tick what readiness says is unproven.
 */
import type { Bilingual } from '../bilingual';
import { chineseDate } from '../calendar/chinese-date';
import type { OrganisationType } from '../case/case-model';
import type { LedgerEntry } from '../claim/ledger-model';
import type { ContactRecord } from '../evidence/contact-model';
import type { EvidenceKind } from '../evidence/evidence-kinds';
import type { Fen } from '../money/fen';
import type { ElementAnswer, ElementComplaintInput } from './document-inputs';
import { issuedByPlaintiff } from './filing-parties';

/** What the case's records say about the complaint's items (electron/services/complaint-records.ts loads them). */
export type ComplaintRecords = {
  /** The plaintiff profile's 类型; '' when the profile does not say. */
  organisationType: OrganisationType | '';
  /** The plaintiff's name and the issuer the card record names, to tell whether a branch plaintiff issued the card. */
  plaintiffName: string;
  issuingBranch: string;
  evidence: readonly { kind: EvidenceKind; title: string; hasKeyTermNotice: boolean; excluded: boolean }[];
  contacts: readonly ContactRecord[];
  /** Repayments after the first default as the ledger shows them; null without a transaction ledger. */
  repaidAfterDefaultFen: Fen | null;
  /** The forum clause the jurisdiction facts record; null when they were never entered. */
  forumClause: { text: string; names: string } | null;
  /** The first property freeze recorded before the suit was filed; null when none is recorded. */
  preSuitFreeze: { date: string; description: string } | null;
};

/** An item's answer: given (from the records or as entered), or open with the record that would answer it. */
export type Answer<T> = { given: true; value: T } | { given: false; wanted: Bilingual };

/** Every answer the complaints need. */
export type ComplaintAnswers = {
  organisationType: Answer<OrganisationType>;
  /** Why a branch plaintiff may sue on this card: it issued it (Interp 52(6)); open when another office did. */
  cardRelation: Answer<'issued-by-plaintiff' | 'not-a-branch'>;
  keyTermNotice: Answer<{ given: boolean; method: string }>;
  repaidOverdue: Answer<Fen>;
  collection: Answer<{ collected: boolean; details: string }>;
  forumClause: Answer<{ present: boolean; text: string }>;
  preSuitPreservation: Answer<{ done: boolean; details: string }>;
  mediationAware: Answer<boolean>;
  mediationBenefitsAware: Answer<boolean>;
  considerMediation: Answer<'yes' | 'no' | 'unsure'>;
};

/** The item each answer fills, as readiness names it. */
export const answerItems: Record<keyof ComplaintAnswers, Bilingual> = {
  organisationType: { zh: '当事人信息（原告类型）', en: 'Parties (plaintiff type)' },
  cardRelation: { zh: '事实和理由（原告与该卡的关系）', en: "Facts (the plaintiff's relation to the card)" },
  keyTermNotice: { zh: '事实和理由第3项（提示说明）', en: 'Facts item 3 (key-term notice)' },
  repaidOverdue: { zh: '事实和理由第4项（逾期部分已还金额）', en: 'Facts item 4 (repaid after default)' },
  collection: { zh: '事实和理由第6项（通知和催收）', en: 'Facts item 6 (notice and demands)' },
  forumClause: { zh: '约定管辖第1项（仲裁、管辖约定）', en: 'Forum item 1 (arbitration or forum clause)' },
  preSuitPreservation: { zh: '诉讼保全第2项（诉前保全）', en: 'Preservation item 2 (pre-suit preservation)' },
  mediationAware: { zh: '纠纷解决意愿第1项（是否了解调解）', en: 'Mediation item 1 (aware of mediation)' },
  mediationBenefitsAware: { zh: '纠纷解决意愿第2项（是否了解先行调解的好处）', en: 'Mediation item 2 (benefits of mediation first)' },
  considerMediation: { zh: '纠纷解决意愿第3项（是否考虑先行调解）', en: 'Mediation item 3 (consider mediation first)' },
};

const given = <T>(value: T): Answer<T> => ({ given: true, value });
const open = <T>(zh: string, en: string): Answer<T> => ({ given: false, wanted: { zh, en } });

/** An entered yes/no: null when left unstated (inputs saved earlier hold booleans). */
function entered(answer: ElementAnswer | undefined): boolean | null {
  if (answer === true || answer === 'yes') return true;
  if (answer === false || answer === 'no') return false;
  return null;
}

/** Repayments on or after the first default, from a ledger that holds transactions (not only balances). */
export function repaidAfterDefault(entries: readonly Pick<LedgerEntry, 'date' | 'type' | 'amountFen' | 'source'>[], firstDefaultDate: string): Fen | null {
  if (firstDefaultDate === '' || !entries.some((e) => e.source !== 'balance')) return null;
  return entries.filter((e) => e.type === 'payment' && e.date >= firstDefaultDate).reduce((sum, e) => sum + e.amountFen, 0);
}

/** One demand as the complaint describes it: when, how, to which contact, and what came of it. */
function demandPhrase(record: ContactRecord): string | null {
  const day = chineseDate(record.occurredAt.slice(0, 10));
  const to = (reserved: string) => (record.toReservedContact ? `向被告预留的${reserved}` : record.address !== '' ? `向${record.address}` : '向被告');
  const delivery = record.deliveryProof === 'signed-receipt' ? '（已签收）'
    : record.deliveryStatus === 'delivered' ? '（已送达）'
      : record.deliveryStatus === 'returned' ? '（被退回）'
        : record.deliveryStatus === 'failed' ? '（发送失败）' : '';
  const reached = { reached: '', 'promise-to-pay': '，被告承诺还款', refused: '，被告拒绝还款', 'partial-payment': '，被告部分还款', unreachable: null }[record.outcome];
  switch (record.channel) {
    case 'letter': return `${day}${to('通讯地址')}寄送催收信函${delivery}`;
    case 'lawyer-letter': return `${day}${to('通讯地址')}寄送律师函${delivery}`;
    case 'sms': return `${day}${to('电话号码')}发送催收短信${delivery}`;
    case 'app-message': return `${day}通过手机应用向被告发送催收消息${delivery}`;
    case 'email': return `${day}${to('电子邮箱')}发送催收邮件${delivery}`;
    case 'phone': return reached === null ? null : `${day}电话联系被告催收${reached}`;
    case 'visit': return reached === null ? null : `${day}上门向被告催收${reached}`;
  }
}

const channelWords: Record<ContactRecord['channel'], string> = {
  phone: '电话', sms: '短信', letter: '信函', visit: '上门', email: '电子邮件', 'app-message': '手机应用消息', 'lawyer-letter': '律师函',
};

/**
 * The demands the contact records show, in date order: each listed with its date and channel up to four; more are
 * summed up by channel over their date range. A call or visit that never reached the cardholder is no demand.
 */
export function collectionDetails(contacts: readonly ContactRecord[]): string | null {
  const demands = contacts.filter((c) => c.party === 'cardholder').sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((record) => ({ record, phrase: demandPhrase(record) })).filter((d): d is { record: ContactRecord; phrase: string } => d.phrase !== null);
  if (demands.length === 0) return null;
  if (demands.length <= 4) return `原告于${demands.map((d) => d.phrase).join('；')}`;
  const counts = new Map<string, number>();
  for (const { record } of demands) counts.set(channelWords[record.channel], (counts.get(channelWords[record.channel]) ?? 0) + 1);
  const first = chineseDate(demands[0]!.record.occurredAt.slice(0, 10));
  const last = chineseDate(demands.at(-1)!.record.occurredAt.slice(0, 10));
  return `原告于${first}至${last}期间向被告催收${demands.length}次（${[...counts].map(([word, n]) => `${word}${n}次`).join('、')}），详见催收记录`;
}

/**
 * Derives every answer: an entered answer wins, then the records; otherwise the item stays open. `repaidStated` is
 * the 已还金额 entered for the document (or stated by the claim), already parsed.
 */
export function complaintAnswers(input: ElementComplaintInput | undefined, records: ComplaintRecords, repaidStated: Fen | null = null): ComplaintAnswers {
  const agreements = records.evidence.filter((e) => e.kind === 'card-agreement' && !e.excluded);
  const withNotice = agreements.find((e) => e.hasKeyTermNotice);
  const enteredMethod = input?.keyTermNoticeMethod?.trim() ?? '';
  const recordedMethod = withNotice ? `书面提示说明，见证据“${withNotice.title}”` : '';
  const noticeEntered = entered(input?.keyTermNoticeGiven);

  const demands = collectionDetails(records.contacts);
  const collectedEntered = entered(input?.collected);
  const enteredDetails = input?.collectionDetails?.trim() ?? '';

  const forumEntered = entered(input?.forumClause);
  const preservationEntered = entered(input?.preSuitPreservation);
  const freeze = records.preSuitFreeze;
  const mediationAware = entered(input?.mediationAware);
  const benefitsAware = entered(input?.mediationBenefitsAware);
  const consider = input?.considerMediation ?? 'unstated';
  const typeEntered = input?.organisationType ?? 'unstated';

  const type = typeEntered !== 'unstated' ? typeEntered : records.organisationType;
  return {
    cardRelation: type !== 'branch' ? given('not-a-branch')
      : issuedByPlaintiff(records.plaintiffName, records.issuingBranch) ? given('issued-by-plaintiff')
        : open('核对案件信息中的发卡行；该卡不是原告发行的，在起诉状中写明原告与该卡的关系（如受总行授权管理该卡）', "Check the card's issuer on the case; when another office issued it, state the plaintiff's relation to the card (e.g. it manages the card on the head office's authority)"),
    organisationType: typeEntered !== 'unstated' ? given(typeEntered)
      : records.organisationType !== '' ? given(records.organisationType)
        : open('在原告信息中填写原告类型（法人的公司形式，或分支机构）', "Fill in the plaintiff's type (a legal person's form, or a branch) in its profile"),
    keyTermNotice: noticeEntered === false ? given({ given: false, method: '' })
      : noticeEntered === true ? given({ given: true, method: enteredMethod || recordedMethod })
        : withNotice ? given({ given: true, method: enteredMethod || recordedMethod })
          : open('添加附有重要条款提示说明的领用合约证据，并在证据上勾选“附重要条款提示说明”', 'Add the card agreement with its key-term notice as evidence and tick "with key-term notice"'),
    repaidOverdue: repaidStated !== null ? given(repaidStated)
      : records.repaidAfterDefaultFen !== null ? given(records.repaidAfterDefaultFen)
        : open('导入交易明细（对账单），以计算首次逾期后的还款', 'Import the transaction ledger so the repayments after the first default can be counted'),
    collection: collectedEntered === false ? given({ collected: false, details: '' })
      : collectedEntered === true || (enteredDetails !== '' && collectedEntered === null) ? given({ collected: true, details: enteredDetails || demands || '' })
        : demands ? given({ collected: true, details: demands })
          : open('在“催收记录”页登记向被告催收的记录', 'Record the demands made to the defendant on the Contacts tab'),
    forumClause: forumEntered !== null ? given({ present: forumEntered, text: forumEntered ? (input?.forumClauseText ?? '') : '' })
      : records.forumClause ? given({ present: records.forumClause.names !== 'none' || records.forumClause.text !== '', text: records.forumClause.text })
        : open('在“管辖”页填写领用合约中有无管辖约定', 'Say on the Jurisdiction tab whether the card agreement has a forum clause'),
    preSuitPreservation: preservationEntered !== null ? given({ done: preservationEntered, details: preservationEntered ? (input?.preSuitPreservationDetails ?? '') : '' })
      : freeze ? given({ done: true, details: `保全时间：${chineseDate(freeze.date)}${freeze.description !== '' ? `　保全财产：${freeze.description}` : ''}` })
        : open('已诉前保全的，在“跟踪”页登记财产保全；未保全的，在生成文书时选择“否”', 'Record a pre-suit freeze on the Tracking tab, or answer "no" when generating the document'),
    mediationAware: mediationAware !== null ? given(mediationAware) : open('由原告在生成文书时填写', 'The plaintiff answers this when generating the document'),
    mediationBenefitsAware: benefitsAware !== null ? given(benefitsAware) : open('由原告在生成文书时填写', 'The plaintiff answers this when generating the document'),
    considerMediation: consider !== 'unstated' ? given(consider) : open('由原告在生成文书时填写', 'The plaintiff answers this when generating the document'),
  };
}

/** The items left open, each with the record that would answer it (for readiness). */
export function openItems(answers: ComplaintAnswers): { item: Bilingual; wanted: Bilingual }[] {
  return (Object.keys(answerItems) as (keyof ComplaintAnswers)[]).flatMap((key) => {
    const answer = answers[key];
    return answer.given ? [] : [{ item: answerItems[key], wanted: answer.wanted }];
  });
}
