import { z } from 'zod';
import { operation } from '../operation';

/** Output formats a document can be rendered to. */
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** A document template as listed to the user. */
export type TemplateSummary = { id: string; title: string; version: string; caseTypes: string[] };

/** A file Dossier generated for a case; the template version and the data hash make it reproducible. */
export type GeneratedDocument = {
  id: number;
  caseId: number;
  templateId: string;
  templateVersion: string;
  format: DocumentFormat;
  fileName: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  dataHash: string;
  createdAt: string;
};

const id = z.number().int().positive();

/** Operations on templates and generated documents. */
export const documentOperations = {
  'template:list': operation(z.object({}).strict()).returns<TemplateSummary[]>(),
  'document:generate': operation(
    z.object({
      caseId: id,
      templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
      formats: z.array(z.enum(documentFormats)).min(1).max(2),
    }),
  ).returns<GeneratedDocument[]>(),
  'document:list': operation(z.object({ caseId: id })).returns<GeneratedDocument[]>(),
  'document:reveal': operation(z.object({ documentId: id })).returns<{ folder: string }>(),
} as const;
