import { z } from 'zod';
import { operation } from '../operation';
import type { BundleReport } from './bundle-model';
import type { BundlePlan } from './bundle-order';

const id = z.number().int().positive();

/** One written volume file of a bundle; `documentId` once saved among the case's documents. */
export type BundleFile = { volume: number; fileName: string; path: string; sizeBytes: number; sha256: string; documentId: number | null };

/** The case's audit trail (操作记录.csv) saved with the bundle, as every batch case folder carries it; `records` rows. */
export type BundleAuditTrail = { fileName: string; path: string; sizeBytes: number; sha256: string; records: number };

/** A built bundle: the report, its files and the order of evidence items it was built in; a saved one carries the audit trail. */
export type BundleBuild = { caseId: number; saved: boolean; order: number[]; files: BundleFile[]; report: BundleReport; auditTrail: BundleAuditTrail | null };

/** One volume's bytes for the preview (base64, so it travels over IPC and the bridge alike). */
export type BundleContent = { fileName: string; contentBase64: string; sizeBytes: number };

/** Limits of a build the user may choose; defaults in core/bundle/bundle-model.ts. */
export const bundleLimitsInput = z.object({
  /** Start a new volume (册) before this many pages; null = one volume. */
  maxPagesPerVolume: z.number().int().min(10).max(100_000).nullable().default(null),
  /** Start a new volume before this many megabytes (e.g. a court upload limit); null = no limit. */
  maxMegabytesPerVolume: z.number().min(1).max(10_000).nullable().default(null),
  /** Images finer than this (dots per inch at their printed size) are downsampled. */
  maxImageDpi: z.number().int().min(72).max(600).default(300),
});

/** Operations on a case's evidence bundle (证据材料汇编). */
export const bundleOperations = {
  /** The case's evidence in default bundle order, and the items that cannot go in, with the reason. */
  'bundle:plan': operation(z.object({ caseId: id })).returns<BundlePlan>(),
  /**
   * Builds the bundle from the evidence items in `order` (default: bundlePlan's). `save: false` writes a
   * preview (replaced by the next one); `save: true` files it among the case's documents, with an audit record.
   */
  'bundle:build': operation(bundleLimitsInput.extend({
    caseId: id,
    order: z.array(id).min(1).max(2000).optional(),
    save: z.boolean().default(false),
    /** Name of a saved bundle's file (without .pdf); later volumes add （第二册）. Default 证据材料-<defendant>. */
    fileBaseName: z.string().trim().min(1).max(80).regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'file name').refine((s) => !s.startsWith('.'), 'file name').optional(),
  })).returns<BundleBuild>(),
  /** A volume of the latest preview of a case's bundle, for the preview pane. */
  'bundle:preview': operation(z.object({ caseId: id, volume: z.number().int().min(1).max(1000).default(1) })).returns<BundleContent>(),
} as const;
