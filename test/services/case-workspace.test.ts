import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../electron/db/audit-log';
import { openServices } from '../../electron/services/open-services';
import { ok, refused } from '../support/dispatch-call';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Services with the demo profiles and the first demo case (today: 2026-11-28). */
async function withCase(dataDir = tempDir()) {
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await ok(services.handlers, 'case:create', { values: cases[0]! });
  return { ...services, dataDir, caseId: created.id, created };
}

describe('case:overview', () => {
  it('shows an intake case with no 案号 and the readiness counts of the readiness check', async () => {
    const { handlers, caseId, created, close } = await withCase();
    const overview = await ok(handlers, 'case:overview', { id: caseId });
    const report = await ok(handlers, 'readiness:check', { caseId });
    const tracking = await ok(handlers, 'tracking:get', { caseId });
    expect(overview).toMatchObject({
      caseId, defendantName: created.defendant.name, courtName: created.courtName, stage: tracking.state.stage, courtCaseNumber: '',
      readiness: { ready: report.ready, blockers: report.blockers, warnings: report.warnings },
    });
    close();
  });

  it('follows the tracking events: the stage and 案号 of an accepted case and its next open deadline', async () => {
    const { handlers, caseId, close } = await withCase();
    for (const type of ['marked-ready', 'filed'] as const) await ok(handlers, 'event:add', { caseId, event: { type, date: '2026-11-02' } });
    await ok(handlers, 'event:add', { caseId, event: { type: 'accepted', date: '2026-11-09', details: { courtCaseNumber: '（2026）云0103民初4321号' } } });
    await ok(handlers, 'event:add', { caseId, event: { type: 'hearing', date: '2026-12-15' } });
    const overview = await ok(handlers, 'case:overview', { id: caseId });
    const tracking = await ok(handlers, 'tracking:get', { caseId });
    expect(overview.stage).toBe(tracking.state.stage);
    expect(overview.stage).toBe('hearing');
    expect(overview.courtCaseNumber).toBe('（2026）云0103民初4321号');
    const open = tracking.deadlines.filter((d) => !d.done).sort((a, b) => a.date.localeCompare(b.date));
    expect(open.length).toBeGreaterThan(0);
    expect(overview.nextDeadline).toEqual({ date: open[0]!.date, title: open[0]!.title, daysLeft: expect.any(Number) as number });
    close();
  });

  it('refuses a case that does not exist', async () => {
    const { handlers, close } = await withCase();
    expect((await refused(handlers, 'case:overview', { id: 999 })).code).toBe('not-found');
    close();
  });
});

describe('generated files: content and delete', () => {
  async function withDocuments() {
    const c = await withCase();
    const documents = await ok(c.handlers, 'document:generate', { caseId: c.caseId, templateId: 'complaint', formats: ['docx', 'pdf'] });
    return { ...c, pdf: documents.find((d) => d.format === 'pdf')!, docx: documents.find((d) => d.format === 'docx')! };
  }

  it('reads a generated PDF back for the preview', async () => {
    const { handlers, pdf, close } = await withDocuments();
    const content = await ok(handlers, 'document:content', { documentId: pdf.id });
    expect(content.fileName).toBe(pdf.fileName);
    expect(Buffer.from(content.base64, 'base64').equals(readFileSync(pdf.path))).toBe(true);
    close();
  });

  it('deletes the file and its record and writes the deletion to the case audit trail', async () => {
    const { handlers, context, caseId, pdf, docx, close } = await withDocuments();
    expect(await ok(handlers, 'document:delete', { documentId: pdf.id })).toEqual({ deleted: true });
    expect(existsSync(pdf.path)).toBe(false);
    expect(existsSync(docx.path)).toBe(true);
    expect((await ok(handlers, 'document:list', { caseId })).map((d) => d.id)).toEqual([docx.id]);
    // Nothing left over beside the remaining file (the file moved aside while deleting is gone too).
    expect(readdirSync(join(pdf.path, '..'))).toEqual([docx.fileName]);
    const last = auditTrail(context.db, 'case', caseId).at(-1)!;
    expect(last.action).toBe('delete');
    expect(JSON.parse(last.before_json!)).toMatchObject({ id: pdf.id, fileName: pdf.fileName, sha256: pdf.sha256 });
    expect((await refused(handlers, 'document:delete', { documentId: pdf.id })).code).toBe('not-found');
    close();
  });

  it('refuses a record whose file lies outside the data folder and leaves that file alone', async () => {
    const { handlers, context, dataDir, pdf, close } = await withDocuments();
    const outside = join(dataDir, '..', `outside-${pdf.id}.pdf`);
    writeFileSync(outside, 'not ours');
    context.db.prepare('UPDATE documents SET relative_path = ? WHERE id = ?').run(join('..', `outside-${pdf.id}.pdf`), pdf.id);
    for (const name of ['document:delete', 'document:content', 'document:open'] as const) {
      expect((await refused(handlers, name, { documentId: pdf.id })).code).toBe('forbidden');
    }
    expect(readFileSync(outside, 'utf8')).toBe('not ours');
    expect(context.db.prepare('SELECT COUNT(*) AS n FROM documents WHERE id = ?').get(pdf.id)).toEqual({ n: 1 });
    close();
  });
});

describe('exports go where the caller chooses', () => {
  it('writes the dashboard, the court directory and the deadline calendar to the given paths', async () => {
    const { handlers, dataDir, close } = await withCase();
    const target = join(dataDir, '..', `chosen-${Date.now()}`);
    mkdirSync(target);
    const dashboard = await ok(handlers, 'dashboard:export', { path: join(target, '看板.xlsx') });
    expect(dashboard.path).toBe(join(target, '看板.xlsx'));
    expect(readFileSync(dashboard.path).subarray(0, 2).toString()).toBe('PK');
    const courts = await ok(handlers, 'court:export', { path: join(target, 'courts.csv') });
    expect(readFileSync(courts.path, 'utf8')).toBe(courts.csv);
    const calendar = await ok(handlers, 'deadline:export-calendar', { path: join(target, 'deadlines.ics') });
    expect(readFileSync(calendar.path, 'utf8')).toContain('BEGIN:VCALENDAR');
    expect(readdirSync(target).sort()).toEqual(['courts.csv', 'deadlines.ics', '看板.xlsx']);
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
    close();
  });

  it('refuses a relative path, a wrong extension, a folder and a missing folder', async () => {
    const { handlers, dataDir, close } = await withCase();
    for (const path of ['dashboard.xlsx', join(dataDir, 'dashboard.csv'), join(dataDir, 'folder.xlsx'), join(dataDir, 'missing', 'd.xlsx')]) {
      if (path.endsWith('folder.xlsx')) mkdirSync(path);
      const error = await refused(handlers, 'dashboard:export', { path });
      expect(error.code).toBe('invalid-input');
      expect(error.field).toBe('path');
    }
    close();
  });

  it('asks the save dialog when no path is given, writes nothing when it is closed, and adds a missing extension', async () => {
    const dataDir = tempDir();
    const answers: (string | null)[] = [null, join(dataDir, 'my-dashboard')];
    const asked: { name: string; extensions: string[] }[] = [];
    const services = openServices({
      dataDir, actor: 'test', now: () => new Date('2026-11-28T02:00:00Z'),
      chooseSavePath: async (suggestedName, filters) => {
        asked.push({ name: suggestedName, extensions: filters.flatMap((f) => f.extensions) });
        return answers.shift() ?? null;
      },
    });
    expect(await ok(services.handlers, 'dashboard:export', {})).toEqual({ path: '', cancelled: true });
    expect(readdirSync(dataDir).filter((name) => !name.startsWith('dossier.sqlite'))).toEqual([]);
    const written = await ok(services.handlers, 'dashboard:export', {});
    expect(written.path).toBe(join(dataDir, 'my-dashboard.xlsx'));
    expect(existsSync(written.path)).toBe(true);
    expect(asked[0]).toEqual({ name: 'dashboard-20261128-100000.xlsx', extensions: ['xlsx'] });
    services.close();
  });
});
