import type { CaseSummary } from '../../../core/case/case-model';
import { formatYuan } from '../../../core/money/fen';
import { stageLabels } from '../../../core/tracking/stages';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import type { CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';

/** `dossier case list`: one line a case, its status in words (never the stored value). */
export const runCaseList: CommandRun = async ({ flags, printer }) => {
    const services = openCliServices(flags);
    try {
      const cases = unwrap(await dispatch(services.handlers, 'case:list', {})) as CaseSummary[];
      printValue(printer, cases, (list) => list.map((c) => `${c.id}\t${c.defendantName}\t¥${formatYuan(c.claimTotalFen)}\t${c.courtName}\t${stageLabels[c.status].zh} ${stageLabels[c.status].en}`));
    } finally {
      services.close();
    }
  };
