import { describe, expect, it } from 'vitest';
import { insideFolder, withinCaseFolder } from '../../renderer/features/batch/folder-path';

describe('paths shown on the batch page', () => {
  it('puts a name the batch gives inside its folder with the folder’s own separator', () => {
    expect(insideFolder('/home/li/立案材料', 'manifest.xlsx')).toBe('/home/li/立案材料/manifest.xlsx');
    expect(insideFolder('D:\\立案材料\\2026-12', '昆明市五华区人民法院/赵晓禾-1/证据目录.pdf')).toBe('D:\\立案材料\\2026-12\\昆明市五华区人民法院\\赵晓禾-1\\证据目录.pdf');
  });

  it('leaves a full path as it is', () => {
    expect(insideFolder('/home/li/立案材料', '/home/li/立案材料/manifest.csv')).toBe('/home/li/立案材料/manifest.csv');
    expect(insideFolder('D:\\立案材料', 'D:\\立案材料\\manifest.csv')).toBe('D:\\立案材料\\manifest.csv');
  });

  it('names a case’s file without the case folder shown above it, and any other file in full', () => {
    expect(withinCaseFolder('昆明市五华区人民法院/赵晓禾-1', '昆明市五华区人民法院/赵晓禾-1/证据目录.pdf')).toBe('证据目录.pdf');
    expect(withinCaseFolder('昆明市五华区人民法院/赵晓禾-1', '昆明市五华区人民法院/立案包.zip')).toBe('昆明市五华区人民法院/立案包.zip');
    expect(withinCaseFolder('', '证据目录.pdf')).toBe('证据目录.pdf');
  });
});
