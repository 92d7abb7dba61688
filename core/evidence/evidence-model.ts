import { z } from 'zod';
import { evidenceKinds } from './evidence-kinds';
import type { EvidenceKind } from './evidence-kinds';

/**
 * An evidence item (证据, GLOSSARY `evidenceItem`): a file stored once by its SHA-256 under the data
 * folder and never modified, with what it is, what it proves, the period it covers and where it came
 * from (CPL 124(4): evidence and its source). Facts the completeness rules compare against the case
 * are recorded on the item: the name and ID number on an application form, and whether a card
 * agreement comes with its key-term notice (提示说明, CC 496; 合同编通则解释 art. 10).
 */

/** File types the store accepts. */
export const evidenceFileTypes = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'] as const;
export type EvidenceFileType = (typeof evidenceFileTypes)[number];

/** The media type of each accepted file type. */
export const evidenceMimeTypes: Record<EvidenceFileType, string> = {
  pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const optionalDate = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'YYYY-MM-DD').default('');

/** What the user says about an item. */
export const evidenceMetaInput = z.object({
  kind: z.enum(evidenceKinds),
  title: z.string().trim().max(120).default(''),
  proves: z.string().trim().max(500).default(''),
  periodFrom: optionalDate,
  periodTo: optionalDate,
  source: z.string().trim().max(120).default(''),
  /** Left out of the evidence list (e.g. the proof of a flagged contact record). */
  excluded: z.boolean().default(false),
  /** The cardholder's name and ID number as written on an application form. */
  recordedName: z.string().trim().max(60).default(''),
  recordedIdNumber: z.string().trim().max(18).default(''),
  /** A card agreement with its key-term notice (highlighted clauses, signed declaration). */
  hasKeyTermNotice: z.boolean().default(false),
});
export type EvidenceMetaInput = z.input<typeof evidenceMetaInput>;
export type EvidenceMeta = z.output<typeof evidenceMetaInput>;

/** A stored evidence item. */
export type EvidenceItem = EvidenceMeta & {
  id: number;
  caseId: number;
  kind: EvidenceKind;
  fileName: string;
  fileType: EvidenceFileType;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  pageCount: number | null;
  addedAt: string;
};

/** Base64 of a file as it travels over IPC or the bridge; the size limit is checked on the bytes. */
export const base64Content = z.string().max(300 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** One file to attach. */
export const evidenceFileInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: base64Content,
});
