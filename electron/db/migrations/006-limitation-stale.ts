/**
 * 006: the stored limitation deadline (case_deadlines) is computed by the limitation engine from the case's
 * contact records, ledger, limitation events entered by hand and card terms, so a change to any of them
 * marks the case's derived rows stale, as an edit of the case itself does (004). The holiday calendar is
 * covered by case_tracking.calendar_version.
 */
const staleOn = (table: string) => ['INSERT', 'UPDATE', 'DELETE'].map((event) => {
  const row = event === 'DELETE' ? 'OLD' : 'NEW';
  return `CREATE TRIGGER ${table}_marks_tracking_stale_on_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
  UPDATE case_tracking SET stale = 1 WHERE case_id = ${row}.case_id AND stale = 0;
END;`;
}).join('\n');

export const limitationStaleSchema = ['contact_records', 'ledger_entries', 'limitation_events', 'card_terms'].map(staleOn).join('\n');
