/** What each state of a case in a batch is called, for the manifest, the CLI and the UI (never the state's code). */
import type { Bilingual } from '../../core/bilingual';
import type { BatchCaseState } from '../../core/batch/batch-operations';

const labels: Record<BatchCaseState, Bilingual> = {
  pending: { zh: '待处理', en: 'Waiting' },
  done: { zh: '已生成', en: 'Assembled' },
  'not-ready': { zh: '未通过立案检查', en: 'Not ready to file' },
  failed: { zh: '生成失败', en: 'Failed' },
  skipped: { zh: '未纳入', en: 'Left out' },
};

/** The label of a case's state. */
export function stateLabel(state: BatchCaseState): Bilingual {
  return labels[state];
}
