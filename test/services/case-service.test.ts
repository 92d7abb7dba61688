import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { CaseInput } from '../../core/case/case-model';
import { DossierError } from '../../core/errors';
import { auditTrail } from '../../electron/db/audit-log';
import { dispatch } from '../../electron/services/dispatch';
import { seedProfiles, openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const parse = (values: CaseInput) => caseInput.parse(values);

describe('case intake services', () => {
  it('creates a case with amounts in fen and an audit record in the same transaction', async () => {
    const { handlers, context, close } = openTestServices(tempDir());
    const { cases } = await seedProfiles(handlers);
    const created = await handlers['case:create']({ values: parse(cases[0]!) });
    expect(created.claim.principalFen).toBe(4_823_517);
    expect(created.card.creditLimitFen).toBe(5_000_000);
    expect(created.createdAt).toBe('2026-11-28T10:00:00.000+08:00');
    const trail = auditTrail(context.db, 'case', created.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]!.action).toBe('create');
    expect(JSON.parse(trail[0]!.after_json!).defendant.name).toBe('李晓梅');
    close();
  });

  it('lists cases with masked identifiers and the claim total, and searches them', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const { cases } = await seedProfiles(handlers);
    for (const values of cases) await handlers['case:create']({ values: parse(values) });
    const all = await handlers['case:list']({ query: '' });
    expect(all).toHaveLength(3);
    const wang = all.find((c) => c.defendantName === '王建国')!;
    expect(wang.claimTotalFen).toBe(10_001_050 + 2_130_544 + 480_000);
    expect(wang.residentIdMasked).toMatch(/^532326\*+\d{3}[\dX]$/);
    expect(wang.cardNumberMasked).toContain('*');
    expect(await handlers['case:list']({ query: '大理' })).toHaveLength(1);
    expect(await handlers['case:list']({ query: '%' })).toHaveLength(0);
    close();
  });

  it('rejects an invalid case with every problem named by field, and writes nothing', async () => {
    const { handlers, context, close } = openTestServices(tempDir());
    const { cases } = await seedProfiles(handlers);
    const bad = structuredClone(cases[0]!);
    bad.defendant.residentId = bad.defendant.residentId.slice(0, 17) + (bad.defendant.residentId.endsWith('1') ? '2' : '1');
    bad.card.cardNumber = '6225880012345678';
    bad.claim.principal = '12.345';
    let thrown: unknown;
    try {
      await handlers['case:create']({ values: parse(bad) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DossierError);
    const fields = (thrown as DossierError).details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['defendant.residentId', 'card.cardNumber', 'claim.principal']));
    expect(context.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(context.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'case'").get()).toEqual({ n: 0 });
    close();
  });

  it('checks that sex and birth date agree with the resident ID number', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const { cases } = await seedProfiles(handlers);
    const values = structuredClone(cases[0]!);
    values.defendant.sex = 'male';
    values.defendant.birthDate = '1986-04-13';
    const issues = await handlers['case:validate']({ values: parse(values) });
    expect(issues.map((i) => i.field).sort()).toEqual(['defendant.birthDate', 'defendant.sex']);
    close();
  });

  it('updates and deletes with audit records of before and after', async () => {
    const { handlers, context, close } = openTestServices(tempDir());
    const { cases } = await seedProfiles(handlers);
    const created = await handlers['case:create']({ values: parse(cases[1]!) });
    const changed = { ...cases[1]!, courtName: '昆明市五华区人民法院' };
    const updated = await handlers['case:update']({ id: created.id, values: parse(changed) });
    expect(updated.courtName).toBe('昆明市五华区人民法院');
    await handlers['case:delete']({ id: created.id });
    await expect(async () => handlers['case:get']({ id: created.id })).rejects.toThrow(/No case/);
    const trail = auditTrail(context.db, 'case', created.id);
    expect(trail.map((t) => t.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(trail[1]!.before_json!).courtName).toBe('昆明市官渡区人民法院');
    expect(trail[2]!.after_json).toBeNull();
    close();
  });

  it('refuses to delete a plaintiff still used by a case', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const { plaintiff, cases } = await seedProfiles(handlers);
    await handlers['case:create']({ values: parse(cases[0]!) });
    await expect(async () => handlers['organisation:delete']({ id: plaintiff.id })).rejects.toThrow(/used by 1 case/);
    close();
  });

  it('refuses a second plaintiff with the same unified social credit code', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const { plaintiff } = await seedProfiles(handlers);
    const { id: _id, ...values } = plaintiff;
    await expect(async () => handlers['organisation:save']({ values: { ...values, name: '另一家分行' } })).rejects.toThrow(/already used/);
    close();
  });
});

describe('dispatch', () => {
  it('parses input with the contract schema and returns errors as payloads, never throwing', async () => {
    const { handlers, close } = openTestServices(tempDir());
    const malformed = await dispatch(handlers, 'case:get', { id: 'one' });
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) {
      expect(malformed.error.code).toBe('invalid-input');
      expect(malformed.error.field).toBe('id');
    }
    const unknown = await dispatch(handlers, 'toString', {});
    expect(unknown.ok).toBe(false);
    const missing = await dispatch(handlers, 'case:get', { id: 42 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const fine = await dispatch(handlers, 'app:info', {});
    expect(fine).toMatchObject({ ok: true, value: { version: '0.1.0' } });
    close();
  });
});
