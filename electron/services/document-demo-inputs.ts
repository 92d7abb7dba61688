/**
 * Fictional inputs for the documents that need facts the demo cases do not record (a court case number, a
 * settlement plan, a judgment to enforce, preservation leads, evidence page counts), so `dossier demo` and
 * the tests can render the whole filing set for each demo case. Every name, number and hash is invented.
 */
import { createHash } from 'node:crypto';
import type { Case } from '../../core/case/case-model';
import type { DocumentInputs, SettlementEnding } from '../../core/documents/document-inputs';
import { standardEvidence } from '../../core/documents/complaint-data';
import { demoCourtCode } from './demo-data';
import { addDays, addMonths } from '../../core/calendar/date-arithmetic';
import { chineseDate } from '../../core/calendar/chinese-date';
import { formatYuan } from '../../core/money/fen';
import { Dec, roundToFen } from '../../core/money/round-fen';

/**
 * How each demo case's settlement ends, by its place in the demo (demo-data.ts), so the three filing sets show the
 * three situations (filing-set.ts): recorded in a court mediation document (no withdrawal application), withdrawn
 * (the withdrawal application joins the set), and not yet chosen (the agreement leaves it to tick and the set says so).
 */
const demoEndings: readonly (SettlementEnding | undefined)[] = ['mediation', 'withdrawal', undefined];

/** The demo's filing inputs for the demo's `index`-th case; `filingDate` anchors every date so runs are reproducible. */
export function demoDocumentInputs(c: Case, filingDate: string, index = 0): DocumentInputs {
  const ending = demoEndings[index % demoEndings.length];
  const claimTotal = c.claim.principalFen + c.claim.interestFen + c.claim.penaltyFen + c.claim.feesFen;
  const effectiveDate = addDays(filingDate, -120);
  // The enforcement inputs (used only once a demo case is taken to an effective judgment) carry an earlier
  // judgment's number with the court's own 法院代字 (法〔2015〕137号); an unknown court gets none.
  const courtCode = demoCourtCode(c.courtName);
  const serial = 7200 + c.id;
  return {
    // No 案号: the demo cases are not filed yet, and a number exists only once a court accepts the case.
    serviceAddress: { postcode: '650031', electronic: true, electronicMethods: ['sms', 'email'], email: 'susong@yunling-bank.example.cn' },
    powerOfAttorney: { authority: 'special' },
    evidence: standardEvidence.map((item, i) => ({
      ...item,
      pages: [3, 2, 2, 6, 14, 3, 5][i] ?? 1,
      // A stand-in for the hash of the stored file: the demo has no scanned evidence.
      sha256: createHash('sha256').update(`demo-evidence:${c.id}:${item.name}`).digest('hex'),
    })),
    settlement: {
      // A tenth of the claim in whole yuan, rounded by the one money-rounding helper.
      downPayment: formatYuan(roundToFen(new Dec(claimTotal).dividedBy(10 * 100)) * 100),
      downPaymentDate: addDays(filingDate, 10),
      instalments: 12,
      firstDueDate: addMonths(filingDate, 1),
      graceDays: 5,
      waived: formatYuan(c.claim.penaltyFen),
      acceptanceFeeBearer: 'defendant',
      ...(ending === undefined ? {} : { ending }),
    },
    preservation: {
      propertyClues: [
        { kind: 'bank-account', description: `被申请人${c.defendant.name}在滇中农村商业银行开立的账户（账号尾号 4521）内的存款` },
        { kind: 'vehicle', description: '被申请人名下小型轿车一辆（车牌号 云A·D7K21）' },
      ],
    },
    withdrawal: { reason: 'settled', details: '' },
    enforcement: {
      basis: {
        documentType: 'judgment',
        caseNumber: courtCode ? `（${effectiveDate.slice(0, 4)}）${courtCode}民初${serial}号` : '',
        effectiveDate,
        lastPerformanceDay: addDays(effectiveDate, 10),
      },
      awarded: {
        principal: formatYuan(c.claim.principalFen),
        interest: formatYuan(c.claim.interestFen),
        penalty: formatYuan(c.claim.penaltyFen),
        fees: formatYuan(c.claim.feesFen),
        litigationCosts: '350.00',
      },
      continuingInterest: `以${formatYuan(c.claim.principalFen)}元为基数，自${chineseDate(addDays(c.claim.asOfDate, 1))}起按《信用卡领用合约》约定的标准计算至实际清偿之日止的利息`,
      payments: [{ date: addDays(effectiveDate, 40), amount: '2,000.00' }],
      propertyClues: [
        { kind: 'bank-account', description: `被执行人在滇中农村商业银行开立的账户（账号尾号 4521）` },
        { kind: 'employer-income', description: c.defendant.employer !== '' ? `被执行人在${c.defendant.employer}的工资收入` : '被执行人的劳务收入' },
      ],
    },
  };
}
