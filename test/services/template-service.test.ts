import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { DossierError } from '../../core/errors';
import { auditTrail } from '../../electron/db/audit-log';
import { pdfText, squash } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { callOperation } from '../support/call-operation';

const tempDir = useTempDir();

async function setUp() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  return { ...services, dataDir, created };
}

describe('template management', () => {
  it('lists every template with its version, edition and the inputs it takes', async () => {
    const c = await setUp();
    const templates = await c.handlers['template:list']({});
    const element = templates.find((t) => t.id === 'complaint-element-2025')!;
    expect(element).toMatchObject({ edition: '2025', group: 'complaint', source: 'bundled', versionCount: 1, version: '2026.2' });
    expect(element.inputs).toContain('complaint');
    expect(templates.find((t) => t.id === 'complaint')!.group).toBe('complaint');
    expect(templates.find((t) => t.id === 'settlement-agreement')!.inputs).toEqual(['settlement', 'proceedings']);
    c.close();
  });

  it('refuses to save an edit with errors, listing them with their lines', async () => {
    const c = await setUp();
    const detail = await c.handlers['template:get']({ templateId: 'withdrawal-application' });
    const broken = detail.body.replace('{{ defendant.name }}', '{{ defendant.nickname }}');
    const issues = await c.handlers['template:validate']({ templateId: 'withdrawal-application', draft: { title: detail.summary.title, required: detail.required, body: broken } });
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(1);
    expect(issues[0]!.line).toBeGreaterThan(1);
    const error = await callOperation(c.handlers, 'template:save-version', { templateId: 'withdrawal-application', draft: { title: detail.summary.title, required: detail.required, body: broken }, note: '' }).then(() => null, (e: unknown) => e);
    expect((error as DossierError).code).toBe('template-error');
    expect((await c.handlers['template:list']({})).find((t) => t.id === 'withdrawal-application')!.versionCount).toBe(1);
    c.close();
  });

  it('saves an edit as a new version used from then on; earlier documents keep the version they used', async () => {
    const c = await setUp();
    const inputs = { proceedings: { courtCaseNumber: '（2026）云0103民初7号' } };
    const first = await c.handlers['document:generate']({ caseId: c.created.id, templateId: 'withdrawal-application', formats: ['pdf'], inputs });
    expect(first[0]!.templateVersion).toBe('2026.2');
    const detail = await c.handlers['template:get']({ templateId: 'withdrawal-application' });
    const body = detail.body.replace('请予准许。', '请予准许。本申请经本行法务部审核。');
    const saved = await c.handlers['template:save-version']({ templateId: 'withdrawal-application', draft: { title: '撤诉申请书', required: detail.required, body }, note: '加入审核说明' });
    expect(saved).toMatchObject({ version: '2026.2-u1', source: 'user', basedOn: '2026.2', note: '加入审核说明', createdBy: 'test' });
    const second = await c.handlers['document:generate']({ caseId: c.created.id, templateId: 'withdrawal-application', formats: ['pdf'], inputs });
    expect(second[0]!.templateVersion).toBe('2026.2-u1');
    expect(squash(pdfText(second[0]!.path))).toContain('本申请经本行法务部审核');
    expect(squash(pdfText(first[0]!.path))).not.toContain('本申请经本行法务部审核');
    // The bundled version stays available by name, read-only.
    const again = await c.handlers['document:generate']({ caseId: c.created.id, templateId: 'withdrawal-application', formats: ['pdf'], inputs, templateVersion: '2026.2' });
    expect(squash(pdfText(again[0]!.path))).not.toContain('本申请经本行法务部审核');
    const listed = await c.handlers['document:list']({ caseId: c.created.id });
    expect(listed.map((d) => d.templateVersion).sort()).toEqual(['2026.2', '2026.2', '2026.2-u1']);
    const versions = (await c.handlers['template:get']({ templateId: 'withdrawal-application' })).versions;
    expect(versions.map((v) => [v.version, v.source])).toEqual([['2026.2', 'bundled'], ['2026.2-u1', 'user']]);
    expect(auditTrail(c.context.db, 'template', 1).map((a) => a.action)).toEqual(['create']);
    const next = await c.handlers['template:save-version']({ templateId: 'withdrawal-application', draft: { title: '撤诉申请书', required: detail.required, body }, note: '' });
    expect(next.version).toBe('2026.2-u2');
    c.close();
  });

  it('previews any template as a PDF for a chosen case, a draft included, or for the fictional sample', async () => {
    const c = await setUp();
    const preview = await c.handlers['template:preview']({ templateId: 'power-of-attorney', caseId: c.created.id });
    expect(preview.pageCount).toBe(1);
    const path = join(c.dataDir, 'preview.pdf');
    writeFileSync(path, Buffer.from(preview.pdfBase64, 'base64'));
    expect(squash(pdfText(path))).toContain(c.created.defendant.name);
    const detail = await c.handlers['template:get']({ templateId: 'power-of-attorney' });
    const draft = { title: '授权委托书', required: detail.required, body: detail.body.replace('# 授权委托书', '# 授权委托书（草稿）') };
    const drafted = await c.handlers['template:preview']({ templateId: 'power-of-attorney', draft });
    writeFileSync(path, Buffer.from(drafted.pdfBase64, 'base64'));
    expect(squash(pdfText(path))).toContain('授权委托书（草稿）');
    expect(squash(pdfText(path))).toContain('孙样本');
    expect(drafted.templateVersion).toBe('2026.2+draft');
    expect(drafted.issues).toEqual([]);
    // Nothing was recorded: previews are not documents.
    expect(await c.handlers['document:list']({ caseId: c.created.id })).toEqual([]);
    c.close();
  });
});
