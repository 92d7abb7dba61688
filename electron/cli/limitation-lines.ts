import type { LimitationSummary } from '../../core/claim/limitation';

/** The limitation period's last day and the event it rests on, printed alike by `limitation` and `check`. */
export function limitationLines(summary: LimitationSummary | null): string[] {
  if (!summary) return ['时效届满日 Last day: 无法计算：未填写到期还款日 No due date'];
  const { period, restsOn } = summary;
  return [
    `时效届满日 Last day: ${period.lastDay}${period.skipped.length ? `（顺延自 ${period.nominal}）` : ''}`,
    `依据事件 Rests on: ${restsOn.date} ${restsOn.description.zh}（${restsOn.basis.zh}）`,
  ];
}
