import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BundleBuild } from '../../../core/bundle/bundle-operations';
import { pageRangeText } from '../../../core/bundle/exhibit-label';
import { DossierError } from '../../../core/errors';
import { AUDIT_TRAIL_FILE } from '../../audit/audit-trail-table';
import { writeFileAtomic } from '../../services/atomic-write';
import { readStoredFile } from '../../services/stored-file';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { required } from './document-commands';
import { caseIdArg } from './evidence-commands';

/** A whole-number flag within bounds, or undefined when absent. */
function numberFlag(input: CommandInput, name: string, min: number, max: number): number | undefined {
  const text = stringFlag(input, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new DossierError('invalid-input', { zh: `参数 --${name} 无效：${text}（${min}–${max}）`, en: `Invalid --${name}: ${text} (${min}–${max})` }, { field: `--${name}` });
  }
  return value;
}

/** `--order 12,7,9`: evidence item ids in bundle order. */
function orderFlag(input: CommandInput): number[] | undefined {
  const text = stringFlag(input, 'order');
  if (text === undefined) return undefined;
  const ids = text.split(',').map((part) => Number(part.trim()));
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
    throw new DossierError('invalid-input', { zh: `参数 --order 无效：${text}（证据编号，以逗号分隔）`, en: `Invalid --order: ${text} (evidence ids, comma-separated)` }, { field: '--order' });
  }
  return ids;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * `dossier bundle CASE_ID --out FILE.pdf`: builds the case's evidence bundle, files it among the case's
 * documents and copies it to FILE.pdf (later volumes beside it as FILE（第二册）.pdf, the names the
 * volumes' links use), with the case's audit trail beside them as FILE（操作记录）.csv. Prints pages, size,
 * volumes, the trail, and each exhibit's page range.
 */
export const runBundle: CommandRun = async (input) => {
    const caseId = caseIdArg(input.args[0]);
    const out = resolve(required(stringFlag(input, 'out'), '--out'));
    const base = basename(out).replace(/\.pdf$/i, '');
    const maxPages = numberFlag(input, 'max-pages', 10, 100_000);
    const maxMb = numberFlag(input, 'max-mb', 1, 10_000);
    const dpi = numberFlag(input, 'dpi', 72, 600);
    const order = orderFlag(input);
    const services = openCliServices(input.flags);
    try {
      const build = unwrap(await dispatch(services.handlers, 'bundle:build', {
        caseId, save: true, fileBaseName: base,
        ...(order ? { order } : {}), ...(maxPages === undefined ? {} : { maxPagesPerVolume: maxPages }),
        ...(maxMb === undefined ? {} : { maxMegabytesPerVolume: maxMb }), ...(dpi === undefined ? {} : { maxImageDpi: dpi }),
      })) as BundleBuild;
      mkdirSync(dirname(out), { recursive: true });
      const files = build.files.map((file) => {
        const target = join(dirname(out), file.fileName);
        writeFileAtomic(target, readStoredFile(file.path, file.fileName, services.context.filesKey));
        return { ...file, path: target, storedPath: file.path };
      });
      // The case's audit trail goes with the volumes, named after them so two bundles in one folder keep theirs apart.
      const trail = build.auditTrail
        ? { ...build.auditTrail, path: join(dirname(out), `${base}（${AUDIT_TRAIL_FILE}）.csv`), storedPath: build.auditTrail.path }
        : null;
      if (trail) writeFileAtomic(trail.path, readStoredFile(trail.storedPath, trail.fileName, services.context.filesKey));
      const { report } = build;
      const value = {
        caseId, pages: report.pageCount, sizeBytes: report.sizeBytes, frontPages: report.frontPages,
        volumes: report.volumes.map((v, i) => ({ ...v, file: files[i]!.path, storedFile: files[i]!.storedPath, sha256: files[i]!.sha256, documentId: files[i]!.documentId })),
        exhibits: report.exhibits.map((e) => ({ ...e, pageRange: pageRangeText(e.firstPage, e.lastPage) })),
        order: build.order, warnings: report.warnings,
        auditTrail: trail && { file: trail.path, storedFile: trail.storedPath, sha256: trail.sha256, records: trail.records },
      };
      printValue(input.printer, value, () => [
        `证据材料 Evidence bundle: ${report.pageCount} 页 pages, ${megabytes(report.sizeBytes)}, ${report.volumes.length} 册 volume(s)`,
        ...report.volumes.map((v, i) => `  ${files[i]!.path}  第 ${pageRangeText(v.firstPage, v.lastPage)} 页  ${megabytes(v.sizeBytes)}`),
        ...(trail ? [`  ${trail.path}  操作记录 Audit trail: ${trail.records} 条 records`] : []),
        ...report.exhibits.map((e) => `  ${e.label}  ${e.title}  第 ${pageRangeText(e.firstPage, e.lastPage)} 页（${e.pageCount} 页）  SHA-256 ${e.sha256.slice(0, 16)}${e.downsampled ? '  已降低分辨率 downsampled' : ''}`),
        ...report.warnings.map((w) => `  提示 Note: ${w.zh} / ${w.en}`),
      ]);
    } finally {
      services.close();
    }
  };

