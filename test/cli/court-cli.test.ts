import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();


async function json(args: string[]) {
  const result = await cli([...args, '--json']);
  expect(result.code, result.err + result.out).toBe(0);
  return JSON.parse(result.out) as Record<string, unknown>;
}

describe('dossier fee', () => {
  it.each([
    [['--amount', '15000'], '175.00', '170.00', '125.00'],
    [['--amount', '150000'], '3300.00', '1270.00', '2150.00'],
    [['--amount', '1234567'], '15911.10', '5000.00', '14745.67'],
    [['--amount', '15000', '--procedure', 'simplified'], '87.50', '170.00', '125.00'],
    [['--amount', '150000', '--closed-by', 'withdrawal'], '1650.00', '1270.00', '2150.00'],
    [['--amount', '30000', '--procedure', 'small'], '275.00', '320.00', '350.00'],
    [['--amount', '30000', '--procedure', 'small', '--closed-by', 'mediation'], '275.00', '320.00', '350.00'],
  ])('%j gives the worked examples of domain.md §3 as decimal yuan strings', async (args, acceptance, preservation, enforcement) => {
    const report = await json(['fee', ...args]);
    expect(report).toMatchObject({ acceptanceFee: acceptance, preservationFee: preservation, enforcementFee: enforcement });
  });

  it('prints the bracket-by-bracket breakdown of each fee', async () => {
    const report = (await json(['fee', '--amount', '1234567', '--preservation', '300000', '--enforcement', '12000000'])) as {
      preservationFee: string; enforcementFee: string;
      breakdown: { acceptance: { lines: { exact: string; charge: string }[] }; preservation: { cap: string | null } };
    };
    expect(report.breakdown.acceptance.lines.at(-1)).toMatchObject({ exact: '2111.103', charge: '2111.10' });
    expect(report.preservationFee).toBe('2020.00');
    expect(report.enforcementFee).toBe('79400.00');
    expect(report.breakdown.preservation.cap).toBeNull();
    const text = await cli(['fee', '--amount', '15000', '--procedure', 'simplified']);
    expect(text.out).toContain('87.50');
    expect(text.out).toContain('第十六条');
  });

  it('rejects a bad amount or option with exit code 2', async () => {
    const bad = await cli(['fee', '--amount', '12.345', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error.message.zh).toContain('两位小数');
    expect((await cli(['fee', '--amount', '100', '--procedure', 'express'])).code).toBe(2);
  });
});

describe('dossier calc procedure', () => {
  it('prints the procedure, the threshold used and its source', async () => {
    const db = join(tempDir(), 'd.sqlite');
    const mandatory = await json(['calc', 'procedure', '--province', '江苏', '--amount', '60000', '--date', '2026-03-01', '--db', db]);
    expect(mandatory).toMatchObject({ procedure: 'small-claims-mandatory', threshold: { mandatoryLimit: '64610.00', inForceFrom: '2026-01-04' } });
    expect(String((mandatory.threshold as { source: string }).source)).toContain('江苏');
    const before = await json(['calc', 'procedure', '--province', '江苏省', '--amount', '61000', '--date', '2025-12-31', '--db', db]);
    expect(before).toMatchObject({ procedure: 'small-claims-by-consent', threshold: { inForceFrom: '2024-01-06' } });
    expect((await json(['calc', 'procedure', '--province', '上海', '--amount', '300000', '--date', '2026-03-01', '--db', db])).procedure).toBe('simplified-or-ordinary');
    expect((await json(['calc', 'procedure', '--province', '上海', '--amount', '100', '--date', '2026-03-01', '--whereabouts-unknown', '--db', db])).procedure).toBe('ordinary');
  });
});

describe('dossier court', () => {
  it('suggests the demo cases’ candidate courts with reasons and citations', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--out', dir])).code).toBe(0);
    const db = join(dir, 'demo.sqlite');
    const suggestion = (await json(['court', 'suggest', '2', '--db', db])) as {
      candidates: { rank: number; court: string; bases: string[]; reasons: { zh: string; citation: { zh: string } }[]; appeal: { court: string } }[];
      ruledOut: { court: string; reasons: { code: string }[] }[];
      fees: { acceptanceFee: string };
    };
    expect(suggestion.candidates.map((c) => c.court)).toEqual(['楚雄市人民法院', '昆明市五华区人民法院']);
    expect(suggestion.candidates[0]?.reasons[0]?.citation.zh).toContain('《民事诉讼法》第二十二条');
    expect(suggestion.candidates[1]?.bases).toEqual(['place-of-performance']);
    expect(suggestion.candidates[0]?.appeal.court).toBe('楚雄彝族自治州中级人民法院');
    expect(suggestion.ruledOut).toEqual([expect.objectContaining({ court: '昆明市官渡区人民法院', reasons: [expect.objectContaining({ code: 'habitual-no-date' })] })]);
    // 126,115.94 yuan: 2,300 + 26,115.94 × 2 % = 2,822.32, halved for the simplified procedure.
    expect(suggestion.fees.acceptanceFee).toBe('1411.16');
    const text = await cli(['court', 'suggest', '1', '--db', db]);
    expect(text.out).toContain('昆明市盘龙区人民法院');
    expect((await cli(['court', 'suggest', '99', '--db', db])).code).toBe(1);
  });

  it('searches by name, pinyin initials and division code, and exports the directory', async () => {
    const dir = tempDir();
    const db = join(dir, 'd.sqlite');
    const byInitials = (await json(['court', 'search', 'bjscyq', '--db', db])) as { courts: { name: string }[] };
    expect(byInitials.courts.map((c) => c.name)).toEqual(['北京市朝阳区人民法院']);
    const byCode = (await json(['court', 'search', '532924', '--db', db])) as { courts: { name: string }[] };
    expect(byCode.courts[0]?.name).toBe('宾川县人民法院');
    const byName = (await json(['court', 'search', '大理', '--level', 'intermediate', '--db', db])) as { courts: { name: string }[] };
    expect(byName.courts.map((c) => c.name)).toEqual(['大理白族自治州中级人民法院']);
    const out = join(dir, 'courts.csv');
    const exported = await json(['court', 'export', '--out', out, '--db', db]);
    expect(exported.count).toBeGreaterThan(3000);
    expect(readFileSync(out, 'utf8')).toContain('宾川县人民法院');
  });

  it('imports directory edits from a GBK file, and names the row of an unclosed quote', async () => {
    const dir = tempDir();
    const db = join(dir, 'd.sqlite');
    const file = join(dir, '法院.csv');
    writeFileSync(file, iconv.encode('法院名称,审级,区划代码,地址\n某某法院,基层,530102,昆明市五华区某路1号\n', 'gbk'));
    expect(await json(['court', 'import', file, '--db', db])).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    const found = (await json(['court', 'search', '某某法院', '--db', db])) as { courts: { address: string }[] };
    expect(found.courts[0]?.address).toBe('昆明市五华区某路1号');
    writeFileSync(file, '法院名称,审级,区划代码,地址\n甲法院,基层,530102,"某路\n乙法院,基层,530102,某路\n');
    const refused = await cli(['court', 'import', file, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.err + refused.out).toContain('第 2 行');
  });
});
