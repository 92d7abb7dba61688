import { z } from 'zod';
import { operation } from '../operation';
import type { EvidenceFileType, EvidenceItem } from './evidence-model';
import { base64Content, evidenceFileInput, evidenceMetaInput } from './evidence-model';
import { evidenceKinds } from './evidence-kinds';
import type { FileMatch } from './file-name-match';
import type { EvidenceTextChange } from './evidence-text';

const id = z.number().int().positive();

/** A stored file's bytes for preview (base64, so it travels over IPC and the bridge alike). */
export type EvidenceContent = { fileName: string; fileType: EvidenceFileType; mimeType: string; contentBase64: string };

/** An item saved: `textChanges` lists the words whose invisible characters were removed, for the user to see. */
export type EvidenceSaved = EvidenceItem & { textChanges?: EvidenceTextChange[] };

/** An item added, or re-added: `repairedCopy` says its stored copy had been changed or lost and was rewritten from the file given. */
export type EvidenceAdded = EvidenceSaved & { repairedCopy?: 'changed' | 'missing' };

/** Operations on a case's evidence items and the file store. */
export const evidenceOperations = {
  'evidence:list': operation(z.object({ caseId: id })).returns<EvidenceItem[]>(),
  'evidence:add': operation(evidenceFileInput.extend({ caseId: id, meta: evidenceMetaInput.partial().default({}) })).returns<EvidenceAdded>(),
  'evidence:add-many': operation(z.object({
    files: z.array(z.object({ caseId: id, fileName: z.string().trim().min(1).max(255), contentBase64: base64Content, kind: z.enum(evidenceKinds).optional() })).min(1).max(500),
  })).returns<EvidenceAdded[]>(),
  'evidence:update': operation(z.object({ id, meta: evidenceMetaInput })).returns<EvidenceSaved>(),
  'evidence:delete': operation(z.object({ id })).returns<{ deleted: true }>(),
  'evidence:content': operation(z.object({ id })).returns<EvidenceContent>(),
  'evidence:match-files': operation(z.object({ fileNames: z.array(z.string().max(1000)).max(5000) })).returns<FileMatch[]>(),
} as const;
