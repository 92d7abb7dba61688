/** Formats an instant as the calendar date (YYYY-MM-DD) in China time, where every deadline is counted. */
export function chinaCalendarDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD; Asia/Shanghai has had no DST since 1991.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A timestamp for records: ISO 8601 with China's +08:00 offset, so stored times read as local. */
export function chinaTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  return shifted.toISOString().replace('Z', '+08:00');
}
