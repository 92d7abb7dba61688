import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('dossier doc warns about the addressed court; dossier court override records the reason', () => {
  it('on demo case 2, addressed to a court the advisor rules out', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = join(dir, 'demo.sqlite');
    const doc = await cli(['doc', '2', '--template', 'complaint', '--format', 'pdf', '--out', join(dir, 'out'), '--db', db]);
    expect(doc.code).toBe(0);
    expect(doc.out).toContain('注意：文书所列受诉法院“昆明市官渡区人民法院”不在管辖建议的候选法院之中');
    expect((await cli(['doc', '1', '--template', 'complaint', '--format', 'pdf', '--out', join(dir, 'out'), '--db', db])).out).not.toContain('注意');

    const missing = await cli(['court', 'override', '2', '--court', '昆明市官渡区人民法院', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--reason');
    expect((await cli(['check', '2', '--db', db])).out).toContain('受诉法院属于管辖法院');

    const done = await cli(['court', 'override', '2', '--court', '昆明市官渡区人民法院', '--reason', '被告书面确认在官渡区连续居住已满一年', '--db', db]);
    expect(done.code).toBe(0);
    expect((await cli(['check', '2', '--db', db])).out).not.toContain('受诉法院属于管辖法院');
    expect((await cli(['court', 'suggest', '2', '--db', db])).out).toContain('理由：被告书面确认在官渡区连续居住已满一年');
    expect((await cli(['doc', '2', '--template', 'complaint', '--format', 'pdf', '--out', join(dir, 'out'), '--db', db])).out).not.toContain('注意');
  }, 90_000);
});
