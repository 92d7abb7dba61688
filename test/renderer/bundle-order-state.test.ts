import { describe, expect, it } from 'vitest';
import { exhibitLabel } from '../../core/bundle/exhibit-label';
import { exhibitLabelText, moveItem } from '../../renderer/features/bundle/order-state';

describe('bundle tab ordering', () => {
  it('numbers exhibits on screen exactly as the bundle does', () => {
    for (let n = 1; n <= 999; n++) expect(exhibitLabelText(n)).toBe(exhibitLabel(n));
  });

  it('moves an item to a new position, leaving the others in order', () => {
    expect(moveItem([1, 2, 3, 4], 3, 0)).toEqual([4, 1, 2, 3]);
    expect(moveItem([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveItem([1, 2, 3], 1, 9)).toEqual([1, 2, 3]);
  });
});
