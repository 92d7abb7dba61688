import type { DeadlineKind } from '../../../../core/tracking/derive-deadlines';
import type { TextKey } from '../../../i18n/zh-CN';

/** A deadline kind's short label key, for the list's 最近期限 column. */
export const deadlineKindKey = (kind: DeadlineKind): TextKey => `caseList.deadline.${kind}` satisfies TextKey;
