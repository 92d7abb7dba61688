import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Bilingual } from '../../../core/bilingual';
import type { Result } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';

/** One text field of a profile form; maxLength mirrors the zod schema. */
export type ProfileField<V> = {
  name: keyof V & string;
  label: TextKey;
  maxLength: number;
  optional?: boolean;
  mono?: boolean;
  wide?: boolean;
  /** Applied on blur, e.g. capitalising a credit code. */
  normalise?: (text: string) => string;
  /** A choice among fixed values (the first usually '' = not stated), each labelled by its text key. */
  options?: { value: string; label: TextKey }[];
};

/** The texts of one kind of profile (plaintiff or agent). */
export type ProfileTexts = {
  title: TextKey; intro: TextKey; empty: TextKey; create: TextKey; edit: TextKey; deleteTitle: TextKey; deleteMessage: TextKey;
};

type ProfileManagerProps<V extends Record<string, string>, R extends V & { id: number }> = {
  texts: ProfileTexts;
  fields: ProfileField<V>[];
  /** The fields shown as table columns. */
  columns: (keyof V & string)[];
  blank: V;
  list: () => Promise<Result<R[]>>;
  save: (id: number | undefined, values: V) => Promise<Result<R>>;
  remove: (id: number) => Promise<Result<{ deleted: true }>>;
};

type FieldErrors = Partial<Record<string, Bilingual>>;

function fieldOf(field: string | undefined): string | undefined {
  return field?.replace(/^values\./, '') || undefined;
}

/** A saved-profile page: the saved entries as a table, a form to add or edit one, and delete with confirmation. */
export function ProfileManager<V extends Record<string, string>, R extends V & { id: number }>(props: ProfileManagerProps<V, R>) {
  const { texts, fields, columns, blank, list, save, remove } = props;
  const { t, pick, lang } = useText();
  const [items, setItems] = useState<R[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [editing, setEditing] = useState<R | null>(null);
  const [values, setValues] = useState<V>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');
  const [toDelete, setToDelete] = useState<R | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const firstInput = useRef<HTMLInputElement>(null);
  const listRef = useRef(list);

  useEffect(() => {
    let live = true;
    void listRef.current().then((result) => {
      if (!live) return;
      if (result.ok) setItems(result.value);
      else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, [reloads]);

  function startEdit(item: R | null) {
    setEditing(item);
    setValues(item ? (Object.fromEntries(fields.map((f) => [f.name, item[f.name] ?? ''])) as V) : blank);
    setErrors({});
    setFailure(null);
    setNotice('');
    firstInput.current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setNotice('');
    const result = await save(editing?.id, values);
    setSaving(false);
    if (!result.ok) {
      const next: FieldErrors = {};
      for (const detail of result.error.details) {
        const field = fieldOf(detail.field);
        if (field && !next[field]) next[field] = detail.message;
      }
      const field = fieldOf(result.error.field);
      if (result.error.details.length === 0 && field) next[field] = result.error.message;
      setErrors(next);
      setFailure(result.error);
      return;
    }
    setEditing(null);
    setValues(blank);
    setErrors({});
    setFailure(null);
    setNotice(t('profiles.savedNamed', { name: result.value.name ?? '' }));
    setReloads((n) => n + 1);
  }

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setDeleteError(null);
    const result = await remove(toDelete.id);
    setDeleting(false);
    if (!result.ok) return setDeleteError(pick(result.error.message));
    setNotice(t('profiles.deletedNamed', { name: toDelete.name ?? '' }));
    if (editing?.id === toDelete.id) startEdit(null);
    setToDelete(null);
    setReloads((n) => n + 1);
  }

  const labelOf = (name: string) => {
    const field = fields.find((f) => f.name === name);
    return field ? t(field.label) : undefined;
  };

  return (
    <section className="page" aria-labelledby="profiles-title">
      <div className="page-header">
        <h1 id="profiles-title">{t(texts.title)}</h1>
        <button type="button" className="button button-primary" onClick={() => startEdit(null)}>{t(texts.create)}</button>
      </div>
      <p className="muted">{t(texts.intro)}</p>
      {notice && <p className="notice" role="status">{notice}</p>}
      {loadError && <p className="alert" role="alert">{pick(loadError.message)}</p>}
      <div className="profiles-layout">
        <div className="profiles-list">
          {items === null && !loadError && <p className="muted">{t('common.loading')}</p>}
          {items && items.length === 0 && <p className="empty">{t(texts.empty)}</p>}
          {items && items.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    {columns.map((column) => <th key={column} scope="col">{labelOf(column)}</th>)}
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id} className={editing?.id === item.id ? 'row-selected' : undefined}>
                      {columns.map((column, index) =>
                        index === 0 ? <th key={column} scope="row">{item[column]}</th> : <td key={column}>{item[column] || '—'}</td>,
                      )}
                      <td className="row-actions">
                        <button type="button" className="button button-small" onClick={() => startEdit(item)}>{t('common.edit')}</button>
                        <button type="button" className="button button-small button-danger-quiet"
                          onClick={() => { setDeleteError(null); setToDelete(item); }}>
                          {t('common.delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <form className="panel profile-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="profile-form-title">
          <h2 id="profile-form-title">{editing ? `${t(texts.edit)}${lang === 'en' ? ': ' : '：'}${editing.name}` : t(texts.create)}</h2>
          {failure && (
            <ErrorSummary
              title={failure.details.length > 0 ? t('common.saveFailed') : `${t('common.saveFailed')} ${pick(failure.message)}`}
              items={failure.details.map((d) => ({ field: fieldOf(d.field), label: labelOf(fieldOf(d.field) ?? ''), message: d.message }))}
            />
          )}
          {fields.map((field, index) => {
            const error = errors[field.name];
            return (
              <Field key={field.name} name={field.name} label={t(field.label)} error={error ? pick(error) : null} optional={field.optional}>
                {(control) => field.options ? (
                  <select
                    {...control}
                    className="input"
                    value={values[field.name]}
                    onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}
                  >
                    {field.options.map((option) => <option key={option.value} value={option.value}>{t(option.label)}</option>)}
                  </select>
                ) : (
                  <input
                    {...control}
                    ref={index === 0 ? firstInput : undefined}
                    className={`input${field.mono ? ' mono' : ''}`}
                    type="text"
                    autoComplete="off"
                    maxLength={field.maxLength}
                    value={values[field.name]}
                    onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}
                    onBlur={() => {
                      const normalise = field.normalise;
                      if (normalise) setValues((v) => ({ ...v, [field.name]: normalise(v[field.name] ?? '') }));
                    }}
                  />
                )}
              </Field>
            );
          })}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>{saving ? t('common.saving') : t('common.save')}</button>
            {editing && <button type="button" className="button" onClick={() => startEdit(null)}>{t('common.cancel')}</button>}
          </div>
        </form>
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title={t(texts.deleteTitle)}
        message={t(texts.deleteMessage, { name: toDelete?.name ?? '' })}
        confirmLabel={t('common.confirmDelete')}
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
