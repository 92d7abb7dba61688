import { describe, expect, it } from 'vitest';
import { createFileDuplicates } from '../../../core/import/file-duplicates';

describe('createFileDuplicates', () => {
  it('lets each card through once and refuses both rows of a repeated card, each naming the other', () => {
    const duplicates = createFileDuplicates('卡号');
    expect(duplicates.check(2, 0, '6228 4800 1234 5678')).toBeNull();
    expect(duplicates.check(3, 1, '6228480000000001')).toBeNull();
    const found = duplicates.check(5, 2, '6228480012345678');
    expect(found?.dropIndex).toBe(0);
    expect(found?.problems.map((p) => [p.row, p.column, p.message.zh])).toEqual([
      [2, '卡号', '信用卡卡号：与第 5 行重复，同一张卡只能是一个案件'],
      [5, '卡号', '信用卡卡号：与第 2 行重复，同一张卡只能是一个案件'],
    ]);
    const third = duplicates.check(9, 3, '6228480012345678');
    expect(third?.dropIndex).toBeNull();
    expect(third?.problems.map((p) => p.row)).toEqual([9]);
  });
});
