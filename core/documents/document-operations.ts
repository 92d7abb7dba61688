import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { operation } from '../operation';
import { documentInputs, type DocumentInputs, type InputSection } from './document-inputs';

/** Output formats a document can be rendered to. */
export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** A document template as listed to the user: the version generation uses now, and where it comes from. */
export type TemplateSummary = {
  id: string;
  title: string;
  version: string;
  caseTypes: string[];
  /** Edition of the official model text followed ('2025', '2024-trial'), or ''. */
  edition: string;
  group: string;
  basis: string;
  /** Entered input sections the template uses (settlement, enforcement …). */
  inputs: InputSection[];
  /** Data paths the template cannot do without. */
  required: string[];
  /** 'bundled' = shipped with Dossier (read-only); 'user' = a version saved in this data folder. */
  source: 'bundled' | 'user';
  bundledVersion: string;
  versionCount: number;
};

/** One version of a template. */
export type TemplateVersionSummary = {
  version: string;
  source: 'bundled' | 'user';
  basedOn: string;
  title: string;
  note: string;
  createdAt: string;
  createdBy: string;
};

/** A template version with its text, for the editor. */
export type TemplateDetail = {
  summary: TemplateSummary;
  version: TemplateVersionSummary;
  body: string;
  required: string[];
  versions: TemplateVersionSummary[];
};

/** One problem found in an edited template; `line` is the template line when known. */
export type TemplateIssue = { severity: 'error' | 'warning'; line: number | null; field: 'body' | 'title' | 'required'; message: Bilingual };

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

/**
 * A file just generated, with what the user should know before filing it, in both languages — e.g. that the
 * court it addresses is not one the jurisdiction advisor accepts for the case (core/court/addressed-court.ts).
 */
export type GenerationResult = GeneratedDocument & { warnings: Bilingual[] };

/** The case's records the form's inputs were taken from, so the form can say where its values come from. */
export type RecordedInputs = {
  /** Evidence items recorded for the case (issue 3); the evidence list uses them when there are any. */
  evidenceCount: number;
  /** The stored settlement plan whose schedule the agreement prints whatever the form holds (core/tracking). */
  settlementPlan: { agreedDate: string; stage: 'pre-suit' | 'in-suit' | 'enforcement'; instalments: number; intervalMonths: number | null; firstDueDate: string; lastDueDate: string; totalFen: number } | null;
};

/** The documents of a case's filing set and what its records leave open (filing-set.ts). */
export type FilingSetView = { templates: { id: string; title: string }[]; notices: Bilingual[] };

/** What the generation form starts from: the inputs saved last time, the suggestion, and the records behind them. */
export type DocumentInputsView = { saved: DocumentInputs | null; suggested: DocumentInputs; recorded: RecordedInputs };

const id = z.number().int().positive();
const templateId = z.string().regex(/^[a-z0-9-]{1,60}$/);
const templateVersion = z.string().min(1).max(60).regex(/^[A-Za-z0-9.+-]+$/);
/** An edited template: its body and the manifest fields the editor may change. */
const templateDraft = z.object({
  title: z.string().trim().min(1).max(120),
  required: z.array(z.string().trim().min(1).max(120)).max(200),
  body: z.string().max(200_000),
});

/** Operations on templates and generated documents. */
export const documentOperations = {
  'template:list': operation(z.object({}).strict()).returns<TemplateSummary[]>(),
  'template:get': operation(z.object({ templateId, version: templateVersion.optional() })).returns<TemplateDetail>(),
  'template:validate': operation(z.object({ templateId, draft: templateDraft })).returns<TemplateIssue[]>(),
  'template:save-version': operation(
    z.object({ templateId, draft: templateDraft, note: z.string().trim().max(500).default('') }),
  ).returns<TemplateVersionSummary>(),
  'template:preview': operation(
    z.object({
      templateId,
      version: templateVersion.optional(),
      /** An unsaved edit to preview instead of a stored version. */
      draft: templateDraft.optional(),
      /** The case whose data fills the preview; absent = the built-in fictional case. */
      caseId: id.optional(),
      inputs: documentInputs.optional(),
    }),
  ).returns<{ pdfBase64: string; pageCount: number; templateVersion: string; issues: TemplateIssue[] }>(),
  'document:generate': operation(
    z.object({
      caseId: id,
      templateId,
      formats: z.array(z.enum(documentFormats)).min(1).max(2),
      /** A stored version to use; absent = the newest (a user version if there is one, else the bundled one). */
      templateVersion: templateVersion.optional(),
      /** Facts entered for this document (settlement plan, enforcement basis …); saved for next time. */
      inputs: documentInputs.optional(),
    }),
  ).returns<GenerationResult[]>(),
  'document:inputs': operation(z.object({ caseId: id, templateId })).returns<DocumentInputsView>(),
  /** The filing set for the case's stage and settlement, with the entered inputs (`--template all`). */
  'document:set': operation(z.object({ caseId: id, inputs: documentInputs.optional() })).returns<FilingSetView>(),
  'document:list': operation(z.object({ caseId: id })).returns<GeneratedDocument[]>(),
  'document:reveal': operation(z.object({ documentId: id })).returns<{ folder: string }>(),
  /** Opens a generated file with the system's application for its format. */
  'document:open': operation(z.object({ documentId: id })).returns<{ path: string }>(),
  /** A generated file's bytes (base64), for the preview; only files recorded inside the data folder. */
  'document:content': operation(z.object({ documentId: id })).returns<{ fileName: string; format: DocumentFormat; base64: string }>(),
  /** Removes a generated file and its record (audited). */
  'document:delete': operation(z.object({ documentId: id })).returns<{ deleted: true }>(),
} as const;
