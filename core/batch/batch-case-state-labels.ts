/** What became of a case in a batch, in words for the manifest and the UI (never the state's code). */
import type { Bilingual } from '../bilingual';
import type { BatchCaseState } from './batch-operations';

/** The label of each case state of a batch job. */
export const batchCaseStateLabels: Record<BatchCaseState, Bilingual> = {
  pending: { zh: '待处理', en: 'Pending' },
  done: { zh: '已生成', en: 'Assembled' },
  'not-ready': { zh: '未具备立案条件', en: 'Not ready to file' },
  failed: { zh: '失败', en: 'Failed' },
  skipped: { zh: '已跳过', en: 'Skipped' },
};
