/**
 * What the case list's columns and readiness states are called, for every place that prints the list
 * outside the page: the XLSX export's headers and the `dossier case list` output.
 */
import type { Bilingual } from '../bilingual';
import type { ReadinessState } from './case-list-query';

/** The columns of an exported or printed case list, in the order they appear. */
export const caseListFieldLabels = {
  id: { zh: '编号', en: 'No.' },
  defendant: { zh: '被告', en: 'Defendant' },
  residentId: { zh: '身份证号', en: 'Resident ID' },
  cardNumber: { zh: '卡号', en: 'Card number' },
  plaintiff: { zh: '原告', en: 'Plaintiff' },
  branch: { zh: '发卡行/分行', en: 'Issuing branch' },
  court: { zh: '法院', en: 'Court' },
  courtCaseNumber: { zh: '案号', en: 'Case number' },
  stage: { zh: '阶段', en: 'Stage' },
  claim: { zh: '诉请金额（元）', en: 'Claim (yuan)' },
  nextDeadline: { zh: '下一期限', en: 'Next deadline' },
  nextDeadlineKind: { zh: '期限事项', en: 'Deadline' },
  readiness: { zh: '立案检查', en: 'Readiness' },
  owner: { zh: '经办人', en: 'Owner' },
  updated: { zh: '更新时间', en: 'Updated' },
  archived: { zh: '已归档', en: 'Archived' },
} as const satisfies Record<string, Bilingual>;

/** A readiness outcome in words; a blocked case says how many findings block it. */
export function readinessLabel(state: ReadinessState, blockingCount: number): Bilingual {
  if (state === 'ready') return { zh: '可立案', en: 'Ready' };
  if (state === 'blocked') return { zh: `${blockingCount} 项须处理`, en: `${blockingCount} to resolve` };
  return { zh: '未检查', en: 'Not checked' };
}

/** A stored timestamp (ISO, China time) as the list shows it: 2026-03-01 14:05. */
export function listTimestamp(timestamp: string): string {
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)}`.trim();
}
