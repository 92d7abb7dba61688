import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseImportMapping } from '../../core/import/import-operations';
import { suggestMapping } from '../../core/import/suggest-mapping';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import { exportHeaders, exportRow, writeGb18030Csv } from '../support/case-export';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-settings-import-');
const mapping = suggestMapping(exportHeaders).suggested as CaseImportMapping;

describe('the case import with default profiles', () => {
  it('uses the stored default plaintiff and agent when the import chooses none and the file names no plaintiff', async () => {
    const dir = tempDir();
    const services = openTestServices(dir);
    await seedProfiles(services.handlers);
    // A second pair, so the defaults are not simply "the only ones saved".
    const creditCode = '91530400MA6N7P8Q2';
    const chosenPlaintiff = await services.handlers['organisation:save']({ values: {
      name: '滇南银行股份有限公司信用卡中心', creditCode: creditCode + creditCodeCheckCharacter(creditCode), address: '云南省玉溪市红塔区示例路 1 号',
      responsiblePerson: '周敏', responsibleTitle: '总经理', phone: '0877-2000000', organisationType: 'branch', licenceNumber: '',
    } });
    const agent = await services.handlers['agent:save']({ values: { name: '赵一鸣', employer: '滇池律师事务所', licenceNumber: '15301202010654321', phone: '13900139000' } });
    expect(await services.handlers['organisation:list']({})).toHaveLength(2);
    await services.handlers['settings:save']({ defaultPlaintiffId: chosenPlaintiff.id, defaultAgentId: agent.id });
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), exportRow(1)]);
    const report = await services.handlers['import:cases']({
      source: { path }, mapping, encoding: 'auto', plaintiffId: null, agentId: null, onDuplicate: 'skip', validOnly: false, dryRun: false,
    });
    expect(report).toMatchObject({ written: true, created: 2, problemCount: 0 });
    const rows = services.context.db.prepare('SELECT plaintiff_id AS plaintiffId, agent_id AS agentId FROM cases ORDER BY id').all();
    expect(rows).toEqual([{ plaintiffId: chosenPlaintiff.id, agentId: agent.id }, { plaintiffId: chosenPlaintiff.id, agentId: agent.id }]);
    services.close();
  });
});
