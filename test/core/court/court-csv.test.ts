import { describe, expect, it } from 'vitest';
import { courtsFromTable, courtsToCsv } from '../../../core/court/court-csv';
import { DossierError } from '../../../core/errors';
import { readTable } from '../../../electron/tables/read-table';
import { directoryWith } from '../../support/court-data';

/** The courts in CSV text, read as the import reads a file. */
const courtsFromCsv = async (csv: string) => courtsFromTable(await readTable({ fileName: 'courts.csv', bytes: new TextEncoder().encode(csv) }));

describe('court directory CSV', () => {
  it('round-trips courts, including commas, quotes and line breaks in a field', async () => {
    const directory = directoryWith();
    const courts = [directory.find('basic-441900-3')!, { ...directory.find('basic-530102')!, notes: '含逗号, "引号"\n及换行' }];
    const csv = courtsToCsv(courts);
    expect(csv.startsWith('\uFEFF编号,法院名称,审级')).toBe(true);
    const back = await courtsFromCsv(csv);
    expect(back.map((r) => r.id)).toEqual(['basic-441900-3', 'basic-530102']);
    expect(back[0]?.values.towns).toEqual(courts[0]!.towns);
    expect(back[1]?.values).toMatchObject({ name: '昆明市五华区人民法院', level: 'basic', notes: '含逗号, "引号"\n及换行', divisionCode: '530102' });
  });

  it('accepts English headers and codes', async () => {
    const rows = await courtsFromCsv('name,level,divisionCode\r\n测试法院,intermediate,530100\r\n');
    expect(rows).toEqual([{ row: 2, id: '', values: expect.objectContaining({ name: '测试法院', level: 'intermediate', kind: 'general' }) }]);
  });

  it('names every bad row and field in both languages', async () => {
    const csv = '法院名称,审级,区划代码\n好法院,基层,530102\n坏法院,省级,530102\n,基层,12\n';
    let error: unknown;
    try {
      await courtsFromCsv(csv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    const e = error as DossierError;
    expect(e.location.row).toBe(3);
    expect(e.text.zh).toContain('第 3 行');
    expect(e.details.map((d) => d.field)).toEqual(['row 3: level', 'row 4: name', 'row 4: divisionCode']);
  });

  it('refuses a file without the required columns', async () => {
    await expect(courtsFromCsv('名称,地址\n甲,乙\n')).rejects.toThrow(/column/);
  });
});
