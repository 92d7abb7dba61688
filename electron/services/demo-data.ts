import { luhnCheckDigit } from '../../core/case/card-number';
import type { AgentInput, CaseInput, OrganisationInput } from '../../core/case/case-model';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import { residentIdCheckCharacter } from '../../core/case/resident-id';
import { courtCodeOf } from '../../core/tracking/case-number-court-code';

/**
 * Fictional demo data: an invented bank, invented people, and identifiers whose check characters
 * are computed here so they pass validation while belonging to no one.
 */

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const residentId = (first17: string) => first17 + residentIdCheckCharacter(first17);
const cardNumber = (first15: string) => first15 + luhnCheckDigit(first15);

/** The demo plaintiff: a fictional bank's card centre, a branch (分支机构) suing on its own licence (Interp 52(6)). */
export const demoPlaintiff: OrganisationInput = {
  name: '云岭银行股份有限公司信用卡中心',
  creditCode: creditCode('91530100MA6K7Q2X3'),
  address: '云南省昆明市五华区翠湖南路88号',
  responsiblePerson: '钱立诚',
  responsibleTitle: '总经理',
  phone: '0871-65550001',
  organisationType: 'branch',
  licenceNumber: 'B0000H253010001',
};

/** The demo agent: a fictional lawyer. */
export const demoAgent: AgentInput = {
  name: '孙明远',
  employer: '滇池律师事务所',
  licenceNumber: '15301201910123456',
  phone: '13900001234',
};

/** Three demo cases with different defendants, courts and amounts (one with the rare surname 䶮). */
export function demoCases(plaintiffId: number, agentId: number): CaseInput[] {
  const base = { plaintiffId, agentId, status: 'draft' as const };
  return [
    {
      ...base,
      defendant: {
        name: '李晓梅', sex: 'female', ethnicity: '汉族', birthDate: '1986-04-12',
        residentId: residentId('53010219860412002'), registeredAddress: '云南省昆明市盘龙区北京路1200号3幢2单元501室',
        habitualResidence: '', phone: '13712345678', employer: '昆明青松贸易有限公司',
      },
      card: { cardNumber: cardNumber('622588001234567'), agreementDate: '2019-03-15', issuingBranch: '云岭银行股份有限公司信用卡中心', creditLimit: '50,000.00', firstDefaultDate: '2025-06-20' },
      claim: { asOfDate: '2026-10-31', principal: '48,235.17', interest: '6,412.90', penalty: '1,920.00', fees: '350.00' },
      courtName: '昆明市盘龙区人民法院',
    },
    {
      ...base,
      defendant: {
        name: '王建国', sex: 'male', ethnicity: '彝族', birthDate: '1979-11-03',
        residentId: residentId('53232619791103031'), registeredAddress: '云南省楚雄彝族自治州楚雄市鹿城镇永安路16号',
        habitualResidence: '云南省昆明市官渡区春城路219号', phone: '0878-3123456', employer: '',
      },
      card: { cardNumber: cardNumber('625907000987654'), agreementDate: '2017-08-01', issuingBranch: '云岭银行股份有限公司昆明分行', creditLimit: '120,000', firstDefaultDate: '2024-12-05' },
      claim: { asOfDate: '2026-10-31', principal: '100,010.50', interest: '21,305.44', penalty: '4,800.00', fees: '0' },
      courtName: '昆明市官渡区人民法院',
    },
    {
      ...base,
      defendant: {
        name: '䶮文静', sex: 'female', ethnicity: '白族', birthDate: '1992-02-29',
        residentId: residentId('53290119920229004'), registeredAddress: '云南省大理白族自治州大理市下关镇人民路45号',
        habitualResidence: '', phone: '15887654321', employer: '大理苍山文化传媒有限公司',
      },
      card: { cardNumber: cardNumber('622588009876543'), agreementDate: '2021-05-20', issuingBranch: '云岭银行股份有限公司大理分行', creditLimit: '20000', firstDefaultDate: '2025-09-10' },
      claim: { asOfDate: '2026-10-31', principal: '19,870.05', interest: '2,133.60', penalty: '600.00', fees: '80.00' },
      courtName: '大理市人民法院',
    },
  ];
}

/**
 * The county-level divisions (GB/T 2260) the demo's basic courts sit for, so their case numbers carry
 * each court's own 法院代字 (法〔2015〕137号): 盘龙区 云0103, 官渡区 云0111, 大理市 云2901, and the
 * courts a demo case may move to on the jurisdiction advisor's grounds (楚雄市, 五华区).
 */
const demoCourtDivisions: Readonly<Record<string, string>> = {
  昆明市盘龙区人民法院: '530103', 昆明市官渡区人民法院: '530111', 大理市人民法院: '532901', 楚雄市人民法院: '532301', 昆明市五华区人民法院: '530102',
};

/** The 法院代字 of a demo case's court, or null for a court the demo does not know. */
export function demoCourtCode(courtName: string): string | null {
  const divisionCode = demoCourtDivisions[courtName];
  return divisionCode ? courtCodeOf({ level: 'basic', kind: 'general', divisionCode, towns: [] }) : null;
}
