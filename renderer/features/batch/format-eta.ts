import type { TextApi } from '../../i18n/use-text';

/** Seconds left as a paralegal reads them: "45 秒", "3 分钟 20 秒", "2 小时 5 分钟". */
export function formatEta(seconds: number, t: TextApi['t']): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return t('batchRun.seconds', { s: whole });
  if (whole < 3600) return t('batchRun.minutes', { m: Math.floor(whole / 60), s: whole % 60 });
  return t('batchRun.hours', { h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60) });
}
