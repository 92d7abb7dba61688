import { describe, expect, it } from 'vitest';
import { parseBlockMarkup, protectValue } from '../../../core/documents/block-markup';
import { breakLines } from '../../../core/documents/cjk-line-break';
import { DossierError } from '../../../core/errors';

describe('block markup for forms and element-style filings', () => {
  it('parses widths, a spanning section row, a headerless table and line breaks in cells', () => {
    const blocks = parseBlockMarkup(['|% 1 | 3 |', '|= 当事人信息 |', '| 原告 | 名称：某银行<br>住所地：某地 |', '| 被告 | 无 |', '|= 诉讼请求 |', '| 1 | 本金 |'].join('\n'));
    expect(blocks).toEqual([
      {
        kind: 'table',
        header: [],
        columnWidths: [1, 3],
        rows: [['当事人信息'], ['原告', '名称：某银行\n住所地：某地'], ['被告', '无'], ['诉讼请求'], ['1', '本金']],
      },
    ]);
  });

  it('keeps the first plain row as the header when the table starts with its widths', () => {
    const [table] = parseBlockMarkup('|% 1 | 2 |\n| 序号 | 名称 |\n| 1 | 申请表 |');
    expect(table).toEqual({ kind: 'table', header: ['序号', '名称'], rows: [['1', '申请表']], columnWidths: [1, 2] });
  });

  it('centres ^ lines and turns <br> into a line break outside values only', () => {
    const blocks = parseBlockMarkup(`^ （信用卡纠纷）\n< 甲<br>乙${protectValue('<br>丙')}`);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '（信用卡纠纷）', indent: false, align: 'center' });
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '甲\n乙<br>丙', indent: false, align: 'left' });
  });

  it('refuses ragged rows of a headerless table and bad widths, naming the line', () => {
    expect(() => parseBlockMarkup('|= 节 |\n| a | b |\n| 1 |')).toThrow(/line 3/);
    expect(() => parseBlockMarkup('|% 1 | x |\n| a | b |')).toThrow(DossierError);
  });

  it('keeps check boxes with their label and lets a line break before an opening quote', () => {
    const measure = (s: string) => Array.from(s).length;
    for (const line of breakLines('是否了解先行调解：了解■不了解□了解■不了解□', 7, measure)) expect(line[0]).not.toMatch(/[■□]/);
    // UAX #14 alone glues 填“无” together; in Chinese the break before “ is allowed.
    expect(breakLines('可以填“无”或不填', 3, measure)).toEqual(['可以填', '“无”', '或不填']);
  });
});
