/**
 * The evidence bundle (证据材料汇编) of a case: loads the case and its evidence items from the evidence
 * store in the chosen order (default: core/bundle/bundle-order.ts), has core build the PDF — each source
 * read from the store (hash checked) only when the build reaches it — and writes the volumes atomically.
 * A preview goes to <data>/previews/bundle/case-N (replaced by the next one); a saved bundle goes to a
 * folder of its own under documents/case-N (its volumes link to each other by file name, so their names
 * are kept exactly) with the case's audit trail (操作记录.csv) beside them, is recorded among the case's documents
 * and writes an audit record in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Handlers } from '../../core/contract';
import type { BundleAuditTrail, BundleBuild, BundleFile } from '../../core/bundle/bundle-operations';
import { buildBundle } from '../../core/bundle/build-bundle';
import { defaultBundleOptions } from '../../core/bundle/bundle-model';
import type { BundleExhibit, BundleHeader } from '../../core/bundle/bundle-model';
import { bundlePlan, leftOutReason } from '../../core/bundle/bundle-order';
import { exhibitLabel } from '../../core/bundle/exhibit-label';
import type { EvidenceItem } from '../../core/evidence/evidence-model';
import { DossierError } from '../../core/errors';
import { writeStoredFile } from './stored-file';
import { auditTableCsv, AUDIT_TRAIL_FILE, caseAuditTable } from '../audit/audit-trail-table';
import { writeAudit } from '../db/audit-log';
import { createCaseRepository } from '../db/case-repository';
import { createDocumentRepository } from '../db/document-repository';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { createTrackingRepository } from '../db/tracking-repository';
import { createVolumeFiles, nativeInflate, volumeFileName } from './bundle-files';
import type { WrittenVolume } from './bundle-files';
import { insideDataFolder } from './data-folder';
import { canonicalJson, safeFileName, sha256 } from './document-files';
import { createEvidenceStore } from './evidence-store';
import { clockOf } from './service-context';
import { sharpImageResampler } from './sharp-image-resampler';
import { readStoredFile } from './stored-file';
import type { FilesKey } from './stored-file';
import type { ServiceContext } from './service-context';

/** The template id under which saved bundles appear among a case's documents. */
export const BUNDLE_DOCUMENT_ID = 'evidence-bundle';
const PREVIEW_BASE = '证据材料预览';

/** Handlers for building, previewing and saving a case's evidence bundle. */
export function createBundleHandlers(context: ServiceContext) {
  const { db, dataDir, actor } = context;
  const clock = clockOf(context);
  const evidence = createEvidenceRepository(db);

  const mustFindCase = (caseId: number) => caseOf(context, caseId);

  /** Records saved volumes among the case's documents, with one audit record, in one transaction. */
  function record(caseId: number, written: WrittenVolume[], build: Omit<BundleBuild, 'files' | 'saved' | 'auditTrail'>): BundleFile[] {
    const documents = createDocumentRepository(db, (rel) => insideDataFolder(dataDir, rel));
    const dataHash = sha256(canonicalJson({ order: build.order, exhibits: build.report.exhibits.map((e) => e.sha256) }));
    const at = clock.timestamp();
    return db.transaction(() => {
      const files = written.map((file) => ({
        ...file,
        documentId: documents.insert({
          case_id: caseId, template_id: BUNDLE_DOCUMENT_ID, template_version: '1', format: 'pdf', file_name: file.fileName,
          relative_path: relative(dataDir, file.path), size_bytes: file.sizeBytes, sha256: file.sha256, data_hash: dataHash, created_at: at,
        }),
      }));
      writeAudit(db, {
        at, actor, entity: 'case', entityId: caseId, action: 'generate', before: null,
        after: { bundle: { order: build.order, files: files.map((f) => ({ fileName: f.fileName, sha256: f.sha256, documentId: f.documentId })), pageCount: build.report.pageCount, exhibits: build.report.exhibits } },
      });
      return files;
    }).immediate();
  }

  return {
    'bundle:plan': ({ caseId }) => {
      mustFindCase(caseId);
      return bundlePlan(caseId, evidence.listForCase(caseId));
    },

    'bundle:build': async ({ caseId, order, save, fileBaseName, maxPagesPerVolume, maxMegabytesPerVolume, maxImageDpi }) => {
      const stamp = clock.timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const folder = save
        ? freeFolder(insideDataFolder(dataDir, 'documents', `case-${caseId}`), `证据材料-${stamp}`)
        : insideDataFolder(dataDir, 'previews', 'bundle', `case-${caseId}`);
      const defendant = mustFindCase(caseId).defendant.name;
      const base = save ? safeFileName(fileBaseName ?? `证据材料-${defendant}`) : PREVIEW_BASE;
      // One event per exhibit as it goes in, so the UI shows how far a long bundle has got (never a frozen spinner).
      const jobId = randomUUID();
      const onProgress = (done: number, total: number) => context.reportProgress({
        operation: 'bundle:build', jobId, done, total,
        message: { zh: `已编入${exhibitLabel(done)}（${done}/${total}）`, en: `Added exhibit ${done} of ${total}` },
      });
      let built;
      try {
        // Kept in the data folder, so encrypted like every stored file when the store is.
        built = await buildCaseBundle(context, { caseId, order, folder, base, limits: { maxPagesPerVolume, maxMegabytesPerVolume, maxImageDpi }, onProgress, encryptWith: context.filesKey });
      } catch (error) {
        if (save) rmSync(folder, { recursive: true, force: true });
        throw error;
      }
      const { items, report, written } = built;
      const build = { caseId, order: items.map((item) => item.id), report };
      if (!save) return { ...build, saved: false, files: written.map((file) => ({ ...file, documentId: null })), auditTrail: null };
      try {
        // The trail as it stands before this bundle's own record, as a batch writes it after the case's other files.
        const auditTrail = writeAuditTrail(context, caseId, folder);
        return { ...build, saved: true, files: record(caseId, written, build), auditTrail };
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
    },

    'bundle:preview': ({ caseId, volume }) => {
      mustFindCase(caseId);
      const fileName = volumeFileName(PREVIEW_BASE, volume);
      const path = insideDataFolder(dataDir, 'previews', 'bundle', `case-${caseId}`, fileName);
      if (!existsSync(path)) throw new DossierError('not-found', { zh: '尚未生成证据材料预览，请先生成', en: 'No bundle preview yet: build one first' }, { file: fileName });
      const bytes = readStoredFile(path, fileName, context.filesKey);
      return { fileName, contentBase64: bytes.toString('base64'), sizeBytes: bytes.length };
    },
  } satisfies Partial<Handlers>;
}

/** The case, or not-found naming its id. */
function caseOf(context: ServiceContext, caseId: number) {
  const found = createCaseRepository(context.db).find(caseId);
  if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
  return found;
}

/** The items in `order`, each checked to belong to the case and to be bundleable. */
function chosenItems(context: ServiceContext, caseId: number, order: readonly number[] | undefined): EvidenceItem[] {
  const items = createEvidenceRepository(context.db).listForCase(caseId);
  const ids = order ?? bundlePlan(caseId, items).defaultOrder;
  if (ids.length === 0) {
    throw new DossierError('invalid-input', { zh: '本案没有可编入证据材料的证据（PDF、JPEG 或 PNG）', en: 'This case has no evidence that can go into a bundle (PDF, JPEG or PNG)' }, { field: 'order' });
  }
  if (new Set(ids).size !== ids.length) throw new DossierError('invalid-input', { zh: '证据顺序中有重复项', en: 'The order lists an item twice' }, { field: 'order' });
  return ids.map((id, index) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new DossierError('not-found', { zh: `本案没有编号为 ${id} 的证据`, en: `This case has no evidence item ${id}` }, { field: `order.${index}` });
    const reason = leftOutReason(item);
    if (reason) throw new DossierError('invalid-input', { zh: `证据“${item.title}”不能编入：${reason.zh}`, en: `"${item.title}" cannot go into the bundle: ${reason.en}` }, { field: `order.${index}`, file: item.fileName });
    return item;
  });
}

function headerOf(context: ServiceContext, caseId: number): BundleHeader {
  const found = caseOf(context, caseId);
  const plaintiff = createOrganisationRepository(context.db).find(found.plaintiffId)?.name ?? '';
  const courtCaseNumber = createTrackingRepository(context.db).tracking(caseId)?.court_case_number ?? '';
  return { plaintiff, defendant: found.defendant.name, cause: '信用卡纠纷', court: found.courtName, courtCaseNumber, submittedBy: plaintiff, date: clockOf(context).today() };
}

/** What a bundle is built into and with: the folder and base file name of its volumes, the limits, a progress callback. */
export type CaseBundleRequest = {
  caseId: number;
  order: readonly number[] | undefined;
  folder: string;
  base: string;
  limits: { maxPagesPerVolume: number | null; maxMegabytesPerVolume: number | null; maxImageDpi: number };
  onProgress?: (done: number, total: number) => void;
  /** The files key to encrypt the volumes with (a bundle kept in an encrypted data folder); none: plain PDF files. */
  encryptWith?: FilesKey;
};

/**
 * Builds a case's bundle into `folder` (volumes written atomically, nothing left behind on failure) and returns the
 * items in order, the report and the written volumes: the one build `bundle:build` and the batch's workers share.
 */
export async function buildCaseBundle(context: ServiceContext, request: CaseBundleRequest) {
  const header = headerOf(context, request.caseId);
  const items = chosenItems(context, request.caseId, request.order);
  const store = createEvidenceStore(context.dataDir, context.filesKey);
  const exhibits: BundleExhibit[] = items.map((item) => ({
    title: item.title, source: item.source, proves: item.proves, fileName: item.fileName, sha256: item.sha256,
    mediaType: item.fileType as BundleExhibit['mediaType'],
    // Read (and hash-checked) only when the build reaches this exhibit, then released.
    bytes: () => store.get(item.sha256, item.fileName),
  }));
  const files = createVolumeFiles(request.folder, request.base, request.encryptWith);
  const { maxPagesPerVolume, maxMegabytesPerVolume, maxImageDpi } = request.limits;
  let report;
  try {
    report = await buildBundle({
      header, exhibits, fonts: await context.loadFonts(), sink: files.sink, volumeFileName: files.volumeFileName, inflate: nativeInflate,
      onProgress: request.onProgress ?? (() => undefined),
      options: {
        ...defaultBundleOptions, maxImageDpi, maxPagesPerVolume,
        maxBytesPerVolume: maxMegabytesPerVolume === null ? null : Math.floor(maxMegabytesPerVolume * 1024 * 1024),
        createdAt: context.now(),
        // Phone photos are downsampled natively (libvips), not in JavaScript.
        resampleImage: sharpImageResampler,
      },
    });
  } catch (error) {
    files.discard();
    throw error;
  }
  // A preview replaces the previous one entirely (it may have had more volumes).
  if (request.base === PREVIEW_BASE) for (const name of readdirSync(request.folder)) if (name.startsWith(PREVIEW_BASE)) rmSync(join(request.folder, name), { force: true });
  return { header, items, report, written: files.commit() };
}

/** Writes the case's audit trail (操作记录.csv, the batch's writer) into the saved bundle's folder. */
function writeAuditTrail(context: ServiceContext, caseId: number, folder: string): BundleAuditTrail {
  const table = caseAuditTable(context.db, caseId);
  const bytes = auditTableCsv(table);
  const fileName = `${AUDIT_TRAIL_FILE}.csv`;
  const path = join(folder, fileName);
  // Stored like the volumes beside it: encrypted in an encrypted store.
  writeStoredFile(path, bytes, context.filesKey);
  return { fileName, path, sizeBytes: bytes.length, sha256: sha256(bytes), records: table.rows.length };
}

/** A folder under `parent` no earlier bundle uses (two saves within a second get -2, -3 …). */
function freeFolder(parent: string, name: string): string {
  for (let n = 1; ; n++) {
    const candidate = insideDataFolder(parent, n === 1 ? name : `${name}-${n}`);
    if (!existsSync(candidate)) return candidate;
  }
}
