import { describe, expect, it } from 'vitest';
import { parseBatchFilter } from '../../../core/batch/batch-filter-expr';
import { thrownDossierError } from '../../support/thrown-error';

describe('batch filter expression', () => {
  it('reads every criterion, stage by name or label, ready as yes/no or 是/否', () => {
    expect(parseBatchFilter('stage=待立案, court=大理市人民法院,branch=3,ready=yes,owner=赵敏,import=12')).toEqual({
      stage: 'ready', courtName: '大理市人民法院', plaintiffId: 3, ready: true, owner: '赵敏', importId: 12,
    });
    expect(parseBatchFilter('ready=否，stage=draft')).toEqual({ ready: false, stage: 'draft' });
    expect(parseBatchFilter('')).toEqual({});
  });

  it('names the bad term in Chinese and English', () => {
    for (const [expr, term] of [['stage=drafting', 'stage=drafting'], ['court', 'court'], ['colour=red', 'colour=red'], ['branch=x1', 'branch=x1'], ['ready=maybe', 'ready=maybe'], ['owner=', 'owner=']]) {
      const error = thrownDossierError(() => parseBatchFilter(`court=大理市人民法院,${expr}`));
      expect(error.code).toBe('invalid-input');
      expect(error.text.zh).toContain(`“${term}”`);
      expect(error.text.en).toContain(`"${term}"`);
    }
  });
});
