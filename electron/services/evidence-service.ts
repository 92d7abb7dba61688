import type { Handlers } from '../../core/contract';
import { evidenceKindInfo, kindFromFileName } from '../../core/evidence/evidence-kinds';
import type { EvidenceKind } from '../../core/evidence/evidence-kinds';
import type { EvidenceItem, EvidenceMetaInput } from '../../core/evidence/evidence-model';
import type { EvidenceAdded, EvidenceSaved } from '../../core/evidence/evidence-operations';
import { cleanEvidenceText } from '../../core/evidence/evidence-text';
import { withoutInvisible } from '../../core/text/invisible-characters';
import type { EvidenceTextChange } from '../../core/evidence/evidence-text';
import { evidenceMetaInput } from '../../core/evidence/evidence-model';
import { matchFilesToCases } from '../../core/evidence/file-name-match';
import { DossierError } from '../../core/errors';
import { writeAudit } from '../db/audit-log';
import { createCaseRepository } from '../db/case-repository';
import { createEvidenceRepository } from '../db/evidence-repository';
import { createEvidenceSettingsRepository } from '../db/evidence-settings-repository';
import { inspectEvidenceFile } from './evidence-inspect';
import type { InspectedFile } from './evidence-inspect';
import { createEvidenceStore, sha256Hex } from './evidence-store';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** A file's name without folders or extension, as a default title. */
function baseTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.replace(/\.[^.]+$/, '').slice(0, 120);
}

/** The file name as stored: the last path segment only. */
function plainName(fileName: string): string {
  return (fileName.split(/[\\/]/).at(-1) ?? fileName).slice(0, 255);
}

function decodeBase64(text: string): Buffer {
  return Buffer.from(text, 'base64');
}

/** A new item ready to insert, with its file's bytes and the changes made to its words. */
type Prepared = { item: Omit<EvidenceItem, 'id'>; bytes: Buffer; changes: EvidenceTextChange[] };
/** The original of an attached item whose stored copy is damaged, given again. */
type Repair = { repair: EvidenceItem; bytes: Buffer };

/** Handlers for evidence items: attach (single or many, all or nothing), describe, remove, read back, match file names to cases. */
export function createEvidenceHandlers(context: ServiceContext) {
  const { db, actor } = context;
  const clock = clockOf(context);
  const items = createEvidenceRepository(db);
  const cases = createCaseRepository(db);
  const settings = createEvidenceSettingsRepository(db);
  const store = createEvidenceStore(context.dataDir, context.filesKey);

  function mustFindCase(caseId: number): void {
    if (!cases.find(caseId)) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
  }
  function mustFind(id: number): EvidenceItem {
    const found = items.find(id);
    if (!found) throw new DossierError('not-found', { zh: `找不到证据（编号 ${id}）`, en: `No evidence item with id ${id}` });
    return found;
  }

  /** Checks one file and prepares its row; nothing is written. */
  async function prepare(caseId: number, fileName: string, bytes: Buffer, meta: Partial<EvidenceMetaInput>): Promise<Prepared | Repair> {
    const inspected: InspectedFile = await inspectEvidenceFile(bytes, fileName, settings.get().maxFileMegabytes * 1024 * 1024);
    const sha256 = sha256Hex(bytes);
    const existing = items.findByHash(caseId, sha256);
    if (existing && store.stateOf(sha256) !== 'intact') return { repair: existing, bytes };
    if (existing) {
      throw new DossierError('conflict', {
        zh: `文件“${fileName}”已作为证据“${existing.title}”（编号 ${existing.id}）添加到本案，未重复保存`,
        en: `The file "${fileName}" is already attached to this case as "${existing.title}" (item ${existing.id})`,
      }, { file: fileName });
    }
    const kind: EvidenceKind = meta.kind ?? kindFromFileName(fileName) ?? 'other';
    const parsed = evidenceMetaInput.parse({ ...meta, kind });
    // The words the bundle prints are checked now, against the bundle's own font, so the bundle cannot fail on them later.
    const { texts, changes } = cleanEvidenceText({
      // A title of nothing but invisible characters is no title: the file's name stands in, as for an empty one.
      title: withoutInvisible(parsed.title) ? parsed.title : baseTitle(fileName),
      proves: parsed.proves || evidenceKindInfo[kind].proves.zh,
      source: parsed.source || evidenceKindInfo[kind].source,
      fileName: plainName(fileName),
    }, (await context.loadFonts()).regular, fileName);
    const item: Omit<EvidenceItem, 'id'> = {
      ...parsed, ...texts, caseId, sha256, sizeBytes: bytes.length, addedAt: clock.timestamp(), ...inspected,
    };
    return { item, bytes, changes };
  }

  /**
   * The original of an item whose stored copy was changed or lost, added again: the copy is rewritten atomically
   * from these bytes (their SHA-256 is the one the item records) and the repair goes into the case's audit trail.
   */
  function repairCopy(existing: EvidenceItem, bytes: Buffer): EvidenceAdded {
    const { found } = store.putReporting(bytes);
    if (found === 'intact') return existing;
    db.transaction(() => {
      writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: existing.caseId, action: 'update', before: null, after: { evidenceCopyRepaired: { id: existing.id, sha256: existing.sha256, found } } });
    }).immediate();
    return { ...existing, repairedCopy: found };
  }

  /** Stores the files, then inserts the rows with their audit records in one transaction. */
  function commit(prepared: Prepared[]): EvidenceAdded[] {
    // A copy is repaired only when an item already names the hash; a first copy of a new file is simply stored.
    const named = db.prepare('SELECT 1 FROM evidence_items WHERE sha256 = ? LIMIT 1');
    const found = prepared.map(({ bytes, item }) => {
      const known = named.get(item.sha256) !== undefined;
      const state = store.putReporting(bytes).found;
      return known ? state : 'intact';
    });
    return db.transaction(() =>
      prepared.map(({ item, changes }, index) => {
        const id = items.insert(item);
        const after = mustFind(id);
        writeAudit(db, { at: item.addedAt, actor, entity: 'case', entityId: item.caseId, action: 'update', before: null, after: { evidenceAdded: after } });
        const state = found[index]!;
        return { ...after, ...(changes.length > 0 ? { textChanges: changes } : {}), ...(state === 'intact' ? {} : { repairedCopy: state }) };
      }),
    ).immediate();
  }

  return {
    'evidence:list': ({ caseId }) => {
      mustFindCase(caseId);
      return items.listForCase(caseId);
    },
    'evidence:add': async ({ caseId, fileName, contentBase64, meta }) => {
      mustFindCase(caseId);
      const prepared = await prepare(caseId, fileName, decodeBase64(contentBase64), meta);
      return 'repair' in prepared ? repairCopy(prepared.repair, prepared.bytes) : commit([prepared])[0]!;
    },
    'evidence:add-many': async ({ files }) => {
      const prepared: Prepared[] = [];
      const repairs: Repair[] = [];
      const seen = new Set<string>();
      for (const file of files) {
        mustFindCase(file.caseId);
        const bytes = decodeBase64(file.contentBase64);
        const key = `${file.caseId}:${sha256Hex(bytes)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const one = await prepare(file.caseId, file.fileName, bytes, file.kind ? { kind: file.kind } : {});
        if ('repair' in one) repairs.push(one);
        else prepared.push(one);
      }
      return [...repairs.map((r) => repairCopy(r.repair, r.bytes)), ...commit(prepared)];
    },
    'evidence:update': async ({ id, meta }) => {
      const fonts = await context.loadFonts();
      return db.transaction((): EvidenceSaved => {
        const before = mustFind(id);
        const kindInfo = evidenceKindInfo[meta.kind];
        const { texts, changes } = cleanEvidenceText({
          title: withoutInvisible(meta.title) ? meta.title : before.title, proves: meta.proves || kindInfo.proves.zh, source: meta.source || kindInfo.source,
        }, fonts.regular, before.fileName);
        items.updateMeta(id, { ...before, ...meta, ...texts });
        const after = mustFind(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: before.caseId, action: 'update', before: { evidence: before }, after: { evidence: after } });
        return changes.length > 0 ? { ...after, textChanges: changes } : after;
      }).immediate();
    },
    'evidence:delete': ({ id }) =>
      db.transaction(() => {
        const before = mustFind(id);
        // The stored file stays: the store is append-only and the audit trail names its hash.
        items.remove(id);
        writeAudit(db, { at: clock.timestamp(), actor, entity: 'case', entityId: before.caseId, action: 'update', before: { evidenceRemoved: before }, after: null });
        return { deleted: true as const };
      }).immediate(),
    'evidence:content': ({ id }) => {
      const item = mustFind(id);
      return { fileName: item.fileName, fileType: item.fileType, mimeType: item.mimeType, contentBase64: store.get(item.sha256, item.fileName).toString('base64') };
    },
    'evidence:match-files': ({ fileNames }) =>
      matchFilesToCases(fileNames, cases.summaries('').map((c) => ({ id: c.id, defendantName: c.defendantName, cardNumber: c.cardNumber, residentId: c.residentId }))),
  } satisfies Partial<Handlers>;
}
