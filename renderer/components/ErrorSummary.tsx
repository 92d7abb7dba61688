import type { Bilingual } from '../../core/bilingual';
import { useText } from '../i18n/use-text';

/**
 * One problem listed in the summary, with the label of the field it belongs to (if any): `label` from the form,
 * or `fieldLabel` as the services name the field.
 */
export type SummaryItem = { field?: string; label?: string; fieldLabel?: Bilingual; message: Bilingual };

type ErrorSummaryProps = {
  title: string;
  items: SummaryItem[];
};

/** Moves the keyboard focus to the form control named `field`, if there is one. */
function focusField(field: string): void {
  const control = document.getElementsByName(field)[0];
  if (control instanceof HTMLElement) control.focus();
}

/** The box at the top of a form listing every problem of a failed save; each item focuses its field. */
export function ErrorSummary({ title, items }: ErrorSummaryProps) {
  const { t, pick, lang } = useText();
  // An item with neither a label nor a message says nothing; it is left out rather than listed empty.
  const shown = items
    .map((item) => ({ ...item, label: item.label ?? (item.fieldLabel ? pick(item.fieldLabel) : undefined) }))
    .filter((item) => item.label || pick(item.message).trim() !== '');
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{title}</p>
      {shown.length > 0 && (
        <>
          <p>{t('common.errorSummary', { count: shown.length })}</p>
          <ul>
            {shown.map((item, index) => (
              <li key={`${item.field ?? ''}-${index}`}>
                {item.field && item.label ? (
                  <button type="button" className="link-button" onClick={() => focusField(item.field!)}>
                    {item.label}
                  </button>
                ) : item.label}
                {item.label ? (lang === 'en' ? ': ' : '：') : ''}
                {pick(item.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
