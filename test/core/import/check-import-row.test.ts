import { describe, expect, it } from 'vitest';
import { checkImportRow } from '../../../core/import/check-import-row';
import type { ImportRowContext, RowCells } from '../../../core/import/check-import-row';
import type { CaseImportField, CaseImportMapping } from '../../../core/import/import-operations';
import { mappingProblems } from '../../../core/import/mapping-problems';
import { makeCardNumber, makeResidentId } from '../../support/identities';

const TODAY = '2026-03-05';
const residentId = makeResidentId('530111', '1985-06-15', '123');
const cardNumber = makeCardNumber('622848001234567');

const good: Partial<Record<CaseImportField, string>> = {
  defendantName: '王䶮', residentId, ethnicity: '汉族', registeredAddress: '云南省昆明市官渡区示例路1号', phone: '13800138000',
  cardNumber, agreementDate: '2019/4/1', issuingBranch: '示例银行昆明分行', creditLimit: '50,000.00', asOfDate: '2026年2月28日',
  principal: '12345.67', interest: '1000', penalty: '200.5', fees: '0', total: '13546.17',
};

const mapping: CaseImportMapping = Object.fromEntries(Object.keys(good).map((field) => [field, `列-${field}`]));

const context: ImportRowContext = { today: TODAY, mapping, plaintiffIdByName: new Map([['示例银行昆明分行', 7]]), defaultPlaintiffId: 3, agentId: null };

function cellsOf(values: Partial<Record<CaseImportField, string>>): RowCells {
  return (field) => values[field];
}

describe('checkImportRow', () => {
  it('accepts a good row, reading sex and birth date from the ID and dates in the forms banks write', () => {
    const result = checkImportRow(5, cellsOf(good), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.imported.values.defendant).toMatchObject({ name: '王䶮', sex: 'male', birthDate: '1985-06-15' });
    expect(result.imported.values.card.agreementDate).toBe('2019-04-01');
    expect(result.imported.values.claim.asOfDate).toBe('2026-02-28');
    expect(result.imported.values.plaintiffId).toBe(3);
  });

  it('reports a wrong ID check character against the ID column, by label', () => {
    const bad = residentId.slice(0, 17) + (residentId.endsWith('1') ? '2' : '1');
    const result = checkImportRow(6, cellsOf({ ...good, residentId: bad }), context);
    expect(result).toMatchObject({ ok: false, problems: [{ row: 6, column: '列-residentId', value: bad }] });
    if (!result.ok) expect(result.problems[0]!.message.zh).toMatch(/^被告身份证号码：/);
  });

  it('reports a card number failing Luhn', () => {
    const bad = cardNumber.slice(0, 15) + String((Number(cardNumber[15]) + 1) % 10);
    const result = checkImportRow(7, cellsOf({ ...good, cardNumber: bad }), context);
    expect(result).toMatchObject({ ok: false, problems: [{ column: '列-cardNumber', value: bad }] });
  });

  it('reports an amount with three decimals and, with it, no false total mismatch', () => {
    const result = checkImportRow(8, cellsOf({ ...good, interest: '1000.001' }), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column)).toEqual(['列-interest']);
    expect(result.problems[0]!.message.zh).toContain('两位小数');
  });

  it('reports a total that does not equal its parts', () => {
    const result = checkImportRow(9, cellsOf({ ...good, total: '13546.18' }), context);
    expect(result).toMatchObject({ ok: false, problems: [{ column: '列-total', value: '13546.18' }] });
    if (!result.ok) expect(result.problems[0]!.message.zh).toContain('13,546.17');
  });

  it('reports a date that does not exist', () => {
    const result = checkImportRow(10, cellsOf({ ...good, agreementDate: '2019-02-30' }), context);
    expect(result).toMatchObject({ ok: false, problems: [{ column: '列-agreementDate', value: '2019-02-30' }] });
  });

  it('reports a blank required cell by its label', () => {
    const result = checkImportRow(11, cellsOf({ ...good, ethnicity: '' }), context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message.zh).toBe('被告民族：此项为必填项');
  });

  it('takes the plaintiff the file names exactly, else the chosen one, and refuses a row with neither', () => {
    const withColumn = { ...context, mapping: { ...mapping, plaintiffName: '原告' } };
    const named = checkImportRow(12, cellsOf({ ...good, plaintiffName: '示例银行昆明分行' }), withColumn);
    expect(named.ok && named.imported.values.plaintiffId).toBe(7);
    const unknown = checkImportRow(13, cellsOf({ ...good, plaintiffName: '示例银行' }), withColumn);
    expect(unknown.ok && unknown.imported.values.plaintiffId).toBe(3);
    const neither = checkImportRow(14, cellsOf({ ...good, plaintiffName: '示例银行' }), { ...withColumn, defaultPlaintiffId: null });
    expect(neither).toMatchObject({ ok: false, problems: [{ column: '原告', value: '示例银行' }] });
  });

  it('reads a sex column in words and checks it against the ID', () => {
    const withSex = { ...context, mapping: { ...mapping, sex: '性别' } };
    expect(checkImportRow(15, cellsOf({ ...good, sex: '男' }), withSex).ok).toBe(true);
    expect(checkImportRow(16, cellsOf({ ...good, sex: '女' }), withSex)).toMatchObject({ ok: false, problems: [{ column: '性别', value: '女' }] });
    expect(checkImportRow(17, cellsOf({ ...good, sex: '未知' }), withSex)).toMatchObject({ ok: false, problems: [{ column: '性别', value: '未知' }] });
  });
});

describe('mappingProblems', () => {
  it('names each missing required column and each mapped column the file lacks, on the header row', () => {
    const problems = mappingProblems({ defendantName: '姓名', cardNumber: '卡号' }, ['姓名'], 1, true);
    expect(problems.every((p) => p.row === 1)).toBe(true);
    expect(problems.map((p) => p.message.zh)).toEqual(expect.arrayContaining(['缺少必需的列：被告身份证号码', '文件中没有“卡号”列（用于信用卡卡号）']));
  });

  it('asks for a plaintiff when the file names none and none was chosen', () => {
    const full = Object.fromEntries(Object.keys(mapping).map((field) => [field, field]));
    expect(mappingProblems(full, Object.keys(full), 1, true)).toEqual([]);
    expect(mappingProblems(full, Object.keys(full), 1, false).map((p) => p.message.en)).toEqual(['The file has no plaintiff column; choose the plaintiff']);
  });
});

describe('checkImportRow on the largest claim', () => {
  it('refuses parts that together exceed what a claim can hold, even without a total column', () => {
    const { total: _total, ...withoutTotal } = good;
    void _total;
    const mappingWithoutTotal = { ...mapping, total: '' };
    const huge = { ...withoutTotal, principal: '999,999,999,999.99', interest: '1.00' };
    const result = checkImportRow(20, cellsOf(huge), { ...context, mapping: mappingWithoutTotal });
    expect(result).toMatchObject({ ok: false, problems: [{ column: '列-principal' }] });
    if (!result.ok) expect(result.problems[0]!.message.zh).toContain('超过可诉请的上限');
  });
});

describe('checkImportRow on hidden characters', () => {
  it('refuses a name with a control character and an address with a line break, naming row, column and code', () => {
    const result = checkImportRow(9, cellsOf({ ...good, defendantName: '王\u0007䶮', registeredAddress: '云南省昆明市\n官渡区示例路1号' }), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column])).toEqual(expect.arrayContaining([[9, '列-defendantName'], [9, '列-registeredAddress']]));
    expect(result.problems.find((p) => p.column === '列-defendantName')!.message.zh).toContain('U+0007');
    expect(result.problems.find((p) => p.column === '列-registeredAddress')!.message.zh).toContain('U+000A');
  });

  it('refuses a case owner with a line break, as the owner column', () => {
    const result = checkImportRow(10, cellsOf({ ...good, owner: '张\r经办' }), { ...context, mapping: { ...mapping, owner: '列-owner' } });
    expect(result).toMatchObject({ ok: false, problems: [{ row: 10, column: '列-owner' }] });
  });
});
