import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { FileMatch } from '../../../core/evidence/file-name-match';
import type { EvidenceTextChange } from '../../../core/evidence/evidence-text';
import { DossierError } from '../../../core/errors';
import { readEvidenceFile } from '../../services/evidence-file-read';
import { CliFailure } from '../cli-output';

type Call = (name: 'evidence:match-files' | 'evidence:add', value: unknown) => Promise<unknown>;

/** What adding an evidence folder did: files added per case, files already on record, and files matched to no case. */
export type EvidenceFolderResult = {
  added: { file: string; caseId: number; evidenceId: number; textChanges?: EvidenceTextChange[] }[];
  alreadyAttached: { file: string; caseId: number }[];
  /** Files whose name (or folder's name) holds no card or ID number of a case, or those of more than one. */
  unmatched: { file: string; candidates: number[] }[];
  failed: { file: string; caseId: number; message: { zh: string; en: string } }[];
};

/** How many names evidence:match-files takes at once. */
const MATCH_CHUNK = 5000;

/** The regular files under `dir`, as paths relative to it (folder names count in matching); links and hidden files aside. */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    throw new DossierError('io-error', { zh: `无法读取证据文件夹：${dir}`, en: `Cannot read the evidence folder: ${dir}` }, { file: dir });
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Adds the files of an evidence folder to the cases their names point at (a card number or resident ID number in
 * the file's or a folder's name), one evidence:add each, as a user adding them one by one would. A file already
 * attached to its case is not added twice; every file matched to no case, or to more than one, is listed.
 */
export async function importEvidenceFolder(call: Call, dir: string): Promise<EvidenceFolderResult> {
  const files = filesUnder(dir);
  const matches: FileMatch[] = [];
  for (let i = 0; i < files.length; i += MATCH_CHUNK) {
    matches.push(...((await call('evidence:match-files', { fileNames: files.slice(i, i + MATCH_CHUNK) })) as FileMatch[]));
  }
  const result: EvidenceFolderResult = { added: [], alreadyAttached: [], unmatched: [], failed: [] };
  for (const match of matches) {
    if (match.caseId === null) {
      result.unmatched.push({ file: match.fileName, candidates: match.ambiguous });
      continue;
    }
    const caseId = match.caseId;
    try {
      const { contentBase64 } = await readEvidenceFile(join(dir, match.fileName));
      const item = (await call('evidence:add', { caseId, fileName: basename(match.fileName), contentBase64, meta: match.kind ? { kind: match.kind } : {} })) as { id: number; textChanges?: EvidenceTextChange[] };
      result.added.push({ file: match.fileName, caseId, evidenceId: item.id, ...(item.textChanges ? { textChanges: item.textChanges } : {}) });
    } catch (error) {
      if (error instanceof CliFailure && error.payload.code === 'conflict') result.alreadyAttached.push({ file: match.fileName, caseId });
      else if (error instanceof CliFailure) result.failed.push({ file: match.fileName, caseId, message: error.payload.message });
      else if (error instanceof DossierError) result.failed.push({ file: match.fileName, caseId, message: error.text });
      else throw error;
    }
  }
  return result;
}

/** The folder's outcome as text, Chinese first: counts, then each file not added and why. */
export function evidenceFolderLines(result: EvidenceFolderResult): string[] {
  return [
    `证据文件夹：添加 ${result.added.length} 个，已有 ${result.alreadyAttached.length} 个，未匹配 ${result.unmatched.length} 个，失败 ${result.failed.length} 个 / Evidence folder: ${result.added.length} added, ${result.alreadyAttached.length} already attached, ${result.unmatched.length} unmatched, ${result.failed.length} failed`,
    ...result.unmatched.map((u) => u.candidates.length > 0
      ? `  未匹配 unmatched · ${u.file} · 对应多个案件 more than one case: ${u.candidates.join('、')}`
      : `  未匹配 unmatched · ${u.file} · 名称中没有案件的卡号或身份证号 no case's card or ID number in the name`),
    ...result.added.flatMap((a) => (a.textChanges ?? []).map((change) => `  已修改 changed · ${a.file} · ${change.message.zh} / ${change.message.en}`)),
    ...result.failed.map((f) => `  失败 failed · ${f.file} · 案件 case ${f.caseId} · ${f.message.zh} / ${f.message.en}`),
  ];
}
