/**
 * The litigation and enforcement lifecycle of a case (GLOSSARY: filed / hearing / judgment / served /
 * effective …). The first three stages mirror cases.status (intake); everything after filing is the
 * tracking module's own and lives in case_tracking, so intake and readiness never collide with it.
 */
import type { Bilingual } from '../bilingual';

/** Every stage a case can be in, in lifecycle order. */
export const trackingStages = [
  'draft',
  'ready',
  'filed',
  'accepted',
  'hearing',
  'judgment',
  'mediation',
  'settlement',
  'withdrawal',
  'served',
  'appealed',
  'effective',
  'enforcement-applied',
  'enforcement-accepted',
  'enforcement-suspended',
  'recovered',
  'closed',
] as const;
export type TrackingStage = (typeof trackingStages)[number];

/** What each stage is called: the terms Chinese lawyers use, then English. */
export const stageLabels: Record<TrackingStage, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  ready: { zh: '待立案', en: 'Ready to file' },
  filed: { zh: '已提交立案', en: 'Filed' },
  accepted: { zh: '已立案受理', en: 'Accepted' },
  hearing: { zh: '开庭审理', en: 'Hearing' },
  judgment: { zh: '已判决/裁定', en: 'Judgment' },
  mediation: { zh: '已调解', en: 'Mediation' },
  settlement: { zh: '已和解', en: 'Settlement' },
  withdrawal: { zh: '已撤诉', en: 'Withdrawn' },
  served: { zh: '已送达', en: 'Served' },
  appealed: { zh: '上诉中', en: 'Appealed' },
  effective: { zh: '已生效', en: 'Effective' },
  'enforcement-applied': { zh: '已申请执行', en: 'Enforcement applied' },
  'enforcement-accepted': { zh: '执行立案', en: 'Enforcement accepted' },
  'enforcement-suspended': { zh: '终结本次执行（终本）', en: 'Enforcement ended for now (终本)' },
  recovered: { zh: '已全额回收', en: 'Recovered in full' },
  closed: { zh: '已结案', en: 'Closed' },
};

/** Stages in which enforcement is under way; an agreement reached here is an 执行和解. */
export const enforcementStages: readonly TrackingStage[] = ['enforcement-applied', 'enforcement-accepted', 'enforcement-suspended'];

/** Stages before the court has the case; intake (cases.status) decides them. */
export const preFilingStages: readonly TrackingStage[] = ['draft', 'ready'];

/** Whether `value` names a stage. */
export function isTrackingStage(value: string): value is TrackingStage {
  return (trackingStages as readonly string[]).includes(value);
}
