import { describe, expect, it } from 'vitest';
import { courtsToCsv, parseCsv } from '../../../core/court/court-csv';
import type { Court } from '../../../core/court/court-model';
import { safeSpreadsheetCell } from '../../../core/tables/spreadsheet-cell';

describe('safeSpreadsheetCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes an apostrophe to text starting with %j', (start) => {
    expect(safeSpreadsheetCell(`${start}HYPERLINK("http://example.invalid")`)).toBe(`'${start}HYPERLINK("http://example.invalid")`);
  });

  it('leaves other text as it is, a formula character further in included', () => {
    for (const text of ['张三', '6222 **** **** 0123', '1+1=2', ' =1', '', "'=already"]) expect(safeSpreadsheetCell(text)).toBe(text);
  });

  it('is used by the court directory export', () => {
    const court: Court = {
      id: 'court-x', name: '=1+2', level: 'basic', kind: 'general', divisionCode: '530102', address: '@某路1号', phone: '+86 871 0000',
      notes: '-', towns: [], scope: null, appealCourtId: '',
    };
    const [, row] = parseCsv(courtsToCsv([court]));
    expect(row!.slice(1, 8)).toEqual(["'=1+2", '基层', '普通', '530102', "'@某路1号", "'+86 871 0000", "'-"]);
  });
});
