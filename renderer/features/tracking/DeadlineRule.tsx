import type { Bilingual } from '../../../core/bilingual';
import { useText } from '../../i18n/use-text';

/** A derived date's rule, with the holiday roll-over it took and the calendar's warning, if any. */
export function DeadlineRule({ rule, nominal, skipped, calendarWarning }: {
  rule: Bilingual; nominal: string; skipped: readonly string[]; calendarWarning: Bilingual | null;
}) {
  const { t, pick } = useText();
  return (
    <td className="rule-text">
      {pick(rule)}
      {skipped.length > 0 && <span className="rule-note">{t('tracking.rolled', { nominal })}</span>}
      {calendarWarning && <span className="rule-note rule-warning">{pick(calendarWarning)}</span>}
    </td>
  );
}
