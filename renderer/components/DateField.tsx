import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/use-text';
import { dateWithin, normaliseDateText } from './date-text';
import './date-field.css';

type DateFieldProps = {
  /** The date as stored, YYYY-MM-DD, or '' when none is set. */
  value: string;
  /** Called with a YYYY-MM-DD date or '' as soon as the text is one; on leaving the field, also with text that is not a date, so a save cannot keep an older date silently. */
  onChange: (value: string) => void;
  id?: string;
  name?: string;
  required?: boolean;
  /** Marks the field as wrong from outside (a failed save). */
  invalid?: boolean;
  disabled?: boolean;
  min?: string;
  max?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true | undefined;
  'aria-required'?: true | undefined;
  'aria-label'?: string;
};

/**
 * A date typed as yyyy-mm-dd whatever the system's locale (a native date input shows the OS format, e.g. 12/01/2026),
 * checked when the field is left, with a calendar button that opens the browser's own picker.
 */
export function DateField({ value, onChange, id, name, required = false, invalid = false, disabled = false, min, max, ...aria }: DateFieldProps) {
  const { t } = useText();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  // A new value from outside (a reset, a loaded record) replaces what is shown.
  useEffect(() => {
    setText((shown) => (shown.trim() === value || normaliseDateText(shown) === value ? shown : value));
  }, [value]);

  function check(next: string): string | null {
    if (next.trim() === '') return required ? t('dateField.required') : null;
    const date = normaliseDateText(next);
    if (!date) return t('dateField.invalid');
    if (!dateWithin(date, min, max)) return t('dateField.outOfRange', { min: min ?? '', max: max ?? '' });
    return null;
  }

  function type(next: string) {
    setText(next);
    if (problem) setProblem(null);
    const date = normaliseDateText(next);
    if (next.trim() === '') onChange('');
    else if (date && date === next.trim()) onChange(date);
  }

  function leave() {
    const found = check(text);
    setProblem(found);
    const date = normaliseDateText(text);
    if (date && !found) {
      setText(date);
      if (date !== value) onChange(date);
    } else if (text.trim() !== value) {
      onChange(text.trim());
    }
  }

  function openPicker() {
    const input = picker.current;
    if (!input || disabled) return;
    input.value = normaliseDateText(text) ?? '';
    try {
      input.showPicker();
    } catch {
      // Older engines have no showPicker; focusing the field lets the user type instead.
      document.getElementById(id ?? '')?.focus();
    }
  }

  const errorId = id ? `${id}-date-error` : undefined;
  const describedBy = [aria['aria-describedby'], problem ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className="date-field">
      <span className="date-field-row">
        <input className="input date-field-input" type="text" inputMode="numeric" autoComplete="off" id={id} name={name}
          value={text} placeholder="yyyy-mm-dd" pattern="\d{4}-\d{2}-\d{2}" maxLength={12} disabled={disabled}
          aria-label={aria['aria-label']} aria-required={required || aria['aria-required'] ? true : undefined}
          aria-invalid={invalid || problem || aria['aria-invalid'] ? true : undefined} aria-describedby={describedBy}
          onChange={(e) => type(e.target.value)} onBlur={leave} />
        <button type="button" className="button date-field-calendar" disabled={disabled} aria-label={t('dateField.calendar')}
          title={t('dateField.calendar')} onClick={openPicker}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4">
            <rect x="2" y="3" width="12" height="11" rx="1.5" /><path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
          </svg>
        </button>
        <input ref={picker} className="date-field-picker" type="date" tabIndex={-1} aria-hidden="true" min={min} max={max}
          onChange={(e) => { if (e.target.value) { setText(e.target.value); setProblem(null); onChange(e.target.value); } }} />
      </span>
      {problem && <span className="field-error date-field-error" id={errorId} role="alert">{problem}</span>}
    </span>
  );
}
