import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('dossier batch', () => {
  it('lists no jobs of a new database in the Result envelope', async () => {
    const db = join(tempDir(), 'dossier.sqlite');
    const { code, out } = await cli(['batch', 'status', '--db', db, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ ok: true, value: [] });
  });

  it('refuses a bad filter term, naming it in Chinese and English, before touching the database', async () => {
    const dir = tempDir();
    const { code, err } = await cli(['batch', '--filter', 'court=大理市人民法院,colour=red', '--out', join(dir, 'out'), '--db', join(dir, 'dossier.sqlite')]);
    expect(code).toBe(2);
    expect(err).toContain('筛选条件“colour=red”无效');
    expect(err).toContain('Invalid filter term "colour=red"');
  });

  it('refuses a document set it cannot make, listing the ones it can', async () => {
    const dir = tempDir();
    const { code, err } = await cli(['batch', '--documents', 'complaint,judgment', '--out', join(dir, 'out'), '--db', join(dir, 'dossier.sqlite')]);
    expect(code).toBe(2);
    expect(err).toContain('judgment');
    expect(err).toContain('evidence-list');
  });

  it('says when no case matches, as an error in words', async () => {
    const dir = tempDir();
    const { code, out } = await cli(['batch', '--out', join(dir, 'out'), '--db', join(dir, 'dossier.sqlite'), '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: { zh: '没有符合条件的案件' } } });
  });
});
