/**
 * A complete, fictional filing — every optional section present — used to check an edited template
 * (every variable it names must exist) and to preview a template before any case is chosen. The bank,
 * the people and every number are invented; identifiers carry valid check characters.
 */
import type { Agent, Case, Organisation } from '../case/case-model';
import { luhnCheckDigit } from '../case/card-number';
import { creditCodeCheckCharacter } from '../case/credit-code';
import { residentIdCheckCharacter } from '../case/resident-id';
import { addDays, addMonths } from '../calendar/date-arithmetic';
import { standardEvidence } from './complaint-data';
import type { FilingDataSource } from './filing-data';

/** The fictional filing for `filingDate`, with inputs for every section. */
export function sampleFilingSource(filingDate: string): FilingDataSource {
  const creditFirst17 = '91530100MA6K8T9Y1';
  const idFirst17 = '53010219880716003';
  const cardFirst15 = '622588004455667';
  const plaintiff: Organisation = {
    id: 1, name: '示例银行股份有限公司信用卡中心', creditCode: creditFirst17 + creditCodeCheckCharacter(creditFirst17),
    address: '云南省昆明市西山区示例大道1号', responsiblePerson: '赵示范', responsibleTitle: '总经理', phone: '0871-60000000',
    organisationType: 'branch', licenceNumber: 'B0000S253010001',
  };
  const agent: Agent = { id: 1, name: '钱代理', employer: '示例律师事务所', licenceNumber: '15301201800000001', phone: '13800000000' };
  const c: Case = {
    id: 1, plaintiffId: 1, agentId: 1,
    defendant: {
      name: '孙样本', sex: 'female', ethnicity: '汉族', birthDate: '1988-07-16', residentId: idFirst17 + residentIdCheckCharacter(idFirst17),
      registeredAddress: '云南省昆明市五华区示例路2号', habitualResidence: '', phone: '13900000000', employer: '示例贸易有限公司',
    },
    card: { cardNumber: cardFirst15 + luhnCheckDigit(cardFirst15), agreementDate: '2020-05-10', issuingBranch: '示例银行股份有限公司信用卡中心', creditLimitFen: 3_000_000, firstDefaultDate: '2025-03-01' },
    claim: { asOfDate: addDays(filingDate, -28), principalFen: 2_812_345, interestFen: 356_789, penaltyFen: 88_000, feesFen: 12_000 },
    courtName: '昆明市五华区人民法院', status: 'draft', createdAt: '', updatedAt: '',
  };
  const effective = addDays(filingDate, -90);
  return {
    case: c, plaintiff, agent, filingDate,
    inputs: {
      proceedings: { courtCaseNumber: '（2026）云0102民初1号' },
      serviceAddress: { postcode: '650000', recipient: '', address: '', phone: '', electronic: true, electronicMethods: ['sms'], email: '' },
      evidence: standardEvidence.map((item, i) => ({ ...item, pages: i + 1, sha256: '0123456789abcdef'.repeat(4) })),
      settlement: {
        confirmedAsOf: '', confirmedTotal: '', waived: '880.00', downPayment: '3,000.00', downPaymentDate: addDays(filingDate, 7),
        instalments: 6, firstDueDate: addMonths(filingDate, 1), intervalMonths: 1, graceDays: 5, stage: 'in-suit', enforcementCaseNumber: '', acceptanceFee: '', acceptanceFeeBearer: 'defendant',
        preservationFeeBearer: 'defendant', ending: 'mediation', mediationOrganisation: '', withdrawalWithinDays: 7, repaymentAccount: '', signingPlace: '',
      },
      preservation: { stage: 'in-suit', amount: '', propertyClues: [{ kind: 'bank-account', description: '被申请人在示例银行开立的账户' }], security: 'none-financial-institution', securityDetails: '' },
      withdrawal: { reason: 'settled', details: '' },
      powerOfAttorney: { authority: 'special', powers: ['admit', 'waive', 'change', 'settle', 'counterclaim', 'appeal', 'receive-documents'], term: '' },
      enforcement: {
        basis: { documentType: 'judgment', court: '', caseNumber: '（2026）云0102民初1号', effectiveDate: effective, lastPerformanceDay: addDays(effective, 10) },
        awarded: { principal: '28,123.45', interest: '3,567.89', penalty: '880.00', fees: '120.00', litigationCosts: '150.00' },
        continuingInterest: '', payments: [{ date: addDays(effective, 30), amount: '1,000.00' }], interestToDate: '', delayInterestBase: 'excluding-interest',
        propertyClues: [{ kind: 'vehicle', description: '被执行人名下小型轿车一辆' }], measures: { freeze: true, restrictConsumption: true, dishonestList: false }, enforcementCourt: '',
      },
    },
  };
}
