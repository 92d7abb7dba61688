import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { CourtEntry } from '../../../core/court/court-model';
import { DossierError } from '../../../core/errors';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { caseIdArg } from './evidence-commands';

/**
 * `dossier court override CASE_ID --court NAME --reason TEXT`: addresses the case's documents to a court the
 * jurisdiction advisor does not list, with the reason on the record (it goes into the audit log). Readiness
 * then stops blocking on the court; choosing one of the candidates needs no reason and no override.
 */
export const runCourtOverride: CommandRun = async (input) => {
    const caseId = caseIdArg(input.args[0]);
    const name = (stringFlag(input, 'court') ?? '').trim();
    const reason = (stringFlag(input, 'reason') ?? '').trim();
    if (name === '') throw new DossierError('invalid-input', { zh: '请用 --court 填写法院名称', en: 'Give the court’s name with --court' }, { field: '--court' });
    if (reason === '') throw new DossierError('invalid-input', { zh: '请用 --reason 写明向该法院起诉的理由', en: 'Give the reason for filing with this court with --reason' }, { field: '--reason' });
    const services = openCliServices(input.flags);
    try {
      const matches = unwrap(await dispatch(services.handlers, 'court:search', { query: name, limit: 500 })) as CourtEntry[];
      const court = matches.find((c) => c.name === name);
      if (!court) throw new DossierError('not-found', { zh: `法院名录中没有名为“${name}”的法院`, en: `No court named ${name} in the directory` }, { field: '--court' });
      const view = unwrap(await dispatch(services.handlers, 'jurisdiction:override', { caseId, courtId: court.id, reason })) as CaseJurisdiction;
      printValue(input.printer, view, () => `案件 ${caseId} 受诉法院：${view.caseCourtName}（理由：${view.chosen?.overrideReason ?? reason}）\nCase ${caseId} now addresses ${view.caseCourtName}; the reason is recorded`);
    } finally {
      services.close();
    }
  };
