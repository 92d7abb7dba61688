/**
 * A party's or the card's field holding a control, bidi or zero-width character, a tab or a line break is refused
 * naming the field and showing the character's code: such a character makes a complaint Word cannot open (XML
 * cannot hold a control character) or a name that reads backwards. Ordinary Chinese text, full-width spaces and
 * rare ideographs pass.
 */
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { validateAgent, validateCase, validateOrganisation } from '../../../core/case/validate-case';
import { demoAgent, demoCases, demoPlaintiff } from '../../../electron/services/demo-data';

const today = '2026-11-28';
const valid = caseInput.parse(demoCases(1, 1)[0]!);
const withDefendant = (patch: Partial<typeof valid.defendant>) => ({ ...valid, defendant: { ...valid.defendant, ...patch } });

describe('invisible characters in the intake forms', () => {
  it('accepts the demo case, a full-width space and a rare ideograph', () => {
    expect(validateCase(valid, today)).toEqual([]);
    expect(validateCase(withDefendant({ name: '王䶮', registeredAddress: `${valid.defendant.registeredAddress}\u3000201室` }), today)).toEqual([]);
  });

  it.each([
    ['a control character', '张\u0001三', 'U+0001'],
    ['a right-to-left override', '张三\u202e', 'U+202E'],
    ['a zero-width space', '张\u200b三', 'U+200B'],
    ['a line break', '张\n三', 'U+000A'],
  ])('refuses the defendant\'s name with %s, naming the field and the code', (_what, name, code) => {
    const issues = validateCase(withDefendant({ name }), today);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('defendant.name');
    expect(issues[0]!.message.zh).toContain(code);
    expect(issues[0]!.message.zh).toContain(`[${code}]`);
    expect(issues[0]!.message.en).toContain(code);
  });

  it('says only why an ID number with a hidden character is refused, not that it is malformed', () => {
    const residentId = `${valid.defendant.residentId.slice(0, 6)}\u200d${valid.defendant.residentId.slice(6)}`;
    const issues = validateCase(withDefendant({ residentId }), today);
    expect(issues.map((issue) => issue.field)).toEqual(['defendant.residentId']);
    expect(issues[0]!.message.zh).toContain('U+200D');
  });

  it('checks the card\'s fields, the court and both profiles too', () => {
    const card = validateCase({ ...valid, card: { ...valid.card, issuingBranch: '示例银行\t昆明分行' }, courtName: '昆明市\u2066五华区人民法院' }, today);
    expect(card.map((issue) => issue.field).sort()).toEqual(['card.issuingBranch', 'courtName']);
    expect(validateOrganisation({ ...demoPlaintiff, organisationType: demoPlaintiff.organisationType ?? '', licenceNumber: demoPlaintiff.licenceNumber ?? '', phone: demoPlaintiff.phone ?? '', address: '昆明市\u0085滇池路' }).map((issue) => issue.field)).toEqual(['address']);
    expect(validateAgent({ ...demoAgent, licenceNumber: demoAgent.licenceNumber ?? '', employer: '律师\ufeff事务所' }).map((issue) => issue.field)).toEqual(['employer']);
  });
});
