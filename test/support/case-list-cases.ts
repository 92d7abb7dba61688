import type { CaseInput } from '../../core/case/case-model';
import type { Handlers, OperationInput } from '../../core/contract';
import { ok } from './dispatch-call';
import { openTestServices, seedProfiles } from './service-fixture';

type EventIn = OperationInput<'event:add'>['event'];

/** A clock that moves one second per reading from 2026-11-28 10:00 China time, so every write has its own time. */
export function tickingClock(): () => Date {
  let seconds = 0;
  return () => new Date(Date.UTC(2026, 10, 28, 2, 0, seconds++));
}

/** Records events on a case until its judgment is effective, with the 案号 the court gave it. */
export async function walkToEffective(handlers: Handlers, caseId: number, courtCaseNumber: string) {
  const add = (type: EventIn['type'], date: string, details: EventIn['details'] = {}) => ok(handlers, 'event:add', { caseId, event: { type, date, details } });
  await add('marked-ready', '2026-06-01');
  await add('filed', '2026-06-02');
  await add('accepted', '2026-06-09', { courtCaseNumber });
  await add('hearing', '2026-08-20');
  await add('judgment', '2026-09-10', { documentKind: 'judgment', performanceDays: 10, awardedAmount: '56,918.07' });
  await add('served', '2026-09-16', { party: 'defendant' });
  return add('effective', '2026-10-09');
}

/**
 * Services over the three demo cases plus 张伟 (initials "zw"), on a ticking clock: 李晓梅's judgment is
 * effective under （2026）云0103民初346号, 王建国 is marked ready, and each case has its own owner.
 */
export async function openListCases(dataDir: string) {
  const services = openTestServices(dataDir, tickingClock());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const zhang: CaseInput = {
    ...cases[1]!,
    defendant: { ...cases[1]!.defendant, name: '张伟' },
    card: { ...cases[1]!.card, issuingBranch: '云岭银行股份有限公司曲靖分行' },
    claim: { ...cases[1]!.claim, principal: '5,000.00' },
  };
  const ids: number[] = [];
  for (const values of [...cases, zhang]) ids.push((await ok(handlers, 'case:create', { values })).id);
  const [li, wang, yan, zhangId] = ids as [number, number, number, number];
  await walkToEffective(handlers, li, '（2026）云0103民初346号');
  await ok(handlers, 'event:add', { caseId: wang, event: { type: 'marked-ready', date: '2026-11-20', details: {} } });
  const owners: [number, string][] = [[li, '赵律师'], [wang, '钱法务'], [yan, '孙专员'], [zhangId, '李法务']];
  for (const [caseId, owner] of owners) await ok(handlers, 'tracking:set-owner', { caseIds: [caseId], owner });
  return { ...services, ids: { li, wang, yan, zhang: zhangId }, all: ids };
}
