import type { ChangeEvent } from 'react';
import type { Bilingual } from '../../../core/bilingual';
import type { DocumentInputs, InputSection } from '../../../core/documents/document-inputs';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { sectionFields, valueAtPath, withValueAt, type ColumnSpec, type FieldSpec } from './input-fields';

type Props = {
  sections: readonly InputSection[];
  value: DocumentInputs;
  onChange: (next: DocumentInputs) => void;
  /** Problems by field path (`settlement.firstDueDate`, `enforcement.payments.0.amount`). */
  errors: ReadonlyMap<string, Bilingual>;
  /** Where a section's values come from the case's records, said above its fields. */
  notes?: Partial<Record<InputSection, string>>;
  /** Field paths the records decide, shown read-only (a stored settlement plan's schedule). */
  locked?: ReadonlySet<string>;
};

const key = (k: string) => k as TextKey;

/** The entered facts a template needs, one fieldset per input section, errors next to their fields. */
export function DocumentInputsForm({ sections, value, onChange, errors, notes = {}, locked = new Set<string>() }: Props) {
  const { t, pick } = useText();
  const set = (path: string, next: unknown) => onChange(withValueAt(value, path, next));
  const errorOf = (path: string) => {
    const found = errors.get(path);
    return found ? pick(found) : null;
  };

  function control(spec: FieldSpec) {
    const current = valueAtPath(value, spec.path);
    const label = t(key(`in.${spec.path}`));
    if (spec.kind === 'checkbox') {
      return (
        <label key={spec.path} className="check-field">
          <input type="checkbox" name={spec.path} checked={current === true} onChange={(e) => set(spec.path, e.target.checked)} />
          {label}
        </label>
      );
    }
    if (spec.kind === 'checks') {
      const chosen = new Set(Array.isArray(current) ? (current as string[]) : []);
      return (
        <fieldset key={spec.path} className="field field-wide check-group">
          <legend className="field-label">{label}</legend>
          {spec.options.map((option) => (
            <label key={option} className="check-field">
              <input
                type="checkbox"
                name={`${spec.path}.${option}`}
                checked={chosen.has(option)}
                onChange={(e) => set(spec.path, spec.options.filter((o) => (o === option ? e.target.checked : chosen.has(o))))}
              />
              {t(key(`opt.${option}`))}
            </label>
          ))}
        </fieldset>
      );
    }
    if (spec.kind === 'list') return <ListEditor key={spec.path} spec={spec} rows={Array.isArray(current) ? (current as Record<string, unknown>[]) : []} onChange={(rows) => set(spec.path, rows)} errorOf={errorOf} label={label} />;
    return (
      <Field key={spec.path} name={spec.path} label={label} error={errorOf(spec.path)} optional={!('required' in spec && spec.required)} wide={spec.kind === 'textarea'}>
        {(common) => {
          const readOnly = locked.has(spec.path);
          if (spec.kind === 'select') {
            return (
              <select {...common} className="input" disabled={readOnly} value={String(current ?? (spec.unset ? '' : spec.options[0]))} onChange={(e) => set(spec.path, e.target.value === '' ? undefined : e.target.value)}>
                {spec.unset && <option value="">{t('opt.unset')}</option>}
                {spec.options.map((option) => <option key={option} value={option}>{t(key(`${spec.optionPrefix ?? 'opt.'}${option}`))}</option>)}
              </select>
            );
          }
          if (spec.kind === 'textarea') {
            return <textarea {...common} className="input" rows={3} value={String(current ?? '')} onChange={(e) => set(spec.path, e.target.value)} />;
          }
          const numeric = spec.kind === 'number';
          return (
            <input
              {...common}
              className="input"
              readOnly={readOnly}
              inputMode={numeric || spec.kind === 'amount' ? 'decimal' : undefined}
              placeholder={spec.kind === 'date' ? 'YYYY-MM-DD' : undefined}
              value={current === undefined || current === null ? '' : String(current)}
              onChange={(e: ChangeEvent<HTMLInputElement>) => set(spec.path, numeric ? toNumber(e.target.value) : e.target.value)}
            />
          );
        }}
      </Field>
    );
  }

  return (
    <div className="document-inputs">
      {sections.map((section) => (
        <fieldset key={section} className="form-section" data-section={section}>
          <legend>{t(key(`section.${section}`))}</legend>
          {notes[section] && <p className="notice" data-note-for={section}>{notes[section]}</p>}
          <div className="form-grid">{sectionFields[section].map(control)}</div>
        </fieldset>
      ))}
    </div>
  );
}

function toNumber(text: string): number | null | string {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

type ListProps = {
  spec: Extract<FieldSpec, { kind: 'list' }>;
  rows: Record<string, unknown>[];
  onChange: (rows: Record<string, unknown>[]) => void;
  errorOf: (path: string) => string | null;
  label: string;
};

/** An editable table of rows (payments, property leads, evidence items). */
function ListEditor({ spec, rows, onChange, errorOf, label }: ListProps) {
  const { t } = useText();
  const cell = (row: Record<string, unknown>, index: number, column: ColumnSpec) => {
    const name = `${spec.path}.${index}.${column.key}`;
    const value = row[column.key];
    const update = (next: unknown) => onChange(rows.map((r, i) => (i === index ? { ...r, [column.key]: next } : r)));
    const error = errorOf(name);
    const input = column.kind === 'select'
      ? (
        <select name={name} className="input" aria-label={t(key(column.label))} value={String(value ?? '')} onChange={(e) => update(e.target.value)}>
          {(column.options ?? []).map((o) => <option key={o} value={o}>{t(key(`opt.${o}`))}</option>)}
        </select>
      )
      : (
        <input
          name={name}
          className="input"
          aria-label={t(key(column.label))}
          aria-invalid={error ? true : undefined}
          placeholder={column.kind === 'date' ? 'YYYY-MM-DD' : undefined}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => update(column.kind === 'number' ? toNumber(e.target.value) : e.target.value)}
        />
      );
    return (
      <td key={column.key}>
        {input}
        {error && <p className="field-error" data-error-for={name}>{error}</p>}
      </td>
    );
  };
  return (
    <div className="field field-wide list-editor">
      <span className="field-label">{label}</span>
      {errorOf(spec.path) && <p className="field-error" data-error-for={spec.path}>{errorOf(spec.path)}</p>}
      <div className="table-wrap">
        <table className="table compact-table">
          <thead>
            <tr>
              {spec.columns.map((c) => <th key={c.key} scope="col">{t(key(c.label))}</th>)}
              <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {spec.columns.map((column) => cell(row, index, column))}
                <td>
                  <button type="button" className="button button-small" onClick={() => onChange(rows.filter((_, i) => i !== index))}>{t('gen.removeRow')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button type="button" className="button button-small" onClick={() => onChange([...rows, { ...spec.blank }])}>{t('gen.addRow')}</button>
      </div>
    </div>
  );
}
