import { useId } from 'react';
import type { ReactNode } from 'react';
import { useText } from '../i18n/use-text';

/** The attributes a Field hands to its input or select so label, error and hint stay linked. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
};

type FieldProps = {
  /** The dotted path of the value (e.g. 'defendant.residentId'): the input's name and the error's data-error-for. */
  name: string;
  label: string;
  error?: string | null;
  hint?: ReactNode;
  optional?: boolean;
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with its hint and, when there is one, its error message right under it. */
export function Field({ name, label, error, hint, optional = false, wide = false, children }: FieldProps) {
  const { t, lang } = useText();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional">{lang === 'en' ? ` (${t('common.optional')})` : `（${t('common.optional')}）`}</span>}
      </label>
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': optional ? undefined : true,
      })}
      {error && (
        <p className="field-error" id={errorId} data-error-for={name}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
