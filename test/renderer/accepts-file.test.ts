import { describe, expect, it } from 'vitest';
import { acceptsFile } from '../../renderer/components/FileDropZone';

describe('acceptsFile', () => {
  it('matches by extension whatever the case', () => {
    expect(acceptsFile('.csv,.xlsx', { name: '催收记录.XLSX', type: '' })).toBe(true);
    expect(acceptsFile('.csv,.xlsx', { name: '催收记录.pdf', type: 'application/pdf' })).toBe(false);
  });

  it('matches by exact type and by a type family', () => {
    expect(acceptsFile('application/pdf', { name: 'form', type: 'application/pdf' })).toBe(true);
    expect(acceptsFile('image/*', { name: 'scan.png', type: 'image/png' })).toBe(true);
    expect(acceptsFile('image/*', { name: 'scan.pdf', type: 'application/pdf' })).toBe(false);
  });

  it('takes every file when nothing is listed', () => {
    expect(acceptsFile(undefined, { name: 'anything.bin', type: '' })).toBe(true);
    expect(acceptsFile('', { name: 'anything.bin', type: '' })).toBe(true);
  });
});
