import type { ReactNode } from 'react';
import type { TextKey } from '../../i18n/zh-CN';

/**
 * The tabs of a saved case's page after 案件信息 (the intake form, always first). Each feature adds its
 * own tab here — evidence, claim, contacts, readiness, court, tracking — and owns what it renders.
 */
export type CaseTab = { id: string; label: TextKey; render: (caseId: number) => ReactNode };

/** Feature tabs in the order they are shown. */
export const caseTabs: CaseTab[] = [];
