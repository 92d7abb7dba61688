import { describe, expect, it } from 'vitest';
import { caseImportFields } from '../../core/import/import-operations';
import { requiredImportFields as requiredByImport } from '../../core/import/required-fields';
import { importFieldList, requiredImportFields as requiredOnPage } from '../../renderer/features/import/import-fields';

describe('the import page’s fields', () => {
  it('marks as required exactly the columns the import requires', () => {
    expect([...requiredOnPage].sort()).toEqual([...requiredByImport].sort());
  });

  it('lists every field of the import, in the import’s order', () => {
    expect([...importFieldList]).toEqual([...caseImportFields]);
  });
});
