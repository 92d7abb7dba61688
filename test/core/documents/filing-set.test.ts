/**
 * The filing set is one function of the case's stage and its settlement: each ending decides what else is
 * generated, and what the records leave open is said, not guessed.
 */
import { describe, expect, it } from 'vitest';
import { filingPhase, filingSet, type FilingSetRecords } from '../../../core/documents/filing-set';
import { settlementRoute } from '../../../core/documents/settlement-route';
import type { SettlementChoice } from '../../../core/documents/settlement-route';

const catalogue = [
  'complaint', 'complaint-element-2025', 'enforcement-application', 'evidence-list', 'power-of-attorney',
  'preservation-application', 'service-address-confirmation', 'settlement-agreement', 'withdrawal-application',
];

/** The set for a case in the suit with a settlement chosen as `choice`. */
function litigationSet(choice: SettlementChoice | null, extra: Partial<FilingSetRecords> = {}) {
  const settlement = choice ? { route: settlementRoute(choice).route, inEnforcement: choice.stage === 'enforcement' } : null;
  return filingSet({ phase: 'litigation', settlement, preservationEntered: false, withdrawalReason: 'settled', accepted: true, ...extra }, catalogue);
}

const inSuit = (ending: SettlementChoice['ending'], mediationOrganisation = ''): SettlementChoice => ({ stage: 'in-suit', ending, mediationOrganisation });

describe('the settlement’s ending decides the set', () => {
  it('court mediation: the agreement asks for a mediation document and no withdrawal application is generated', () => {
    const set = litigationSet(inSuit('mediation'));
    expect(set.templateIds).toContain('settlement-agreement');
    expect(set.templateIds).not.toContain('withdrawal-application');
    expect(set.notices).toEqual([]);
  });

  it('withdrawal: the withdrawal application joins the set', () => {
    const set = litigationSet(inSuit('withdrawal'));
    expect(set.templateIds).toEqual(expect.arrayContaining(['settlement-agreement', 'withdrawal-application']));
    expect(set.notices).toEqual([]);
  });

  it('not recorded: no withdrawal application, and a notice naming the choice to record', () => {
    const set = litigationSet(inSuit(null));
    expect(set.templateIds).toContain('settlement-agreement');
    expect(set.templateIds).not.toContain('withdrawal-application');
    expect(set.notices).toHaveLength(1);
    expect(set.notices[0]!.zh).toContain('尚未选择案件处理方式');
    expect(set.notices[0]!.en).toContain('withdrawal');
  });

  it('judicial confirmation with a named mediation organisation: offered, with the 30-day joint application noted', () => {
    const choice: SettlementChoice = { stage: 'pre-suit', ending: 'judicial-confirmation', mediationOrganisation: '昆明市盘龙区金融纠纷人民调解委员会' };
    expect(settlementRoute(choice)).toEqual({ route: 'judicial-confirmation', problem: null });
    const set = litigationSet(choice);
    expect(set.templateIds).not.toContain('withdrawal-application');
    expect(set.notices.map((n) => n.zh).join('')).toContain('三十日内共同向人民法院申请');
  });

  it('judicial confirmation without a mediation organisation: refused as a private agreement, a plain contract', () => {
    const { route, problem } = settlementRoute({ stage: 'pre-suit', ending: 'judicial-confirmation', mediationOrganisation: '' });
    expect(route).toBe('private-contract');
    expect(problem?.field).toBe('mediationOrganisation');
    expect(problem?.message.zh).toContain('《中华人民共和国民事诉讼法》第二百零五条');
    expect(settlementRoute({ stage: 'pre-suit', ending: null, mediationOrganisation: '' })).toEqual({ route: 'private-contract', problem: null });
    expect(litigationSet({ stage: 'pre-suit', ending: 'judicial-confirmation', mediationOrganisation: '' }).notices.map((n) => n.zh).join('')).not.toContain('三十日');
  });

  it('judicial confirmation is not a way to end a pending suit, and a pre-suit agreement has no suit to withdraw', () => {
    expect(settlementRoute(inSuit('judicial-confirmation', '某人民调解委员会')).problem?.field).toBe('ending');
    expect(settlementRoute({ stage: 'pre-suit', ending: 'withdrawal', mediationOrganisation: '' }).problem?.field).toBe('ending');
  });

  it('no settlement: no agreement, and a withdrawal only for a reason other than a settlement', () => {
    expect(litigationSet(null).templateIds).not.toContain('settlement-agreement');
    expect(litigationSet(null).templateIds).not.toContain('withdrawal-application');
    expect(litigationSet(null).notices[0]!.zh).toContain('没有和解方案');
    expect(litigationSet(null, { withdrawalReason: 'paid' }).templateIds).toContain('withdrawal-application');
    // Before the court accepts the case there is no suit to withdraw: the set says so instead.
    const early = litigationSet(null, { withdrawalReason: 'paid', accepted: false });
    expect(early.templateIds).not.toContain('withdrawal-application');
    expect(early.notices.map((n) => n.zh).join()).toContain('须在法院受理、确定案号后提交');
    expect(litigationSet(null, { withdrawalReason: null }).notices).toEqual([]);
  });
});

describe('the stage decides the set', () => {
  it('in the suit: the complaints and a first-instance set, preservation only with property leads, never the enforcement application', () => {
    const set = litigationSet(null, { withdrawalReason: null });
    expect(set.templateIds).toEqual(['complaint', 'complaint-element-2025', 'evidence-list', 'power-of-attorney', 'service-address-confirmation']);
    expect(litigationSet(null, { withdrawalReason: null, preservationEntered: true }).templateIds).toContain('preservation-application');
  });

  it('in enforcement: the enforcement application and its own power of attorney, no complaint, no withdrawal', () => {
    for (const stage of ['effective', 'enforcement-applied', 'enforcement-accepted', 'enforcement-suspended'] as const) {
      expect(filingPhase({ stage, inEnforcementSettlement: false })).toBe('enforcement');
    }
    expect(filingPhase({ stage: 'settlement', inEnforcementSettlement: true })).toBe('enforcement');
    expect(filingPhase({ stage: 'settlement', inEnforcementSettlement: false })).toBe('litigation');
    expect(filingPhase({ stage: 'served', inEnforcementSettlement: false })).toBe('litigation');
    const set = filingSet({ phase: 'enforcement', settlement: { route: 'withdrawal', inEnforcement: false }, preservationEntered: true, withdrawalReason: 'settled', accepted: true }, catalogue);
    expect(set.templateIds).toEqual(['enforcement-application', 'power-of-attorney']);
    expect(set.notices[0]!.zh).toContain('执行和解方案');
    const withSettlement = filingSet({ phase: 'enforcement', settlement: { route: 'enforcement-settlement', inEnforcement: true }, preservationEntered: false, withdrawalReason: null, accepted: true }, catalogue);
    expect(withSettlement.templateIds).toEqual(['enforcement-application', 'power-of-attorney', 'settlement-agreement']);
  });

  it('recovered or closed: nothing more to file, and it says so', () => {
    expect(filingPhase({ stage: 'closed', inEnforcementSettlement: false })).toBe('concluded');
    const set = filingSet({ phase: 'concluded', settlement: null, preservationEntered: false, withdrawalReason: null, accepted: true }, catalogue);
    expect(set).toEqual({ templateIds: [], notices: [expect.objectContaining({ zh: expect.stringContaining('不再生成文书') })] });
  });
});
