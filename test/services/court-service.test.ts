import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { CourtsData } from '../../core/court/court-model';
import type { Handlers, OperationInput, OperationName, OperationOutput } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { auditTrail } from '../../electron/db/audit-log';
import { dispatch } from '../../electron/services/dispatch';
import { openServices } from '../../electron/services/open-services';
import { docxText } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const templates = fileURLToPath(new URL('../../templates', import.meta.url));
const now = () => new Date('2026-11-28T02:00:00Z');

/** Calls an operation through the same boundary as IPC (zod parsing, defaults), rethrowing a failure as DossierError. */
async function call<K extends OperationName>(handlers: Handlers, name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await dispatch(handlers, name, input);
  if (result.ok) return result.value as OperationOutput<K>;
  const { code, message, field, row, file, details } = result.error;
  throw new DossierError(code, message, { ...(field !== undefined ? { field } : {}), ...(row !== undefined ? { row } : {}), ...(file !== undefined ? { file } : {}) }, details);
}

/** A CSV file as the renderer sends it. */
const csvSource = (csv: string | Buffer, fileName = 'courts.csv') => ({ fileName, contentBase64: Buffer.from(csv).toString('base64') });

async function expectError(run: () => unknown, code: string): Promise<DossierError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe(code);
    return error as DossierError;
  }
  throw new Error('expected an error');
}

/** A copy of the bundled templates whose courts.json a test may change, as an update of the app would. */
function templatesCopy(): string {
  const dir = join(tempDir(), 'templates');
  cpSync(templates, dir, { recursive: true });
  return dir;
}

describe('court directory edits layered over the bundled data', () => {
  it('keeps the user’s edits, additions and hidden courts when the bundled data is updated', async () => {
    const dataDir = tempDir();
    const v1 = templatesCopy();
    const first = openServices({ dataDir, actor: 'test', now, templatesDir: v1 });
    const edited = await call(first.handlers, 'court:save', { id: 'basic-530102', values: { name: '昆明市五华区人民法院', level: 'basic', divisionCode: '530102', address: '昆明市五华区某路1号', phone: '0871-1234567' } });
    expect(edited.origin).toBe('edited');
    const added = await call(first.handlers, 'court:save', { values: { name: '昆明铁路运输法院', level: 'basic', divisionCode: '530100' } });
    expect(added.id).toBe('user-1');
    expect(added.initials).toBe('kmtlysfy');
    await call(first.handlers, 'court:delete', { id: 'basic-532924' });
    expect(await call(first.handlers, 'court:search', { query: '宾川', limit: 50 })).toHaveLength(0);
    first.close();

    // The update renames a court the user did not touch and changes the one the user edited.
    const v2 = join(tempDir(), 'templates');
    cpSync(v1, v2, { recursive: true });
    const path = join(v2, 'data', 'courts.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as CourtsData;
    for (const court of data.courts) {
      if (court.id === 'basic-530103') court.address = '更新后的地址';
      if (court.id === 'basic-530102') court.phone = '0871-0000000';
    }
    writeFileSync(path, JSON.stringify(data));

    const second = openServices({ dataDir, actor: 'test', now, templatesDir: v2 });
    const search = (query: string) => call(second.handlers, 'court:search', { query, limit: 50 });
    const wuhua = await call(second.handlers, 'court:get', { id: 'basic-530102' });
    expect(wuhua).toMatchObject({ address: '昆明市五华区某路1号', phone: '0871-1234567', origin: 'edited' });
    expect((await call(second.handlers, 'court:get', { id: 'basic-530103' })).address).toBe('更新后的地址');
    expect((await search('kmtlys')).map((c) => c.id)).toEqual(['user-1']);
    expect(await search('宾川县人民法院')).toHaveLength(0);
    expect((await call(second.handlers, 'court:info', {})).counts).toMatchObject({ edited: 1, user: 1, hidden: 1 });

    // Resetting brings back the bundled (updated) record.
    expect((await call(second.handlers, 'court:reset', { id: 'basic-530102' })).phone).toBe('0871-0000000');
    second.close();
  });

  it('refuses an unknown division code or appeal court', async () => {
    const services = openTestServices(tempDir());
    const error = await expectError(() => call(services.handlers, 'court:save', { values: { name: '甲法院', level: 'basic', divisionCode: '999999' } }), 'invalid-input');
    expect(error.location.field).toBe('divisionCode');
    await expectError(() => call(services.handlers, 'court:save', { values: { name: '甲法院', level: 'basic', divisionCode: '530102', appealCourtId: 'nope' } }), 'invalid-input');
    services.close();
  });
});

describe('court directory CSV import and export', () => {
  it('exports every court into the data folder and imports the edited file back', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const exported = await call(services.handlers, 'court:export', {});
    expect(exported.path.startsWith(join(dataDir, 'exports'))).toBe(true);
    expect(existsSync(exported.path)).toBe(true);
    expect(exported.count).toBeGreaterThan(3000);
    const lines = readFileSync(exported.path, 'utf8').split('\r\n');
    const header = lines[0]!;
    const wuhua = lines.find((l) => l.startsWith('basic-530102,'))!;
    const csv = [header, wuhua.replace('昆明市五华区人民法院,基层,普通,530102,', '昆明市五华区人民法院,基层,普通,530102,滇池路1号'), ',新设法院,基层,普通,530102,,,,,'].join('\r\n');
    const counts = await call(services.handlers, 'court:import', { source: csvSource(csv) });
    expect(counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect((await call(services.handlers, 'court:get', { id: 'basic-530102' })).address).toBe('滇池路1号');
    expect((await call(services.handlers, 'court:import', { source: csvSource([header, wuhua].join('\r\n')) })).updated).toBe(1);
    services.close();
  });

  it('reads a GBK file from a path, and imports 4,000 new courts in one go', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const path = join(dataDir, '法院.csv');
    writeFileSync(path, iconv.encode('法院名称,审级,区划代码,地址\n某某法院,基层,530102,昆明市五华区某路1号\n', 'gbk'));
    expect(await call(services.handlers, 'court:import', { source: { path } })).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await call(services.handlers, 'court:search', { query: '某某法院' }))[0]?.address).toBe('昆明市五华区某路1号');
    const rows = Array.from({ length: 4000 }, (_, i) => `新设第${i + 1}法院,基层,530102,`);
    const started = performance.now();
    expect(await call(services.handlers, 'court:import', { source: csvSource(['法院名称,审级,区划代码,地址', ...rows].join('\n')) })).toMatchObject({ created: 4000 });
    // Rebuilding the directory after every row took minutes; one build for the whole import takes well under that.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect((await call(services.handlers, 'court:info', {})).counts.user).toBe(4001);
    services.close();
  });

  it('imports nothing when any row is bad, and says which row', async () => {
    const services = openTestServices(tempDir());
    const csv = '编号,法院名称,审级,区划代码,地址\nbasic-530102,昆明市五华区人民法院,基层,530102,新地址\n,新法院,基层,999999,\n';
    const error = await expectError(() => call(services.handlers, 'court:import', { source: csvSource(csv) }), 'invalid-input');
    expect(error.location.row).toBe(3);
    expect(error.text.zh).toContain('第 3 行');
    expect((await call(services.handlers, 'court:get', { id: 'basic-530102' })).address).toBe('');
    expect((await call(services.handlers, 'court:info', {})).counts.user).toBe(0);
    services.close();
  });
});

describe('jurisdiction of a case', () => {
  it('stores the facts, audits them, and flows the chosen court and reason into the complaint', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const { cases } = await seedProfiles(services.handlers);
    const created = await call(services.handlers, 'case:create', { values: caseInput.parse({ ...cases[1]!, courtName: '' }) });
    const before = await call(services.handlers, 'jurisdiction:get', { caseId: created.id });
    expect(before.advice.candidates.map((c) => c.courtName)).toEqual(['楚雄市人民法院', '昆明市五华区人民法院']);
    expect(before.advice.ruledOut[0]?.reasons[0]?.code).toBe('habitual-no-date');

    const saved = await call(services.handlers, 'jurisdiction:save', {
      caseId: created.id,
      facts: { habitualSince: '2024-03-01', habitualProof: '昆明市居住证' },
      plaintiffLocation: { divisionCode: '530102', isBranch: true },
    });
    expect(saved.advice.candidates[0]?.courtName).toBe('昆明市官渡区人民法院');
    expect(saved.plaintiffLocation.divisionCode).toBe('530102');

    const chosen = await call(services.handlers, 'jurisdiction:choose', { caseId: created.id, courtId: 'basic-530111' });
    expect(chosen.caseCourtName).toBe('昆明市官渡区人民法院');
    expect(chosen.chosen).toMatchObject({ courtId: 'basic-530111', bases: ['habitual-residence'] });
    expect(chosen.chosen?.reasons[0]?.citation.zh).toContain('第二十二条');
    expect((await call(services.handlers, 'case:get', { id: created.id })).courtName).toBe('昆明市官渡区人民法院');

    const trail = auditTrail(services.context.db, 'case', created.id);
    const last = trail.at(-1)!;
    expect(JSON.parse(last.before_json!).courtName).toBe('');
    expect(JSON.parse(last.after_json!).courtName).toBe('昆明市官渡区人民法院');
    expect(trail.some((t) => t.after_json?.includes('jurisdictionFacts'))).toBe(true);

    const [docx] = await call(services.handlers, 'document:generate', { caseId: created.id, templateId: 'complaint', formats: ['docx'] });
    expect(docxText(docx!.path)).toContain('昆明市官渡区人民法院');
    services.close();
  });

  it('deletes a case’s jurisdiction facts with the case', async () => {
    const services = openTestServices(tempDir());
    const { cases } = await seedProfiles(services.handlers);
    const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    await call(services.handlers, 'jurisdiction:save', { caseId: created.id, facts: { whereaboutsUnknown: true } });
    await services.handlers['case:delete']({ id: created.id });
    const left = services.context.db.prepare('SELECT count(*) AS n FROM case_jurisdiction').get() as { n: number };
    expect(left.n).toBe(0);
    services.close();
  });

  it('refuses a ruled-out court, an unknown division code and a future residence date', async () => {
    const services = openTestServices(tempDir());
    const { cases } = await seedProfiles(services.handlers);
    const created = await call(services.handlers, 'case:create', { values: caseInput.parse(cases[1]!) });
    const conflict = await expectError(() => call(services.handlers, 'jurisdiction:choose', { caseId: created.id, courtId: 'basic-530111' }), 'conflict');
    expect(conflict.text.zh).toContain('一年');
    const bad = await expectError(() => call(services.handlers, 'jurisdiction:save', { caseId: created.id, facts: { registeredDivision: '999999' } }), 'invalid-input');
    expect(bad.location.field).toBe('registeredDivision');
    await expectError(() => call(services.handlers, 'jurisdiction:save', { caseId: created.id, facts: { habitualSince: '2027-01-01' } }), 'invalid-input');
    services.close();
  });

  it('prices the fees on the claim total for the likely procedure', async () => {
    const services = openTestServices(tempDir());
    const { cases } = await seedProfiles(services.handlers);
    const created = await call(services.handlers, 'case:create', { values: caseInput.parse(cases[2]!) });
    const view = await call(services.handlers, 'jurisdiction:get', { caseId: created.id });
    // 19,870.05 + 2,133.60 + 600 + 80 = 22,683.65 → 50 + 12,683.65 × 2.5 % = 367.09125 → 367.09, halved (simplified) 183.55
    expect(view.advice.amountFen).toBe(2_268_365);
    expect(view.fees.acceptance.fullFen).toBe(36_709);
    expect(view.fees.acceptance.payableFen).toBe(18_355);
    services.close();
  });
});

describe('small-claims thresholds', () => {
  it('layers the user’s rows over the bundled ones and uses them for the procedure', async () => {
    const services = openTestServices(tempDir());
    const bundled = await call(services.handlers, 'threshold:list', {});
    expect(bundled.map((t) => t.id)).toContain('320000-2026-01-04');
    expect(bundled.find((t) => t.id === '310000-2022-08-23')?.mandatoryLimitFen).toBe(6_837_850);
    expect((await call(services.handlers, 'procedure:calculate', { province: '云南', amount: '10000', date: '2026-11-28', whereaboutsUnknown: false, consent: false })).outcome).toBe('threshold-unknown');
    await call(services.handlers, 'threshold:save', { values: { provinceCode: '530000', mandatoryLimit: '50000', agreementLimit: '200000', wageYear: 2025, inForceFrom: '2026-06-01', source: '测试来源' } });
    const yunnan = await call(services.handlers, 'procedure:calculate', { province: '云南省', amount: '50000', date: '2026-11-28', whereaboutsUnknown: false, consent: false });
    expect(yunnan.outcome).toBe('small-claims-mandatory');
    expect(yunnan.threshold?.source).toBe('测试来源');
    await call(services.handlers, 'threshold:delete', { id: '320000-2026-01-04' });
    const jiangsu = await call(services.handlers, 'procedure:calculate', { province: '32', amount: '61000', date: '2026-11-28', whereaboutsUnknown: false, consent: false });
    expect(jiangsu.threshold?.inForceFrom).toBe('2024-01-06');
    expect(jiangsu.outcome).toBe('small-claims-by-consent');
    services.close();
  });
});
