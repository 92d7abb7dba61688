/**
 * Reads an evidence file named by a path (the CLI's `evidence add`, a folder of evidence), refusing a FIFO, a
 * device, a folder or a link to one before a byte is read, and a file over the largest limit a user can set;
 * the service then checks the configured limit and the contents.
 */
import { maxEvidenceFileMegabytes } from '../../core/evidence/readiness-operations';
import { DossierError } from '../../core/errors';
import { readRegularFile } from './regular-file';
import type { FileRefusal } from './regular-file';

const refuseEvidence: FileRefusal = (fileName, problem) => new DossierError('invalid-input', {
  zh: `无法添加文件“${fileName}”：${problem.zh}。文件未保存`,
  en: `The file "${fileName}" cannot be added: ${problem.en}. Nothing was stored`,
}, { file: fileName });

/** The file at `path` as an evidence operation carries it: its base name and its bytes in base64. */
export async function readEvidenceFile(path: string): Promise<{ fileName: string; contentBase64: string }> {
  const { fileName, bytes } = await readRegularFile(path, maxEvidenceFileMegabytes * 1024 * 1024, refuseEvidence);
  return { fileName, contentBase64: bytes.toString('base64') };
}
