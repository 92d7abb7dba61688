import type { Bilingual } from '../../core/bilingual';
import { useText } from '../i18n/use-text';

/** One problem listed in the summary, with the label of the field it belongs to (if any). */
export type SummaryItem = { field?: string; label?: string; message: Bilingual };

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
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{title}</p>
      {items.length > 0 && (
        <>
          <p>{t('common.errorSummary', { count: items.length })}</p>
          <ul>
            {items.map((item, index) => (
              <li key={`${item.field ?? ''}-${index}`}>
                {item.field && item.label ? (
                  <button type="button" className="link-button" onClick={() => focusField(item.field!)}>
                    {item.label}
                  </button>
                ) : null}
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
