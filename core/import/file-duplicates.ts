import { normaliseCardNumber } from '../case/card-number';
import { fieldLabel } from '../field-labels';
import type { ImportProblem } from './import-operations';

/** A row already seen: its row number and its position among the rows kept. */
type Seen = { row: number; index: number; reported: boolean };

/**
 * Finds rows of one file that are the same card (a card number is one case, 一卡一案). Both rows are refused,
 * each naming the other: the file cannot say which of the two is right.
 */
export function createFileDuplicates(cardColumn: string) {
  const seen = new Map<string, Seen>();
  const label = fieldLabel('card.cardNumber');
  const problem = (row: number, other: number, value: string): ImportProblem => ({
    row, column: cardColumn, value,
    message: { zh: `${label.zh}：与第 ${other} 行重复，同一张卡只能是一个案件`, en: `${label.en}: the same as row ${other}; one card is one case` },
  });
  return {
    /**
     * Records a row's card; returns null when it is the first with that card, else the problems to report (for
     * this row, and for the first row when it was not reported before) and the index of the first row to drop.
     */
    check(row: number, index: number, cardNumber: string): { problems: ImportProblem[]; dropIndex: number | null } | null {
      const key = normaliseCardNumber(cardNumber);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { row, index, reported: false });
        return null;
      }
      const problems = [problem(row, first.row, cardNumber)];
      const dropIndex = first.reported ? null : first.index;
      if (!first.reported) problems.unshift(problem(first.row, row, cardNumber));
      first.reported = true;
      return { problems, dropIndex };
    },
  };
}
