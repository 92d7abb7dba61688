/**
 * The checks a rule can name (rule-set.ts), each a pure function of the case's facts returning what
 * is wrong — an empty list when the rule passes. Messages are specific (which kind is missing, which
 * date, which amount) and each says where it is fixed.
 */
import type { Bilingual } from '../bilingual';
import { daysBetween } from '../calendar/date-arithmetic';
import { claimedFen } from '../claim/claim-breakdown';
import { addressedCourtProblem } from '../court/addressed-court';
import { formatYuan } from '../money/fen';
import { evidenceKindInfo } from './evidence-kinds';
import type { EvidenceItem } from './evidence-model';
import type { FindingTarget, ReadinessFacts } from './readiness-model';
import type { RuleCheck } from './rule-set';

/** One thing a check found wrong. */
export type CheckFailure = { message: Bilingual; target?: Partial<FindingTarget> };

const listed = (facts: ReadinessFacts): EvidenceItem[] => facts.evidence.filter((item) => !item.excluded);
const ofKind = (facts: ReadinessFacts, kind: EvidenceItem['kind']) => listed(facts).filter((item) => item.kind === kind);

type Checks = { [T in RuleCheck['type']]: (check: Extract<RuleCheck, { type: T }>, facts: ReadinessFacts) => CheckFailure[] };

/** The check functions by type. */
export const checks: Checks = {
  'evidence-kinds-present': (check, facts) =>
    check.kinds.filter((kind) => ofKind(facts, kind).length === 0).map((kind) => ({
      message: { zh: `缺少证据：${evidenceKindInfo[kind].label.zh}`, en: `Missing evidence: ${evidenceKindInfo[kind].label.en}` },
      target: { evidenceKind: kind },
    })),

  'identity-matches-application': (_check, facts) => {
    const forms = ofKind(facts, 'application-form');
    if (forms.length === 0) return [{ message: { zh: '没有信用卡申请表，无法核对被告身份', en: 'No application form to check the defendant’s identity against' }, target: { evidenceKind: 'application-form' } }];
    const recorded = forms.filter((f) => f.recordedName !== '' || f.recordedIdNumber !== '');
    if (recorded.length === 0) {
      return [{ message: { zh: '申请表上未登记持卡人姓名和身份证号码', en: 'The application form has no recorded name and ID number' }, target: { itemId: forms[0]!.id } }];
    }
    const failures: CheckFailure[] = [];
    for (const form of recorded) {
      if (form.recordedName !== facts.defendant.name) {
        failures.push({ message: { zh: `申请表上的姓名“${form.recordedName}”与案件被告“${facts.defendant.name}”不一致`, en: `The name on the application form "${form.recordedName}" differs from the defendant "${facts.defendant.name}"` }, target: { itemId: form.id } });
      }
      if (form.recordedIdNumber.toUpperCase() !== facts.defendant.residentId.toUpperCase()) {
        failures.push({ message: { zh: `申请表上的身份证号码 ${form.recordedIdNumber || '（空）'} 与案件被告的号码 ${facts.defendant.residentId} 不一致`, en: `The ID number on the application form ${form.recordedIdNumber || '(empty)'} differs from the defendant’s ${facts.defendant.residentId}` }, target: { itemId: form.id } });
      }
    }
    return failures;
  },

  'statements-cover-claim-date': (check, facts) => {
    const statements = ofKind(facts, 'statement');
    if (statements.length === 0) return [{ message: { zh: '没有对账单或交易明细', en: 'No statements or transaction detail' }, target: { evidenceKind: 'statement' } }];
    const lastCovered = statements.map((s) => s.periodTo).filter(Boolean).sort().at(-1) ?? '';
    const gapOk = lastCovered !== '' && daysBetween(lastCovered, facts.claim.asOfDate) <= check.maxGapDays;
    if (gapOk) return [];
    return [{
      message: lastCovered
        ? { zh: `对账单只覆盖到 ${lastCovered}，未覆盖欠款截止日 ${facts.claim.asOfDate}`, en: `Statements end on ${lastCovered}, short of the claim date ${facts.claim.asOfDate}` }
        : { zh: '对账单未填写所涵盖的期间', en: 'No statement has its period filled in' },
      target: { itemId: statements[0]!.id },
    }];
  },

  'principal-reconciles': (_check, facts) => {
    if (!facts.breakdown || facts.ledgerEntryCount === 0) {
      return [{ message: { zh: '没有导入交易明细或录入余额，无法核对本金', en: 'No ledger imported or balances entered; the principal cannot be reconciled' }, target: { place: 'claim' } }];
    }
    const ledgerPrincipal = claimedFen(facts.breakdown, 'principal');
    if (facts.claimFromBreakdown || ledgerPrincipal === facts.claim.principalFen) return [];
    return [{
      message: {
        zh: `诉请本金 ${formatYuan(facts.claim.principalFen)} 元与交易明细截至 ${facts.claim.asOfDate} 的未还本金 ${formatYuan(ledgerPrincipal)} 元不符（相差 ${formatYuan(facts.claim.principalFen - ledgerPrincipal)} 元）`,
        en: `The claimed principal ${formatYuan(facts.claim.principalFen)} differs from the ledger’s unpaid principal at ${facts.claim.asOfDate}, ${formatYuan(ledgerPrincipal)} (difference ${formatYuan(facts.claim.principalFen - ledgerPrincipal)})`,
      },
      target: { place: 'details', field: 'claim.principal' },
    }];
  },

  // Reads the limitation engine's timeline, so "delivered" means what the engine counts: sent to the
  // reserved contact (银行卡规定 art. 3(2)), shown to have reached the cardholder (诉讼时效规定 art. 8), or the
  // cardholder's own acknowledgment in a contact.
  'delivered-demand-in-period': (_check, facts) => {
    const contactSteps = facts.limitation.timeline.filter((s) => s.source.type === 'contact');
    if (contactSteps.some((s) => s.effect === 'restarted' || s.effect === 'waiver')) return [];
    const count = (effect: string) => contactSteps.filter((s) => s.effect === effect).length;
    const detail = contactSteps.length === 0
      ? { zh: '没有向持卡人催收的记录', en: 'No record of a demand to the cardholder' }
      : {
        zh: `${contactSteps.length} 条催收记录均未中断时效（未证明已向预留联系方式发送或已到达持卡人 ${count('not-proven')} 条，时效届满后 ${count('after-expiry')} 条，起算日之前 ${count('before-start')} 条）`,
        en: `None of ${contactSteps.length} contact records interrupts limitation (${count('not-proven')} not shown to have been sent to the reserved contact or to have reached the cardholder, ${count('after-expiry')} after expiry, ${count('before-start')} before the period began)`,
      };
    return [{ message: detail, target: { place: 'contacts' } }];
  },

  'limitation-not-expired': (_check, facts) => {
    const { limitation } = facts;
    if (limitation.status === 'unknown') return [{ message: { zh: '未填写到期还款日，无法计算诉讼时效', en: 'No due date: limitation cannot be computed' }, target: { place: 'claim', field: 'dueDate' } }];
    if (!limitation.expiresBeforeFiling) return [];
    return [{
      message: { zh: `诉讼时效已于 ${limitation.period!.lastDay} 届满，早于计划立案日 ${limitation.filingDate}（依据：${limitation.restsOn!.description.zh}，${limitation.restsOn!.date}）`, en: `Limitation expired on ${limitation.period!.lastDay}, before the planned filing date ${limitation.filingDate} (resting on: ${limitation.restsOn!.description.en}, ${limitation.restsOn!.date})` },
      target: { place: 'readiness' },
    }];
  },

  'key-term-notice': (_check, facts) => {
    const agreements = ofKind(facts, 'card-agreement');
    if (agreements.some((a) => a.hasKeyTermNotice)) return [];
    return [{
      message: agreements.length === 0
        ? { zh: '没有领用合约，也就没有重要条款提示说明', en: 'No card agreement, and so no key-term notice' }
        : { zh: '领用合约未附重要条款提示说明（加粗条款、签字声明等）', en: 'The card agreement has no key-term notice (highlighted clauses, signed declaration)' },
      target: agreements[0] ? { itemId: agreements[0].id } : { evidenceKind: 'card-agreement' },
    }];
  },

  'power-of-attorney': (_check, facts) => {
    if (!facts.hasAgent) return [{ message: { zh: '案件未指定委托诉讼代理人', en: 'The case names no agent' }, target: { place: 'details', field: 'agentId' } }];
    if (ofKind(facts, 'power-of-attorney').length > 0) return [];
    return [{ message: { zh: '缺少授权委托书', en: 'No power of attorney' }, target: { evidenceKind: 'power-of-attorney' } }];
  },

  // A flagged record still counts for limitation (contact-demand.ts); what the lawyer must review is whether
  // the case relies on it — the limitation rests on it or its proof is in the evidence list — since only
  // evidence obtained by seriously unlawful means is excluded (《民诉法解释》第一百零六条).
  'no-flagged-contact-relied-on': (_check, facts) => {
    const byId = new Map(facts.evidence.map((item) => [item.id, item]));
    const counted = new Set(facts.limitation.timeline
      .filter((s) => s.source.type === 'contact' && (s.effect === 'restarted' || s.effect === 'waiver')).map((s) => s.source.id));
    return facts.contacts.flatMap(({ record, flags }) => {
      const inEvidence = record.proofEvidenceId !== null && byId.get(record.proofEvidenceId)?.excluded === false;
      const interrupts = counted.has(record.id);
      if (flags.length === 0 || (!inEvidence && !interrupts)) return [];
      const uses = [interrupts && { zh: '计入诉讼时效中断', en: 'counts as a limitation interruption' }, inEvidence && { zh: '其证明文件在证据目录中', en: 'its proof is in the evidence list' }]
        .filter((u): u is Bilingual => u !== false);
      return [{
        message: {
          zh: `${record.occurredAt} 的催收记录有合规标记（${flags.map((f) => f.title.zh).join('、')}），${uses.map((u) => u.zh).join('，')}：请律师复核其取得方式是否严重侵害他人合法权益或违反法律禁止性规定后决定是否提交`,
          en: `The contact record of ${record.occurredAt} is flagged (${flags.map((f) => f.title.en).join('; ')}) and ${uses.map((u) => u.en).join(' and ')}: review whether it was obtained by seriously unlawful means`,
        },
        target: { place: 'contacts', itemId: record.id },
      }];
    });
  },

  'combined-rate-within-24': (_check, facts) => {
    const rate = facts.breakdown?.combinedRate;
    if (!rate || !rate.above24 || rate.capApplied) return [];
    return [{ message: { zh: `利息、违约金及费用合计折合年化 ${rate.annualPercent}%，超过24%`, en: `Interest, penalty and fees come to ${rate.annualPercent}% a year, above 24%` }, target: { place: 'claim', field: 'capAt24' } }];
  },

  'no-barred-charges': (_check, facts) =>
    (facts.breakdown?.flags ?? []).filter((flag) => !flag.applied).map((flag) => ({
      message: { zh: `${flag.title.zh}：${formatYuan(flag.originalFen)} 元仍计入诉请`, en: `${flag.title.en}: ${formatYuan(flag.originalFen)} is still claimed` },
      target: { place: 'claim', field: 'removeBarredCharges' },
    })),

  'claim-matches-breakdown': (_check, facts) => {
    if (!facts.breakdown || facts.claimFromBreakdown) return [];
    const parts = (['interest', 'penalty', 'fees'] as const).filter((c) => claimedFen(facts.breakdown!, c) !== facts.claim[`${c}Fen`]);
    if (parts.length === 0) return [];
    const names = { interest: ['利息', 'interest'], penalty: ['违约金', 'penalty'], fees: ['费用', 'fees'] } as const;
    return [{
      message: {
        zh: `案件信息中的${parts.map((c) => `${names[c][0]} ${formatYuan(facts.claim[`${c}Fen`])} 元`).join('、')}与计算明细（${parts.map((c) => formatYuan(claimedFen(facts.breakdown!, c))).join('、')} 元）不一致`,
        en: `The case’s ${parts.map((c) => `${names[c][1]} ${formatYuan(facts.claim[`${c}Fen`])}`).join(', ')} differ from the breakdown (${parts.map((c) => formatYuan(claimedFen(facts.breakdown!, c))).join(', ')})`,
      },
      target: { place: 'claim' },
    }];
  },

  'holiday-calendar-covers': (_check, facts) => {
    const warning = facts.limitation.period?.calendarWarning;
    return warning ? [{ message: warning, target: { place: 'readiness', field: 'holidays' } }] : [];
  },

  // The addressed court must be one the advisor accepts, or one chosen with a recorded reason (core/court/addressed-court.ts).
  'addressed-court-accepted': (_check, facts) => {
    const problem = addressedCourtProblem(facts.court);
    return problem ? [{ message: problem, target: { place: 'jurisdiction' } }] : [];
  },

  // One finding per complaint item left blank, naming the record that would answer it (CPL 13: assert only what is proven).
  'complaint-items-answered': (_check, facts) =>
    (facts.complaintItems ?? []).map(({ item, wanted }) => ({
      message: { zh: `${item.zh}：${wanted.zh}`, en: `${item.en}: ${wanted.en}` },
      target: { place: 'readiness' },
    })),
};

