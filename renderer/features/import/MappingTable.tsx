import type { CaseImportField, CaseImportMapping, CaseImportPreview } from '../../../core/import/import-operations';
import { useText } from '../../i18n/use-text';
import { importFieldKey, importFieldList } from './import-fields';

type MappingTableProps = {
  preview: CaseImportPreview;
  mapping: CaseImportMapping;
  /** Fields the import cannot do without. */
  required: ReadonlySet<CaseImportField>;
  /** Ambiguous fields the user has since chosen a column for (no longer highlighted). */
  confirmed: ReadonlySet<CaseImportField>;
  onChange: (field: CaseImportField, header: string) => void;
};

/**
 * One row per case item: its label (required ones marked), a select of the file's headers prefilled from the
 * suggestion, and the first row's value under the chosen header. Ambiguous items are highlighted until chosen;
 * a required item without a column is shown as a problem.
 */
export function MappingTable({ preview, mapping, required, confirmed, onChange }: MappingTableProps) {
  const { t, lang } = useText();
  const firstRow = preview.sampleRows[0] ?? [];
  const separator = lang === 'en' ? ', ' : '、';
  return (
    <div className="table-wrap">
      <table className="table mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('caseImport.col.field')}</th>
            <th scope="col">{t('caseImport.col.header')}</th>
            <th scope="col">{t('caseImport.col.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {importFieldList.map((field) => {
            const header = mapping[field] ?? '';
            const ambiguous = preview.ambiguous.find((a) => a.field === field);
            // An ambiguous item is left unchosen by the suggestion: it asks for a choice before it counts as missing.
            const unsure = ambiguous !== undefined && !confirmed.has(field);
            const missing = !unsure && required.has(field) && header === '';
            const state = unsure ? 'ambiguous' : missing ? 'missing' : header ? 'mapped' : 'unmapped';
            const noteId = `mapping-note-${field}`;
            const column = preview.headers.indexOf(header);
            return (
              <tr key={field} data-field={field} data-state={state} className={`mapping-${state}`}>
                <th scope="row">
                  <label htmlFor={`mapping-${field}`}>{t(importFieldKey(field))}</label>
                  {required.has(field) && <span className="mapping-required">{t('caseImport.required')}</span>}
                </th>
                <td>
                  <select id={`mapping-${field}`} name={`mapping.${field}`} className="input" value={header}
                    aria-invalid={missing || unsure ? true : undefined} aria-describedby={missing || unsure ? noteId : undefined}
                    onChange={(e) => onChange(field, e.target.value)}>
                    <option value="">{t('caseImport.noColumn')}</option>
                    {preview.headers.map((h) => <option key={h} value={h}>{h}</option>)}
                  </select>
                  {missing && <p className="field-error" id={noteId}>{t('caseImport.unmatched')}</p>}
                  {unsure && (
                    <p className="mapping-note" id={noteId}>
                      {t('caseImport.ambiguous', { headers: [ambiguous.header, ...ambiguous.ambiguousWith].join(separator) })}
                    </p>
                  )}
                </td>
                <td className="mapping-sample">{column >= 0 ? (firstRow[column] ?? '') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
