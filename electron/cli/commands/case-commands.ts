import type { CaseSummary } from '../../../core/case/case-model';
import { formatYuan } from '../../../core/money/fen';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import type { CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';

/** `dossier case list`. */
export const runCaseList: CommandRun = async ({ flags, printer }) => {
    const services = openCliServices(flags);
    try {
      const cases = unwrap(await dispatch(services.handlers, 'case:list', {})) as CaseSummary[];
      printValue(printer, cases, (list) => list.map((c) => `${c.id}\t${c.defendantName}\t¥${formatYuan(c.claimTotalFen)}\t${c.courtName}\t${c.status}`));
    } finally {
      services.close();
    }
  };
