import { describe, expect, it } from 'vitest';
import { matchFilesToCases } from '../../../core/evidence/file-name-match';
import { makeCardNumber, makeResidentId } from '../../support/identities';

/** A fictional resident ID whose check character is X. */
function idEndingInX(): string {
  for (let sequence = 100; sequence < 1000; sequence += 1) {
    const id = makeResidentId('530102', '1986-04-12', String(sequence));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no sequence gives X');
}

describe('matchFilesToCases', () => {
  it('finds an ID number whose check character is X, in upper or lower case', () => {
    const id = idEndingInX();
    const cases = [{ id: 3, defendantName: '李晓梅', cardNumber: makeCardNumber('622588001234567'), residentId: id }];
    const matches = matchFilesToCases([`${id}_身份证.jpg`, `${id.toLowerCase()}/对账单.pdf`], cases);
    expect(matches.map((m) => [m.caseId, m.matchedBy])).toEqual([[3, 'resident-id'], [3, 'resident-id']]);
  });
});
