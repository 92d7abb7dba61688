import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import { demoPlaintiff } from '../../electron/services/demo-data';
import { selectCases } from '../../electron/batch/batch-selection';
import { trackingStoreOf } from '../../electron/services/tracking-store';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { thrownDossierError } from '../support/thrown-error';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Three cases: one marked ready (tracking stage 待立案), one for a second plaintiff, one with an owner. */
async function threeCases() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const other = await handlers['organisation:save']({ values: { ...demoPlaintiff, name: '滇南银行股份有限公司信用卡中心', creditCode: `91530100MA6K7Q2X4${creditCodeCheckCharacter('91530100MA6K7Q2X4')}` } });
  const first = await handlers['case:create']({ values: caseInput.parse({ ...cases[0]!, status: 'ready' }) });
  const second = await handlers['case:create']({ values: caseInput.parse({ ...cases[1]!, plaintiffId: other.id }) });
  const third = await handlers['case:create']({ values: caseInput.parse(cases[2]!) });
  await handlers['tracking:set-owner']({ caseIds: [third.id], owner: '赵敏' });
  trackingStoreOf(services.context).refreshStale();
  const ids = (filter: Parameters<typeof selectCases>[1], caseIds?: number[]) => selectCases(services.context.db, filter, caseIds).map((c) => c.caseId);
  return { ...services, ids, first, second, third, other };
}

describe('batch selection', () => {
  it('takes every case without a criterion, in case order', async () => {
    const { ids, first, second, third, close } = await threeCases();
    try {
      expect(ids({})).toEqual([first.id, second.id, third.id]);
    } finally {
      close();
    }
  });

  it('filters by tracking stage, given by name or by its Chinese label', async () => {
    const { ids, first, second, third, close } = await threeCases();
    try {
      expect(ids({ stage: 'ready' })).toEqual([first.id]);
      expect(ids({ stage: '草稿' })).toEqual([second.id, third.id]);
    } finally {
      close();
    }
  });

  it('filters by plaintiff, court and owner', async () => {
    const { ids, second, third, other, close } = await threeCases();
    try {
      expect(ids({ plaintiffId: other.id })).toEqual([second.id]);
      expect(ids({ courtName: '大理市人民法院' })).toEqual([third.id]);
      expect(ids({ owner: '赵敏' })).toEqual([third.id]);
      expect(ids({ owner: '赵敏', courtName: '昆明市盘龙区人民法院' })).toEqual([]);
    } finally {
      close();
    }
  });

  it('matches no case by import where the database holds no imported case', async () => {
    const { ids, close } = await threeCases();
    try {
      expect(ids({ importId: 1 })).toEqual([]);
    } finally {
      close();
    }
  });

  it('narrows chosen cases by the filter, and names a chosen case that does not exist', async () => {
    const { ids, first, third, close } = await threeCases();
    try {
      expect(ids({ stage: 'draft' }, [first.id, third.id])).toEqual([third.id]);
      const error = thrownDossierError(() => ids({}, [first.id, 999]));
      expect(error.code).toBe('not-found');
      expect(error.text.zh).toContain('999');
    } finally {
      close();
    }
  });
});
