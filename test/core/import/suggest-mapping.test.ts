import { describe, expect, it } from 'vitest';
import { headerAliases, normaliseHeader } from '../../../core/import/header-aliases';
import { caseImportFields } from '../../../core/import/import-operations';
import { suggestMapping } from '../../../core/import/suggest-mapping';

const bankHeaders = [
  '客户姓名', '证件号码', '性别', '民族', '户籍地址', '现住址', '手机号码', '工作单位', '信用卡卡号', '开卡日期', '发卡机构',
  '信用额度', '首次逾期日期', '计算截止日', '透支本金（元）', '利息（元）', '违约金（元）', '费用（元）', '欠款总额（元）', '经办人',
];

describe('suggestMapping', () => {
  it('maps a Chinese bank export whole, units in brackets aside', () => {
    const result = suggestMapping(bankHeaders);
    expect(result.suggested).toMatchObject({
      defendantName: '客户姓名', residentId: '证件号码', cardNumber: '信用卡卡号', principal: '透支本金（元）',
      asOfDate: '计算截止日', firstDefaultDate: '首次逾期日期', total: '欠款总额（元）', owner: '经办人', agreementDate: '开卡日期',
    });
    expect(result.unmatchedRequired).toEqual([]);
    expect(result.ambiguous).toEqual([]);
    expect(result.unusedHeaders).toEqual([]);
  });

  it('maps English headers whatever their case and spacing', () => {
    const result = suggestMapping(['Customer Name', 'ID Number', 'Card_Number', 'Principal (CNY)', 'As Of Date', 'Remarks']);
    expect(result.suggested).toEqual({
      defendantName: 'Customer Name', residentId: 'ID Number', cardNumber: 'Card_Number', principal: 'Principal (CNY)', asOfDate: 'As Of Date',
    });
    expect(result.unusedHeaders).toEqual(['Remarks']);
  });

  it('leaves a field two columns could be for the user, with both candidates', () => {
    const result = suggestMapping(['姓名', '身份证号', '卡号', '本金', '截止日期', '手机号码', '联系电话']);
    expect(result.suggested.phone).toBeUndefined();
    expect(result.ambiguous).toEqual([{ field: 'phone', header: '手机号码', ambiguousWith: ['联系电话'] }]);
    expect(result.unmatchedRequired).not.toContain('phone');
    expect(result.unusedHeaders).not.toContain('联系电话');
  });

  it('lists the required fields no header names', () => {
    const result = suggestMapping(['姓名', '卡号', '备注']);
    expect(result.unmatchedRequired).toEqual(expect.arrayContaining(['residentId', 'principal', 'asOfDate']));
    expect(result.unmatchedRequired).not.toContain('defendantName');
    expect(result.unmatchedRequired).not.toContain('sex');
  });

  it('never lets one header name two fields', () => {
    const owners = new Map<string, string>();
    for (const field of caseImportFields) {
      for (const alias of headerAliases[field]) {
        const key = normaliseHeader(alias);
        expect(owners.get(key) ?? field, `${alias} is listed under ${owners.get(key)} and ${field}`).toBe(field);
        owners.set(key, field);
      }
    }
  });
});
