/**
 * The addressed court in readiness and document generation: a case whose documents address a court the
 * advisor rules out blocks and its documents warn; choosing a candidate clears both; addressing the ruled-out
 * court with a recorded reason clears them too, and the reason is stored and in the audit record.
 */
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { auditTrail } from '../../electron/db/audit-log';
import { dispatch } from '../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** The second fixture case: registered in 楚雄, documents addressed to 昆明市官渡区人民法院 with no proof of residence there. */
async function guanduCase() {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[1]!) });
  const courtFinding = async () => (await services.handlers['readiness:check']({ caseId: created.id })).findings.find((f) => f.ruleId === 'addressed-court');
  return { ...services, caseId: created.id, courtFinding };
}

describe('the addressed court', () => {
  it('blocks readiness and warns on generation when the documents address a ruled-out court', async () => {
    const { handlers, caseId, courtFinding, close } = await guanduCase();
    const finding = await courtFinding();
    expect(finding).toMatchObject({ kind: 'filing-condition', severity: 'blocker' });
    expect(finding!.message.zh).toContain('“昆明市官渡区人民法院”');
    expect(finding!.message.zh).toContain('楚雄市人民法院');
    expect(finding!.message.zh).toContain('按户籍地确定管辖');
    const [pdf] = await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['pdf'] });
    expect(pdf!.warnings.map((w) => w.zh)).toEqual([finding!.message.zh]);
    close();
  }, 60_000);

  it('a candidate court clears the blocker and the warning', async () => {
    const { handlers, caseId, courtFinding, close } = await guanduCase();
    const view = await handlers['jurisdiction:get']({ caseId });
    const chuxiong = view.advice.candidates.find((c) => c.courtName === '楚雄市人民法院')!;
    await handlers['jurisdiction:choose']({ caseId, courtId: chuxiong.courtId });
    expect(await courtFinding()).toBeUndefined();
    const [pdf] = await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['pdf'] });
    expect(pdf!.warnings).toEqual([]);
    close();
  }, 60_000);

  it('an override needs a reason; with one it clears the blocker and the reason is stored and audited', async () => {
    const { handlers, context, caseId, courtFinding, close } = await guanduCase();
    const view = await handlers['jurisdiction:get']({ caseId });
    const guandu = view.advice.ruledOut.find((c) => c.courtName === '昆明市官渡区人民法院')!;
    const empty = await dispatch(handlers, 'jurisdiction:override', { caseId, courtId: guandu.courtId, reason: '  ' });
    expect(empty.ok).toBe(false);
    expect(await courtFinding()).toBeDefined();

    const reason = '被告书面确认在官渡区连续居住已满一年，居住证明待补';
    const overridden = await handlers['jurisdiction:override']({ caseId, courtId: guandu.courtId, reason });
    expect(overridden.caseCourtName).toBe('昆明市官渡区人民法院');
    expect(overridden.chosen).toMatchObject({ courtName: '昆明市官渡区人民法院', overrideReason: reason });
    expect(await courtFinding()).toBeUndefined();
    const [pdf] = await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['pdf'] });
    expect(pdf!.warnings).toEqual([]);
    const last = auditTrail(context.db, 'case', caseId).filter((t) => t.action === 'update').at(-1)!;
    expect(JSON.parse(last.after_json!).chosenCourt.overrideReason).toBe(reason);
    close();
  }, 60_000);

  it('refuses an override for a candidate court: choosing it needs no reason', async () => {
    const { handlers, caseId, close } = await guanduCase();
    const view = await handlers['jurisdiction:get']({ caseId });
    const refused = await dispatch(handlers, 'jurisdiction:override', { caseId, courtId: view.advice.candidates[0]!.courtId, reason: '随便' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('conflict');
    close();
  }, 60_000);
});
