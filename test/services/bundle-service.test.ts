import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { OperationName } from '../../core/contract';
import { renderDocx } from '../../core/documents/render-docx';
import { auditTrail } from '../../electron/db/audit-log';
import { seedDemoEvidence } from '../../electron/services/demo-evidence';
import { dispatch } from '../../electron/services/dispatch';
import { createEvidenceStore } from '../../electron/services/evidence-store';
import { qpdfCheck, squashedPageTexts } from '../support/bundle-inspect';
import { textPdf } from '../support/bundle-sources';
import { testFonts } from '../support/fonts';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** A demo case with its demo evidence (PDFs and a PNG scan), as `dossier demo` seeds it. */
async function caseWithEvidence() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const call = async (name: OperationName, input: unknown) => {
    const result = await dispatch(services.handlers, name, input);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  await seedDemoEvidence(call, 0, created.id, await testFonts());
  return { ...services, dataDir, caseId: created.id, call };
}

describe('bundle service', () => {
  it('plans the evidence in default order and leaves out what cannot be paginated, with the reason', async () => {
    const { handlers, caseId, close } = await caseWithEvidence();
    try {
      const plan = await handlers['bundle:plan']({ caseId });
      const items = await handlers['evidence:list']({ caseId });
      expect(plan.defaultOrder.length).toBe(items.filter((i) => !i.excluded && ['pdf', 'jpeg', 'png'].includes(i.fileType)).length);
      expect(plan.items.slice(0, plan.defaultOrder.length).map((i) => i.evidenceId)).toEqual(plan.defaultOrder);
    } finally {
      close();
    }
  });

  it('builds a preview, serves it, then saves the bundle among the case documents with an audit record', async () => {
    const { handlers, caseId, context, close } = await caseWithEvidence();
    try {
      const plan = await handlers['bundle:plan']({ caseId });
      const order = [...plan.defaultOrder].reverse();
      const preview = await handlers['bundle:build']({ caseId, order, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
      expect(preview.saved).toBe(false);
      expect(preview.order).toEqual(order);
      expect(preview.files).toHaveLength(1);
      const file = preview.files[0]!;
      expect(createHash('sha256').update(readFileSync(file.path)).digest('hex')).toBe(file.sha256);
      expect(qpdfCheck(file.path).ok).toBe(true);
      // The chosen order: the first exhibit is the last item of the default order.
      const first = plan.items.find((i) => i.evidenceId === order[0])!;
      expect(preview.report.exhibits[0]!.title).toBe(first.title);
      expect(preview.report.exhibits[0]!.sha256).toBe(first.sha256);
      const texts = squashedPageTexts(file.path);
      expect(texts).toHaveLength(preview.report.pageCount);
      texts.forEach((text, i) => expect(text).toContain(`—${i + 1}—`));

      const content = await handlers['bundle:preview']({ caseId, volume: 1 });
      expect(Buffer.from(content.contentBase64, 'base64').equals(readFileSync(file.path))).toBe(true);

      const saved = await handlers['bundle:build']({ caseId, order, save: true, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
      expect(saved.saved).toBe(true);
      const documents = await handlers['document:list']({ caseId });
      const bundle = documents.find((d) => d.id === saved.files[0]!.documentId)!;
      expect(bundle.templateId).toBe('evidence-bundle');
      expect(bundle.sha256).toBe(saved.files[0]!.sha256);
      expect(existsSync(bundle.path)).toBe(true);
      expect(bundle.fileName).toBe('证据材料-李晓梅.pdf');
      const trail = auditTrail(context.db, 'case', caseId).filter((entry) => entry.action === 'generate');
      expect(JSON.parse(trail.at(-1)!.after_json!).bundle.order).toEqual(order);
    } finally {
      close();
    }
  });

  it('reports one progress event per exhibit, done running 1 … n of n, with the exhibit named in both languages', async () => {
    const { handlers, caseId, progress, close } = await caseWithEvidence();
    try {
      const plan = await handlers['bundle:plan']({ caseId });
      const n = plan.defaultOrder.length;
      expect(n).toBeGreaterThan(2);
      await handlers['bundle:build']({ caseId, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
      expect(progress.map((e) => e.done)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(progress.every((e) => e.total === n && e.operation === 'bundle:build')).toBe(true);
      expect(new Set(progress.map((e) => e.jobId)).size).toBe(1);
      expect(progress[2]!.message).toEqual({ zh: `已编入证据三（3/${n}）`, en: `Added exhibit 3 of ${n}` });
      // A second run is a new job.
      await handlers['bundle:build']({ caseId, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
      expect(progress).toHaveLength(2 * n);
      expect(progress[n]!.jobId).not.toBe(progress[0]!.jobId);
    } finally {
      close();
    }
  });

  it('refuses an order naming another case\u2019s item or a Word file, and writes nothing', async () => {
    const { handlers, caseId, dataDir, close } = await caseWithEvidence();
    try {
      await expect(handlers['bundle:build']({ caseId, order: [99_999], save: true, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 }))
        .rejects.toMatchObject({ code: 'not-found' });
      const docx = await renderDocx({ title: '说明', meta: { templateId: 't', templateVersion: '1', dataHash: 'x' }, blocks: [{ kind: 'title', text: '说明' }] });
      const word = await handlers['evidence:add']({ caseId, fileName: '说明.docx', meta: {}, contentBase64: Buffer.from(docx).toString('base64') });
      const plan = await handlers['bundle:plan']({ caseId });
      expect(plan.items.find((i) => i.evidenceId === word.id)?.leftOut?.zh).toContain('PDF');
      await expect(handlers['bundle:build']({ caseId, order: [word.id], save: true, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 }))
        .rejects.toMatchObject({ code: 'invalid-input', location: { file: '说明.docx' } });
      expect((await handlers['document:list']({ caseId })).filter((d) => d.templateId === 'evidence-bundle')).toEqual([]);
      expect(existsSync(`${dataDir}/documents/case-${caseId}`)).toBe(false);
    } finally {
      close();
    }
  });

  it('names the damaged file when a stored source was altered behind the app\u2019s back', async () => {
    const { handlers, caseId, dataDir, close } = await caseWithEvidence();
    try {
      const added = await handlers['evidence:add']({ caseId, fileName: '补充对账单.pdf', meta: { kind: 'statement' }, contentBase64: Buffer.from(await textPdf('Extra', 2)).toString('base64') });
      const path = createEvidenceStore(dataDir).pathOf(added.sha256);
      chmodSync(path, 0o644);
      writeFileSync(path, readFileSync(path).subarray(0, 400));
      await expect(handlers['bundle:build']({ caseId, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 }))
        .rejects.toMatchObject({ location: { file: '补充对账单.pdf' } });
    } finally {
      close();
    }
  });
});

