import { fieldLabel } from '../field-labels';
import { intakePathOfField } from './import-field-paths';
import type { CaseImportMapping, ImportProblem } from './import-operations';
import { caseImportFields } from './import-operations';
import { requiredImportFields } from './required-fields';

/**
 * What is wrong with a mapping before any row is read, each reported on the header row: a required field mapped
 * to no column, a mapped column the file does not have, and no plaintiff at all (no plaintiff column and none chosen).
 */
export function mappingProblems(mapping: CaseImportMapping, headers: readonly string[], headerRow: number, hasDefaultPlaintiff: boolean): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const present = new Set(headers);
  for (const field of requiredImportFields) {
    if ((mapping[field] ?? '') !== '') continue;
    const label = fieldLabel(intakePathOfField[field]);
    problems.push({
      row: headerRow, column: '', value: '',
      message: { zh: `缺少必需的列：${label.zh}`, en: `A required column is missing: ${label.en}` },
    });
  }
  for (const field of caseImportFields) {
    const header = mapping[field] ?? '';
    if (header === '' || present.has(header)) continue;
    const label = fieldLabel(intakePathOfField[field]);
    problems.push({
      row: headerRow, column: header, value: '',
      message: { zh: `文件中没有“${header}”列（用于${label.zh}）`, en: `The file has no column "${header}" (for ${label.en})` },
    });
  }
  if ((mapping.plaintiffName ?? '') === '' && !hasDefaultPlaintiff) {
    problems.push({
      row: headerRow, column: '', value: '',
      message: { zh: '文件中没有原告列，请选择原告', en: 'The file has no plaintiff column; choose the plaintiff' },
    });
  }
  return problems;
}
