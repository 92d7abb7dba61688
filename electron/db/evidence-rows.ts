import type { EvidenceKind } from '../../core/evidence/evidence-kinds';
import type { EvidenceFileType, EvidenceItem } from '../../core/evidence/evidence-model';

/** evidence_items row ⇄ EvidenceItem: the one place that knows the table's column names. */
export type EvidenceRow = {
  id: number; case_id: number; kind: string; title: string; proves: string; period_from: string; period_to: string;
  source: string; excluded: number; recorded_name: string; recorded_id_number: string; has_key_term_notice: number;
  file_name: string; file_type: string; mime_type: string; size_bytes: number; sha256: string; page_count: number | null; added_at: string;
};

/** evidence_items row → EvidenceItem. */
export function evidenceFromRow(row: EvidenceRow): EvidenceItem {
  return {
    id: row.id, caseId: row.case_id, kind: row.kind as EvidenceKind, title: row.title, proves: row.proves,
    periodFrom: row.period_from, periodTo: row.period_to, source: row.source, excluded: row.excluded === 1,
    recordedName: row.recorded_name, recordedIdNumber: row.recorded_id_number, hasKeyTermNotice: row.has_key_term_notice === 1,
    fileName: row.file_name, fileType: row.file_type as EvidenceFileType, mimeType: row.mime_type, sizeBytes: row.size_bytes,
    sha256: row.sha256, pageCount: row.page_count, addedAt: row.added_at,
  };
}

/** EvidenceItem (without id) → named parameters for evidence_items. */
export function evidenceToRow(item: Omit<EvidenceItem, 'id'>): Omit<EvidenceRow, 'id'> {
  return {
    case_id: item.caseId, kind: item.kind, title: item.title, proves: item.proves, period_from: item.periodFrom, period_to: item.periodTo,
    source: item.source, excluded: item.excluded ? 1 : 0, recorded_name: item.recordedName, recorded_id_number: item.recordedIdNumber,
    has_key_term_notice: item.hasKeyTermNotice ? 1 : 0, file_name: item.fileName, file_type: item.fileType, mime_type: item.mimeType,
    size_bytes: item.sizeBytes, sha256: item.sha256, page_count: item.pageCount, added_at: item.addedAt,
  };
}
