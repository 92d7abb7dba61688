/**
 * The errors a bundle build raises about a source file. Each names the exhibit and the file, says what is
 * wrong and what to do, so a paralegal can fix that one file and build again; nothing is written when
 * one is raised (the bundle is never produced with a page missing or blank in its place).
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';

/** The exhibit a problem is about: its label (证据三) and file name; no label while the file is being added, before it has a place. */
export type ExhibitRef = { label: string; fileName: string };

function fileError(exhibit: ExhibitRef, problem: Bilingual, fix: Bilingual): DossierError {
  const { label, fileName } = exhibit;
  return new DossierError('invalid-input', {
    zh: `${label ? `${label}（文件“${fileName}”）` : `文件“${fileName}”`}${problem.zh}。${fix.zh}`,
    en: `${label ? `${label} (file "${fileName}")` : `The file "${fileName}"`}: ${problem.en}. ${fix.en}`,
  }, { file: fileName });
}

/** Encrypted with a password needed to open it (a file protected only against editing is decrypted). */
export function encryptedError(exhibit: ExhibitRef): DossierError {
  return fileError(exhibit,
    { zh: '已加密，需要打开密码', en: 'the PDF is encrypted and needs a password to open' },
    { zh: '请提供未加密的文件（用原软件去除打开密码后另存）后重新生成', en: 'Provide an unencrypted copy (remove the open password in the program that made it) and build again' });
}

/** Damaged beyond what the reader can repair; `detail` says where. */
export function damagedError(exhibit: ExhibitRef, detail: Bilingual): DossierError {
  return fileError(exhibit,
    { zh: `已损坏（${detail.zh}）`, en: `the file is damaged (${detail.en})` },
    { zh: '请从原始来源重新获取或重新扫描该文件', en: 'Get the file again from its source, or scan it again' });
}

/** A PDF without a single page. */
export function noPagesError(exhibit: ExhibitRef): DossierError {
  return fileError(exhibit,
    { zh: '不含任何页面', en: 'the PDF has no pages' },
    { zh: '请检查文件是否完整', en: 'Check that the file is complete' });
}

/** Over a size limit: bytes, pages or pixels. */
export function oversizedError(exhibit: ExhibitRef, what: Bilingual): DossierError {
  return fileError(exhibit,
    { zh: `过大（${what.zh}）`, en: `the file is too large (${what.en})` },
    { zh: '请拆分文件或降低扫描分辨率后重新添加', en: 'Split the file or scan at a lower resolution, then add it again' });
}

/** Not a PDF, JPEG or PNG, or a kind of JPEG/PNG a PDF cannot carry. */
export function unsupportedError(exhibit: ExhibitRef, what: Bilingual): DossierError {
  return fileError(exhibit,
    { zh: `格式不支持（${what.zh}）`, en: `the format is not supported (${what.en})` },
    { zh: '请另存为 PDF、JPEG 或 PNG 后重新添加', en: 'Save it as PDF, JPEG or PNG and add it again' });
}

/** The reason of a caught error, for a message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
