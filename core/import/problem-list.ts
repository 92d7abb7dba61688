import type { ImportProblem } from './import-operations';

/** The most problems a report lists; the count goes on past it. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Problems found so far, as plain data (they cross from the reading thread to the writing one). */
export type ProblemTally = { problems: ImportProblem[]; problemCount: number; refusedRows: number };

/**
 * Collects an import's problems: the first thousand listed, all counted, and how many rows they refuse. Starts
 * from an earlier tally when rows refused there are not seen again (the writing step sees only rows that passed).
 */
export function createProblemList(earlier: ProblemTally = { problems: [], problemCount: 0, refusedRows: 0 }) {
  const listed: ImportProblem[] = [...earlier.problems];
  const refused = new Set<number>();
  let count = earlier.problemCount;
  return {
    add(problem: ImportProblem): void {
      count += 1;
      refused.add(problem.row);
      if (listed.length < MAX_LISTED_PROBLEMS) listed.push(problem);
    },
    /** A problem of the file as a whole (a missing column): counted and listed, refusing no data row. */
    addForFile(problem: ImportProblem): void {
      count += 1;
      if (listed.length < MAX_LISTED_PROBLEMS) listed.push(problem);
    },
    get count() {
      return count;
    },
    get refusedRows() {
      return earlier.refusedRows + refused.size;
    },
    /** The tally so far, problems in row order (file problems first, on the header row). */
    tally(): ProblemTally {
      return { problems: [...listed].sort((a, b) => a.row - b.row), problemCount: count, refusedRows: earlier.refusedRows + refused.size };
    },
  };
}
export type ProblemList = ReturnType<typeof createProblemList>;
