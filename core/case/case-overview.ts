import type { Bilingual } from '../bilingual';
import { daysBetween } from '../calendar/date-arithmetic';
import type { Deadline } from '../tracking/derive-deadlines';
import type { TrackingStage } from '../tracking/stages';

/** The case's next open deadline: its date, what falls due, and how many days are left (negative when overdue). */
export type NextDeadline = { date: string; title: Bilingual; daysLeft: number };

/** Where a case stands, for the header of its workspace: who, which court, which stage, what is due, whether it can be filed. */
export type CaseOverview = {
  caseId: number;
  defendantName: string;
  courtName: string;
  stage: TrackingStage;
  /** 案号 the court gave the case ('' until accepted), and the enforcement case's 案号 once there is one. */
  courtCaseNumber: string;
  enforcementCaseNumber: string;
  nextDeadline: NextDeadline | null;
  /** Readiness to file: the findings that block filing and the warnings the lawyer should look at. */
  readiness: { ready: boolean; blockers: number; warnings: number };
};

/** The earliest deadline not yet met (an overdue one comes first), or null when nothing is open. */
export function nextOpenDeadline(deadlines: readonly Pick<Deadline, 'done' | 'date' | 'title'>[], today: string): NextDeadline | null {
  let next: Pick<Deadline, 'date' | 'title'> | null = null;
  for (const deadline of deadlines) {
    if (deadline.done) continue;
    if (!next || deadline.date < next.date) next = deadline;
  }
  return next ? { date: next.date, title: next.title, daysLeft: daysBetween(today, next.date) } : null;
}
