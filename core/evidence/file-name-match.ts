/**
 * Folder import: matches files to cases by a card number or resident ID number written in the file
 * name (banks' scanning systems name files such as "6225880012345678_对账单.pdf" or
 * "李晓梅-530102198604120021-身份证.jpg"), and guesses each file's kind from the words in its name.
 */
import { normaliseCardNumber } from '../case/card-number';
import type { EvidenceKind } from './evidence-kinds';
import { kindFromFileName } from './evidence-kinds';

/** What a case is recognised by. */
export type MatchableCase = { id: number; defendantName: string; cardNumber: string; residentId: string };

/** The outcome for one file name. */
export type FileMatch = {
  fileName: string;
  caseId: number | null;
  matchedBy: 'card-number' | 'resident-id' | null;
  /** Other cases the name also matches: the user must choose. */
  ambiguous: number[];
  kind: EvidenceKind | null;
};

/** Digit runs (with X for an ID's check character) of 13 characters or more in a name. */
function numberRuns(fileName: string): string[] {
  return [...fileName.replace(/[\s\u3000]/g, '').matchAll(/\d{17}[Xx]|\d{13,19}/g)].map((m) => m[0].toUpperCase());
}

/** Matches file names (or relative paths: folder names count too) to cases. */
export function matchFilesToCases(fileNames: readonly string[], cases: readonly MatchableCase[]): FileMatch[] {
  const byCard = new Map(cases.map((c) => [normaliseCardNumber(c.cardNumber), c.id]));
  const byId = new Map(cases.map((c) => [c.residentId.toUpperCase(), c.id]));
  return fileNames.map((fileName) => {
    const found = new Map<number, 'card-number' | 'resident-id'>();
    for (const run of numberRuns(fileName)) {
      const card = byCard.get(run);
      if (card !== undefined && !found.has(card)) found.set(card, 'card-number');
      const id = byId.get(run);
      if (id !== undefined && !found.has(id)) found.set(id, 'resident-id');
    }
    const ids = [...found.keys()];
    const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
    return {
      fileName,
      caseId: ids.length === 1 ? ids[0]! : null,
      matchedBy: ids.length === 1 ? found.get(ids[0]!)! : null,
      ambiguous: ids.length > 1 ? ids : [],
      kind: kindFromFileName(base),
    };
  });
}
